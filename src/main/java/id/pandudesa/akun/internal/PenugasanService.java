package id.pandudesa.akun.internal;

import id.pandudesa.akun.Lingkup;
import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.akun.Peran;
import id.pandudesa.platform.FieldProblem;
import id.pandudesa.platform.NotFoundException;
import id.pandudesa.platform.RuleViolationException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A facilitator's assignments: added by an admin covering them and the assignment's regions, kept
 * as history, ended on a date. An assignment's regions join the person's scope with its end date;
 * after it they still read their records there but record nothing new.
 */
@Service
class PenugasanService {

    private final PenugasanRepository assignments;
    private final PenggunaRepository users;
    private final PenggunaService pengguna;
    private final AturanLingkup rules;
    private final Clock clock;

    PenugasanService(
            PenugasanRepository assignments,
            PenggunaRepository users,
            PenggunaService pengguna,
            AturanLingkup rules,
            Clock clock) {
        this.assignments = assignments;
        this.users = users;
        this.pengguna = pengguna;
        this.rules = rules;
        this.clock = clock;
    }

    /** A new assignment as typed or sent. */
    record Tambah(
            String nomorSk,
            LocalDate mulai,
            LocalDate selesai,
            List<String> wilayah,
            String organisasi,
            String jenisOrganisasi) {}

    @Transactional(readOnly = true)
    List<Penugasan> riwayat(String username, PenggunaSaatIni admin) {
        Pengguna user = pengguna.lihat(username, admin);
        return assignments.findByPenggunaIdOrderByMulaiDesc(user.id());
    }

    @Transactional
    Penugasan tambah(String username, Tambah cmd, PenggunaSaatIni admin) {
        Pengguna user = pengguna.lihat(username, admin);
        if (!user.peran().pendamping()) {
            throw new RuleViolationException("akun.penugasan.bukanPendamping");
        }
        List<FieldProblem> problems = new ArrayList<>();
        String sk = cmd.nomorSk() == null ? "" : cmd.nomorSk().strip();
        if (sk.isEmpty()) {
            problems.add(FieldProblem.of("nomorSk", "validasi.wajib"));
        } else if (sk.length() > 100) {
            problems.add(FieldProblem.of("nomorSk", "validasi.maks"));
        }
        if (cmd.mulai() == null) {
            problems.add(FieldProblem.of("mulai", "validasi.wajib"));
        }
        if (cmd.mulai() != null && cmd.selesai() != null && cmd.selesai().isBefore(cmd.mulai())) {
            problems.add(FieldProblem.of("selesai", "akun.penugasan.selesaiSebelumMulai"));
        }
        String org = cmd.organisasi() == null || cmd.organisasi().isBlank()
                ? null
                : cmd.organisasi().strip();
        Penugasan.JenisOrganisasi jenis = jenis(cmd.jenisOrganisasi(), problems);
        if (user.peran() == Peran.MITRA) {
            if (org == null) {
                problems.add(FieldProblem.of("organisasi", "akun.penugasan.mitraOrganisasi"));
            }
            if (jenis == null && cmd.jenisOrganisasi() == null) {
                problems.add(FieldProblem.of("jenisOrganisasi", "akun.penugasan.mitraOrganisasi"));
            }
            if (cmd.selesai() == null) {
                problems.add(FieldProblem.of("selesai", "akun.penugasan.mitraBerakhir"));
            }
        }
        if (org != null && org.length() > 200) {
            problems.add(FieldProblem.of("organisasi", "validasi.maks"));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems, "akun.penugasan.tidakValid");
        }
        // The regions must fit the role (a PD's is one kecamatan) and lie inside the admin's scope.
        Lingkup regions = rules.periksa(user.peran(), cmd.wilayah(), admin.lingkup());
        List<String> codes = regions.kode().stream().sorted().toList();
        Penugasan saved = assignments.save(Penugasan.baru(
                user.id(),
                user.peran(),
                sk,
                cmd.mulai(),
                cmd.selesai(),
                org,
                jenis,
                codes,
                admin.username(),
                Instant.now(clock)));
        user.tugaskan(codes, cmd.selesai());
        users.save(user);
        return saved;
    }

    /** Ends an assignment on a date (not before it started); its regions end with it. */
    @Transactional
    Penugasan akhiri(String username, long id, LocalDate tanggal, PenggunaSaatIni admin) {
        Pengguna user = pengguna.lihat(username, admin);
        Penugasan a = assignments
                .findById(id)
                .filter(x -> x.penggunaId() == user.id())
                .orElseThrow(() -> new NotFoundException("akun.penugasan.tidakDitemukan"));
        if (tanggal == null) {
            throw new RuleViolationException(List.of(FieldProblem.of("selesai", "validasi.wajib")), "validasi.wajib");
        }
        if (tanggal.isBefore(a.mulai())) {
            throw new RuleViolationException(
                    List.of(FieldProblem.of("selesai", "akun.penugasan.selesaiSebelumMulai")),
                    "akun.penugasan.selesaiSebelumMulai");
        }
        a.akhiri(tanggal, admin.username());
        Penugasan saved = assignments.save(a);
        // A region another running assignment of theirs still covers stays open.
        List<String> still = assignments.findByPenggunaIdOrderByMulaiDesc(user.id()).stream()
                .filter(x -> !x.id().equals(a.id()) && x.selesai() == null)
                .flatMap(x -> x.kode().stream())
                .toList();
        user.tugaskan(a.kode().stream().filter(k -> !still.contains(k)).toList(), tanggal);
        users.save(user);
        return saved;
    }

    private static Penugasan.JenisOrganisasi jenis(String text, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Penugasan.JenisOrganisasi.valueOf(text.strip());
        } catch (IllegalArgumentException e) {
            problems.add(FieldProblem.of("jenisOrganisasi", "akun.penugasan.jenisTidakDikenal"));
            return null;
        }
    }
}
