package id.pandudesa.pendampingan.internal;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.akun.Peran;
import id.pandudesa.platform.BadRequestException;
import id.pandudesa.platform.FieldProblem;
import id.pandudesa.platform.ForbiddenException;
import id.pandudesa.platform.NotFoundException;
import id.pandudesa.platform.RuleViolationException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The quarterly performance evaluation: the evidence from the log beside each assessor's scores,
 * the weighted result, the person's answer, and who is waiting for whose assessment.
 */
@Service
class EvaluasiService {

    static final List<String> ASPEK =
            List.of("ADMINISTRASI", "KEPATUHAN", "KEMAMPUAN_FASILITASI", "KEAKTIFAN", "CAPAIAN_HASIL");

    private final EvaluasiRepository evaluations;
    private final EvaluasiQueries queries;
    private final AkunApi akun;
    private final id.pandudesa.akun.Beritahu pemberitahuan;
    private final Clock clock;
    private final Map<AturanEvaluasi.Sebagai, BigDecimal> bobot = new EnumMap<>(AturanEvaluasi.Sebagai.class);

    EvaluasiService(
            EvaluasiRepository evaluations,
            EvaluasiQueries queries,
            AkunApi akun,
            id.pandudesa.akun.Beritahu pemberitahuan,
            Clock clock,
            @Value("${pandu.evaluasi.bobot.koordinator:0.7}") BigDecimal koordinator,
            @Value("${pandu.evaluasi.bobot.pengguna-layanan:0.3}") BigDecimal penggunaLayanan) {
        this.evaluations = evaluations;
        this.queries = queries;
        this.akun = akun;
        this.pemberitahuan = pemberitahuan;
        this.clock = clock;
        if (koordinator.signum() < 0
                || penggunaLayanan.signum() < 0
                || koordinator.add(penggunaLayanan).compareTo(BigDecimal.ONE) != 0) {
            throw new IllegalStateException("pandu.evaluasi.bobot.* must be non-negative and sum to 1, not "
                    + koordinator + " + " + penggunaLayanan);
        }
        bobot.put(AturanEvaluasi.Sebagai.KOORDINATOR, koordinator);
        bobot.put(AturanEvaluasi.Sebagai.PENGGUNA_LAYANAN, penggunaLayanan);
    }

    Map<AturanEvaluasi.Sebagai, BigDecimal> bobot() {
        return Map.copyOf(bobot);
    }

    /** A person's quarter as the viewer may see it. */
    record Tampilan(
            PenggunaSaatIni orang,
            AturanEvaluasi.Triwulan triwulan,
            EvaluasiQueries.Bukti bukti,
            Optional<EvaluasiKinerja> evaluasi) {}

    @Transactional(readOnly = true)
    Tampilan lihat(String username, String triwulan, PenggunaSaatIni viewer) {
        AturanEvaluasi.Triwulan t = triwulan(triwulan);
        PenggunaSaatIni person = orang(username, viewer);
        return new Tampilan(
                person,
                t,
                queries.bukti(person, t, hariIni()),
                evaluations.findByUsernameAndTriwulan(person.username(), t.toString()));
    }

    @Transactional
    EvaluasiKinerja nilai(
            String username,
            String triwulan,
            String sebagai,
            Map<String, Integer> nilai,
            String catatan,
            PenggunaSaatIni me) {
        AturanEvaluasi.Triwulan t = triwulan(triwulan);
        AturanEvaluasi.Sebagai kind = sebagai(sebagai);
        PenggunaSaatIni person = orang(username, me);
        AturanEvaluasi.tolak(me, person, kind).ifPresent(reason -> {
            throw new ForbiddenException(reason);
        });
        List<FieldProblem> problems = new ArrayList<>();
        for (String aspect : ASPEK) {
            Integer v = nilai == null ? null : nilai.get(aspect);
            if (v == null) {
                problems.add(FieldProblem.of("nilai." + aspect, "validasi.wajib"));
            } else if (v < 0 || v > 100) {
                problems.add(FieldProblem.of("nilai." + aspect, "evaluasi.nilaiDiLuarRentang"));
            }
        }
        if (catatan != null && catatan.length() > 4000) {
            problems.add(FieldProblem.of("catatan", "validasi.maks"));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems, "evaluasi.tidakValid");
        }
        if (t.awal().isAfter(hariIni())) {
            throw new RuleViolationException(
                    List.of(FieldProblem.of("triwulan", "evaluasi.triwulanBelumMulai")), "evaluasi.triwulanBelumMulai");
        }
        EvaluasiKinerja evaluation = evaluations
                .findByUsernameAndTriwulan(person.username(), t.toString())
                .orElseGet(() -> EvaluasiKinerja.baru(
                        person.username(),
                        person.peran(),
                        t.toString(),
                        LaporanService.wilayahBersama(person.lingkup()),
                        Instant.now(clock)));
        boolean otherKindBySameAdmin = person.peran() == Peran.TA
                && evaluation.penilaian().stream()
                        .anyMatch(p -> p.penilai().equals(me.username()) && p.sebagai() != kind);
        if (otherKindBySameAdmin) {
            throw new ForbiddenException("evaluasi.penilaiHarusBerbeda");
        }
        String note = catatan == null || catatan.isBlank() ? null : catatan.strip();
        evaluation.nilai(
                new Penilaian(
                        me.username(),
                        kind,
                        nilai.get("ADMINISTRASI"),
                        nilai.get("KEPATUHAN"),
                        nilai.get("KEMAMPUAN_FASILITASI"),
                        nilai.get("KEAKTIFAN"),
                        nilai.get("CAPAIAN_HASIL"),
                        note,
                        Instant.now(clock)),
                bobot,
                Instant.now(clock));
        EvaluasiKinerja saved = evaluations.save(evaluation);
        pemberitahuan.kirim(
                "evaluasi:" + saved.id() + ":" + me.username() + ":" + kind + ":" + saved.versi(),
                List.of(person.username()),
                "pemberitahuan.evaluasi.dinilai",
                List.of(me.nama(), t.toString()),
                "/evaluasi/" + person.username() + "/" + t);
        return saved;
    }

    @Transactional
    EvaluasiKinerja tanggapi(String username, String triwulan, String tanggapan, PenggunaSaatIni me) {
        AturanEvaluasi.Triwulan t = triwulan(triwulan);
        PenggunaSaatIni person = orang(username, me);
        if (!person.username().equals(me.username())) {
            throw new ForbiddenException("evaluasi.hanyaYangDinilai");
        }
        if (tanggapan == null || tanggapan.isBlank()) {
            throw new RuleViolationException(List.of(FieldProblem.of("tanggapan", "validasi.wajib")), "validasi.wajib");
        }
        if (tanggapan.length() > 4000) {
            throw new RuleViolationException(List.of(FieldProblem.of("tanggapan", "validasi.maks")), "validasi.maks");
        }
        EvaluasiKinerja evaluation = evaluations
                .findByUsernameAndTriwulan(person.username(), t.toString())
                .filter(e -> !e.penilaian().isEmpty())
                .orElseThrow(() -> new RuleViolationException("evaluasi.belumDinilai"));
        evaluation.tanggapi(tanggapan.strip(), Instant.now(clock));
        EvaluasiKinerja saved = evaluations.save(evaluation);
        pemberitahuan.kirim(
                "evaluasi-tanggapan:" + saved.id() + ":" + saved.versi(),
                saved.penilaian().stream().map(Penilaian::penilai).distinct().toList(),
                "pemberitahuan.evaluasi.ditanggapi",
                List.of(me.nama(), t.toString()),
                "/evaluasi/" + person.username() + "/" + t);
        return saved;
    }

    /** Someone the caller assesses this quarter, and whether they already did. */
    record Calon(PenggunaSaatIni orang, AturanEvaluasi.Sebagai sebagai, boolean sudah) {}

    /** The people the caller assesses (at most 200), those not yet assessed first. */
    @Transactional(readOnly = true)
    List<Calon> dinilaiOleh(PenggunaSaatIni me, AturanEvaluasi.Triwulan t) {
        List<Calon> out = new ArrayList<>();
        for (AturanEvaluasi.Sebagai kind : AturanEvaluasi.Sebagai.values()) {
            List<Peran> roles = AturanEvaluasi.DINILAI.stream()
                    .filter(r -> AturanEvaluasi.penilai(r, kind) == me.peran())
                    .toList();
            if (roles.isEmpty()) {
                continue;
            }
            List<PenggunaSaatIni> people = me.peran() == Peran.PEMDES
                    ? pendampingDesa(me, roles)
                    : akun.penggunaDalam(me.lingkup(), roles, 200).stream()
                            .filter(p -> me.lingkup().mencakupSemua(p.lingkup()))
                            .toList();
            java.util.Set<String> done = queries.sudahDinilai(
                    me.username(),
                    t,
                    kind,
                    people.stream().map(PenggunaSaatIni::username).toList());
            for (PenggunaSaatIni p : people) {
                if (!p.username().equals(me.username())) {
                    out.add(new Calon(p, kind, done.contains(p.username())));
                }
            }
        }
        // An admin assesses a TA as one kind only: the other kind is another admin's.
        java.util.Set<String> assessed = out.stream()
                .filter(Calon::sudah)
                .map(c -> c.orang().username())
                .collect(java.util.stream.Collectors.toSet());
        out.removeIf(c -> !c.sudah()
                && c.orang().peran() == Peran.TA
                && assessed.contains(c.orang().username()));
        out.sort(java.util.Comparator.comparing(Calon::sudah)
                .thenComparing(c -> c.orang().nama()));
        return out;
    }

    private List<PenggunaSaatIni> pendampingDesa(PenggunaSaatIni me, List<Peran> roles) {
        List<PenggunaSaatIni> out = new ArrayList<>();
        for (String desa : me.lingkup().kode()) {
            akun.petugasDesa(desa).stream()
                    .filter(p -> roles.contains(p.peran()))
                    .forEach(p -> akun.profil(p.username()).ifPresent(out::add));
        }
        return out.stream().distinct().toList();
    }

    AturanEvaluasi.Triwulan triwulanBerjalan() {
        return AturanEvaluasi.Triwulan.dari(hariIni());
    }

    private PenggunaSaatIni orang(String username, PenggunaSaatIni viewer) {
        return akun.profil(username)
                .filter(p -> AturanEvaluasi.DINILAI.contains(p.peran()))
                .filter(p -> AturanEvaluasi.terlihat(viewer, p))
                .orElseThrow(() -> new NotFoundException("evaluasi.tidakDitemukan"));
    }

    static AturanEvaluasi.Triwulan triwulan(String text) {
        return AturanEvaluasi.Triwulan.baca(text)
                .orElseThrow(() -> new BadRequestException(
                        List.of(FieldProblem.of("triwulan", "evaluasi.triwulanTidakValid")),
                        "evaluasi.triwulanTidakValid"));
    }

    private static AturanEvaluasi.Sebagai sebagai(String text) {
        try {
            return AturanEvaluasi.Sebagai.valueOf(text);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new BadRequestException(
                    List.of(FieldProblem.of("sebagai", "evaluasi.sebagaiTidakDikenal")),
                    "evaluasi.sebagaiTidakDikenal");
        }
    }

    LocalDate hariIni() {
        return LocalDate.now(clock.withZone(ZoneId.of("Asia/Jakarta")));
    }
}
