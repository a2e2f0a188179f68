package id.pandudesa.musyawarah.internal;

import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.akun.Peran;
import id.pandudesa.akun.WilayahTerlihat;
import id.pandudesa.platform.ConflictException;
import id.pandudesa.platform.FieldProblem;
import id.pandudesa.platform.ForbiddenException;
import id.pandudesa.platform.Kontak;
import id.pandudesa.platform.NotFoundException;
import id.pandudesa.platform.RuleViolationException;
import id.pandudesa.platform.audit.AuditAction;
import id.pandudesa.platform.audit.AuditTrail;
import id.pandudesa.platform.storage.Berkas;
import id.pandudesa.platform.storage.FileService;
import id.pandudesa.wilayah.UnsurMasyarakat;
import id.pandudesa.wilayah.Wilayah;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meetings of a desa: the organisers (KPMD, village government, PLD, PD of the desa) plan them,
 * record attendance and decisions, and upload the signed berita acara; everyone whose scope
 * covers the desa reads them.
 */
@Service
public class MusyawarahService {

    static final Set<Peran> PENYELENGGARA = EnumSet.of(Peran.KPMD, Peran.PEMDES, Peran.PLD, Peran.PD);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final MusyawarahRepository repository;
    private final Kehadiran attendance;
    private final FileService files;
    private final AuditTrail audit;
    private final Clock clock;

    private final WilayahTerlihat terlihat;
    private final UndanganTerkirim undangan;

    public MusyawarahService(
            UndanganTerkirim undangan,
            WilayahTerlihat terlihat,
            MusyawarahRepository repository,
            Kehadiran attendance,
            FileService files,
            AuditTrail audit,
            Clock clock) {
        this.undangan = undangan;
        this.terlihat = terlihat;
        this.repository = repository;
        this.attendance = attendance;
        this.files = files;
        this.audit = audit;
        this.clock = clock;
    }

    Wilayah desaTerlihat(String kodeDesa, PenggunaSaatIni me) {
        return terlihat.desa(kodeDesa, me, "musyawarah.desaTidakDitemukan");
    }

    /** A desa or any region above it, inside the user's scope (the list's region filter); else 404. */
    Wilayah wilayahTerlihat(String kode, PenggunaSaatIni me) {
        return terlihat.wilayah(kode, me, "musyawarah.desaTidakDitemukan");
    }

    static boolean penyelenggara(PenggunaSaatIni me) {
        return PENYELENGGARA.contains(me.peran());
    }

    @Transactional(readOnly = true)
    Musyawarah lihat(long id, PenggunaSaatIni me) {
        return repository
                .findById(id)
                .filter(m -> me.mencakup(m.kodeDesa()))
                .orElseThrow(() -> new NotFoundException("musyawarah.tidakDitemukan"));
    }

    Inklusi inklusi(Musyawarah m) {
        return Inklusi.hitung(m.unsurWajib(), attendance.hadir(m.id()));
    }

    @Transactional
    public Musyawarah buat(String kodeDesa, RencanaMusyawarah plan, PenggunaSaatIni me) {
        String code = desaTerlihat(kodeDesa, me).kode();
        wajibPenyelenggara(me);
        periksa(plan);
        return repository.save(Musyawarah.baru(code, plan, token(), me.username(), Instant.now(clock)));
    }

    @Transactional
    Musyawarah ubahRencana(long id, RencanaMusyawarah plan, Integer versi, PenggunaSaatIni me) {
        Musyawarah m = milikPenyelenggara(id, versi, me);
        periksa(plan);
        m.rencanakan(plan, me.username(), Instant.now(clock));
        return repository.save(m);
    }

    @Transactional
    public Musyawarah undang(long id, List<Undangan> invitees, PenggunaSaatIni me) {
        Musyawarah m = milikPenyelenggara(id, null, me);
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < invitees.size(); i++) {
            Undangan u = invitees.get(i);
            if (u.nama() == null || u.nama().isBlank() || u.nama().length() > 150) {
                problems.add(new FieldProblem("nama", i + 1, "musyawarah.undangan.namaWajib"));
            }
            String contact = blank(u.kontak());
            if (contact != null && !Kontak.telepon(contact) && !Kontak.email(contact)) {
                problems.add(new FieldProblem("kontak", i + 1, "musyawarah.undangan.kontakTidakValid", contact));
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems, "musyawarah.undangan.ditolak", problems.size());
        }
        java.util.Set<String> alreadyInvited = m.undangan().stream()
                .map(Undangan::kontak)
                .filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toSet());
        m.undang(
                invitees.stream()
                        .map(u -> Undangan.baru(
                                m.kodeDesa(), u.nama().trim(), u.unsur(), blank(u.keterangan()), blank(u.kontak())))
                        .toList(),
                me.username(),
                Instant.now(clock));
        Musyawarah saved = repository.save(m);
        undangan.kirim(saved, alreadyInvited);
        return saved;
    }

    /**
     * A person at the door ({@code nama} given, one of laki/perempuan) or a count-sheet line.
     * Refused when the meeting is locked.
     */
    @Transactional
    public long hadir(long id, String nama, Inklusi.Hadir row, PenggunaSaatIni me) {
        Musyawarah m = milikPenyelenggara(id, null, me);
        if (m.terkunci()) {
            throw new RuleViolationException("musyawarah.terkunci");
        }
        List<FieldProblem> problems = new ArrayList<>();
        boolean person = nama != null && !nama.isBlank();
        if (person && row.jumlah() != 1) {
            problems.add(FieldProblem.of("jenisKelamin", "musyawarah.hadir.jenisKelaminWajib"));
        }
        if (person && nama.length() > 150) {
            problems.add(FieldProblem.of("nama", "musyawarah.hadir.namaTerlaluPanjang"));
        }
        if (!person && row.jumlah() <= 0) {
            problems.add(FieldProblem.of("laki", "musyawarah.hadir.jumlahWajib"));
        }
        if (row.laki() < 0 || row.perempuan() < 0 || row.miskin() < 0 || row.disabilitas() < 0) {
            problems.add(FieldProblem.of("laki", "musyawarah.hadir.negatif"));
        }
        if (row.miskin() > row.jumlah() || row.disabilitas() > row.jumlah()) {
            problems.add(FieldProblem.of("miskin", "musyawarah.hadir.melebihiJumlah"));
        }
        if (row.unsur() == null) {
            problems.add(FieldProblem.of("unsur", "musyawarah.hadir.unsurWajib"));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems, problems.getFirst().messageKey());
        }
        Instant now = Instant.now(clock);
        long rowId = attendance.tambah(m.id(), m.kodeDesa(), person ? nama.trim() : null, row, me.username(), now);
        audit.record(
                AuditAction.BUAT,
                "musyawarah.Hadir",
                m.id() + "/" + rowId,
                m.kodeDesa(),
                null,
                Map.of(
                        "nama", person ? nama.trim() : "",
                        "unsur", row.unsur().name(),
                        "laki", row.laki(),
                        "perempuan", row.perempuan(),
                        "miskin", row.miskin(),
                        "disabilitas", row.disabilitas(),
                        "peninjau", row.peninjau()));
        return rowId;
    }

    @Transactional
    void hapusHadir(long id, long rowId, PenggunaSaatIni me) {
        Musyawarah m = milikPenyelenggara(id, null, me);
        if (m.terkunci()) {
            throw new RuleViolationException("musyawarah.terkunci");
        }
        if (attendance.hapus(m.id(), rowId) == 1) {
            audit.record(AuditAction.HAPUS, "musyawarah.Hadir", m.id() + "/" + rowId, m.kodeDesa(), null, null);
        }
    }

    @Transactional
    public Musyawarah putuskan(
            long id,
            int index,
            Agenda.Cara cara,
            Integer setuju,
            Integer tolak,
            Integer abstain,
            String teks,
            PenggunaSaatIni me) {
        Musyawarah m = milikPenyelenggara(id, null, me);
        if (cara == null) {
            throw new RuleViolationException(
                    List.of(FieldProblem.of("cara", "musyawarah.caraWajib")), "musyawarah.caraWajib");
        }
        int voters = inklusi(m).pemilih();
        m.putuskan(index, cara, setuju, tolak, abstain, voters, teks, me.username(), Instant.now(clock));
        return repository.save(m);
    }

    @Transactional
    public Musyawarah selesai(long id, PenggunaSaatIni me) {
        Musyawarah m = milikPenyelenggara(id, null, me);
        if (inklusi(m).jumlah() == 0) {
            throw new RuleViolationException("musyawarah.belumAdaHadir");
        }
        if (m.tanggal().isAfter(LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Jakarta"))))) {
            throw new RuleViolationException("musyawarah.belumBerlangsung");
        }
        m.selesai(me.username(), Instant.now(clock));
        return repository.save(m);
    }

    @Transactional
    Musyawarah tandatangani(long id, byte[] bytes, String name, PenggunaSaatIni me) {
        Musyawarah m = milikPenyelenggara(id, null, me);
        if (m.status() != Musyawarah.Status.SELESAI) {
            throw new RuleViolationException("musyawarah.belumSelesai");
        }
        Berkas file = files.simpanDokumen(bytes, name, m.kodeDesa(), me.username(), "berkas");
        m.tandatangani(file.id(), me.username(), Instant.now(clock));
        return repository.save(m);
    }

    @Transactional
    public Musyawarah terbitkan(long id, boolean publik, PenggunaSaatIni me) {
        Musyawarah m = milikPenyelenggara(id, null, me);
        m.terbitkan(publik, me.username(), Instant.now(clock));
        return repository.save(m);
    }

    /** A new version of a signed meeting, with its attendance, to correct it; the old one is kept. */
    @Transactional
    Musyawarah koreksi(long id, PenggunaSaatIni me) {
        Musyawarah m = milikPenyelenggara(id, null, me);
        Instant now = Instant.now(clock);
        Musyawarah next = m.koreksi(token(), me.username(), now);
        repository.save(m);
        Musyawarah saved = repository.save(next);
        attendance.salin(m.id(), saved.id());
        return saved;
    }

    private Musyawarah milikPenyelenggara(long id, Integer versi, PenggunaSaatIni me) {
        Musyawarah m = lihat(id, me);
        wajibPenyelenggara(me);
        if (versi != null && !versi.equals(m.versi())) {
            throw new ConflictException("konflik.versi");
        }
        return m;
    }

    private static void wajibPenyelenggara(PenggunaSaatIni me) {
        if (!penyelenggara(me)) {
            throw new ForbiddenException("musyawarah.bukanPenyelenggara");
        }
    }

    private static void periksa(RencanaMusyawarah p) {
        List<FieldProblem> problems = new ArrayList<>();
        if (p.jenis() == null) {
            problems.add(FieldProblem.of("jenis", "musyawarah.jenisWajib"));
        }
        if (p.judul() == null || p.judul().isBlank() || p.judul().length() > 200) {
            problems.add(FieldProblem.of("judul", "musyawarah.judulWajib"));
        }
        if (p.tanggal() == null || p.tanggal().getYear() < 2015) {
            problems.add(FieldProblem.of("tanggal", "musyawarah.tanggalWajib"));
        }
        if (p.tempat() == null || p.tempat().isBlank() || p.tempat().length() > 200) {
            problems.add(FieldProblem.of("tempat", "musyawarah.tempatWajib"));
        }
        if (p.penyelenggara() == null
                || p.penyelenggara().isBlank()
                || p.penyelenggara().length() > 200) {
            problems.add(FieldProblem.of("penyelenggara", "musyawarah.penyelenggaraWajib"));
        }
        if (p.unsurWajib() == null || p.unsurWajib().isEmpty()) {
            problems.add(FieldProblem.of("unsurWajib", "musyawarah.unsurWajib"));
        }
        List<String> items = p.agenda() == null ? List.of() : p.agenda();
        if (items.isEmpty()) {
            problems.add(FieldProblem.of("agenda", "musyawarah.agendaWajib"));
        }
        if (items.stream().anyMatch(a -> a == null || a.isBlank() || a.length() > 300)) {
            problems.add(FieldProblem.of("agenda", "musyawarah.agendaTidakValid"));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems, "musyawarah.rencanaTidakValid", problems.size());
        }
    }

    static Set<UnsurMasyarakat> unsur(List<String> names) {
        Set<UnsurMasyarakat> out = EnumSet.noneOf(UnsurMasyarakat.class);
        if (names != null) {
            for (String n : names) {
                try {
                    out.add(UnsurMasyarakat.valueOf(n));
                } catch (IllegalArgumentException ignored) {
                    // An unknown value from a tampered form is dropped.
                }
            }
        }
        return out;
    }

    private static String token() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
