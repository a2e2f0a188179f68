package id.pandudesa.pendampingan.internal;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.akun.Lingkup;
import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.akun.Peran;
import id.pandudesa.platform.BadRequestException;
import id.pandudesa.platform.FieldProblem;
import id.pandudesa.platform.ForbiddenException;
import id.pandudesa.platform.NotFoundException;
import id.pandudesa.platform.RuleViolationException;
import id.pandudesa.wilayah.KodeWilayah;
import id.pandudesa.wilayah.Tingkat;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The monthly report and its review chain: PLD and MITRA submit to the PD of their kecamatan, the
 * PD to the TA of the kabupaten; the PD compiles the kecamatan report for the Camat, who
 * acknowledges it for the kabupaten. Who may see a report: its author, and everyone whose scope
 * covers all of the author's villages.
 */
@Service
class LaporanService {

    /** Roles that submit a monthly report. */
    static final Set<Peran> PELAPOR = EnumSet.of(Peran.PLD, Peran.MITRA, Peran.PD);

    private final LaporanBulananRepository reports;
    private final LaporanKecamatanRepository kecamatanReports;
    private final LaporanQueries queries;
    private final AkunApi akun;
    private final JsonMapper json;
    private final Clock clock;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;
    private final PemberitahuanLaporan pemberitahuan;

    LaporanService(
            PemberitahuanLaporan pemberitahuan,
            LaporanBulananRepository reports,
            LaporanKecamatanRepository kecamatanReports,
            LaporanQueries queries,
            AkunApi akun,
            JsonMapper json,
            Clock clock,
            org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.pemberitahuan = pemberitahuan;
        this.reports = reports;
        this.kecamatanReports = kecamatanReports;
        this.queries = queries;
        this.akun = akun;
        this.json = json;
        this.clock = clock;
    }

    /** A report as someone may see it: the live figures, the report's state, who wrote it. */
    record Tampilan(PenggunaSaatIni penulis, RingkasanBulanan ringkasan, Optional<LaporanBulanan> laporan) {}

    @Transactional(readOnly = true)
    Tampilan lihat(String username, String bulan, PenggunaSaatIni viewer) {
        YearMonth month = bulan(bulan);
        PenggunaSaatIni author = terlihat(username, viewer);
        return new Tampilan(
                author,
                queries.bulanan(author.username(), month),
                reports.findByPenulisAndBulan(author.username(), month.toString()));
    }

    @Transactional
    LaporanBulanan ajukan(String username, String bulan, String masalah, PenggunaSaatIni me) {
        YearMonth month = bulan(bulan);
        if (!me.username().equals(username.toLowerCase(java.util.Locale.ROOT))) {
            terlihat(username, me);
            throw new ForbiddenException("laporan.hanyaPenulis");
        }
        if (!PELAPOR.contains(me.peran())) {
            throw new ForbiddenException("laporan.peranTidakMelapor");
        }
        if (month.isAfter(YearMonth.now(clock.withZone(ZoneId.of("Asia/Jakarta"))))) {
            throw new RuleViolationException(
                    List.of(FieldProblem.of("bulan", "laporan.bulanMasaDepan")), "laporan.bulanMasaDepan");
        }
        if (masalah != null && masalah.length() > 4000) {
            throw new RuleViolationException(List.of(FieldProblem.of("masalah", "validasi.maks")), "validasi.maks");
        }
        LaporanBulanan report = reports.findByPenulisAndBulan(me.username(), month.toString())
                .orElseGet(() ->
                        LaporanBulanan.baru(me.username(), me.peran(), month.toString(), wilayahBersama(me.lingkup())));
        RingkasanBulanan figures = queries.bulanan(me.username(), month);
        report.ajukan(masalah, json.writeValueAsString(figures), Instant.now(clock));
        LaporanBulanan saved = reports.save(report);
        pemberitahuan.bulanan(saved, me.nama());
        return saved;
    }

    @Transactional
    LaporanBulanan tinjau(String username, String bulan, boolean setujui, String komentar, PenggunaSaatIni me) {
        YearMonth month = bulan(bulan);
        PenggunaSaatIni author = terlihat(username, me);
        if (me.peran() != peninjauUntuk(author.peran())) {
            throw new ForbiddenException("laporan.bukanPeninjau");
        }
        LaporanBulanan report = reports.findByPenulisAndBulan(author.username(), month.toString())
                .orElseThrow(() -> new RuleViolationException("laporan.langkah.belumDiajukan"));
        if (komentar != null && komentar.length() > 4000) {
            throw new RuleViolationException(List.of(FieldProblem.of("komentar", "validasi.maks")), "validasi.maks");
        }
        Instant now = Instant.now(clock);
        if (setujui) {
            report.setujui(me.username(), komentar, now);
        } else {
            report.kembalikan(me.username(), komentar, now);
        }
        LaporanBulanan saved = reports.save(report);
        pemberitahuan.bulanan(saved, author.nama());
        return saved;
    }

    /** Reports waiting for this reviewer: submitted by the roles they review, inside their scope. */
    @Transactional(readOnly = true)
    List<LaporanBulanan> menungguTinjauan(PenggunaSaatIni me) {
        List<String> authorRoles = switch (me.peran()) {
            case PD -> List.of(Peran.PLD.name(), Peran.MITRA.name());
            case TA -> List.of(Peran.PD.name());
            default -> List.of();
        };
        if (authorRoles.isEmpty()) {
            return List.of();
        }
        Lingkup.SqlFilter scope = me.lingkup().sql("kode_wilayah");
        List<Long> ids = jdbc.sql(
                        "SELECT id FROM laporan_bulanan WHERE status = 'DIAJUKAN' AND peran_penulis IN (:roles)"
                                + " AND " + scope.sql() + " ORDER BY bulan DESC, penulis LIMIT 200")
                .param("roles", authorRoles)
                .params(scope.params())
                .query(Long.class)
                .list();
        return reports.findAllById(ids).stream()
                .sorted(java.util.Comparator.comparing(LaporanBulanan::bulan)
                        .reversed()
                        .thenComparing(LaporanBulanan::penulis))
                .toList();
    }

    @Transactional(readOnly = true)
    List<LaporanBulanan> milikSaya(PenggunaSaatIni me) {
        return reports.findByPenulisOrderByBulanDesc(me.username());
    }

    /** Kecamatan reports inside the caller's scope (PD, Camat, TA, admin), newest first. */
    @Transactional(readOnly = true)
    List<LaporanKecamatan> laporanKecamatan(PenggunaSaatIni me) {
        Lingkup.SqlFilter scope = me.lingkup().sql("kode_kecamatan");
        List<Long> ids = jdbc.sql("SELECT id FROM laporan_kecamatan WHERE " + scope.sql()
                        + " ORDER BY bulan DESC, kode_kecamatan LIMIT 100")
                .params(scope.params())
                .query(Long.class)
                .list();
        return kecamatanReports.findAllById(ids).stream()
                .sorted(java.util.Comparator.comparing(LaporanKecamatan::bulan).reversed())
                .toList();
    }

    // Kecamatan coordination report.

    record TampilanKecamatan(String kode, RingkasanKecamatan ringkasan, Optional<LaporanKecamatan> laporan) {}

    @Transactional(readOnly = true)
    TampilanKecamatan lihatKecamatan(String kode, String bulan, PenggunaSaatIni me) {
        YearMonth month = bulan(bulan);
        String kec = kecamatanTerlihat(kode, me);
        return new TampilanKecamatan(
                kec,
                queries.kecamatan(kec, month),
                kecamatanReports.findByKodeKecamatanAndBulan(kec, month.toString()));
    }

    @Transactional
    LaporanKecamatan ajukanKecamatan(String kode, String bulan, String isu, PenggunaSaatIni me) {
        YearMonth month = bulan(bulan);
        String kec = kecamatanTerlihat(kode, me);
        if (me.peran() != Peran.PD) {
            throw new ForbiddenException("laporan.kecamatan.hanyaPd");
        }
        if (isu != null && isu.length() > 4000) {
            throw new RuleViolationException(List.of(FieldProblem.of("isu", "validasi.maks")), "validasi.maks");
        }
        LaporanKecamatan report = kecamatanReports
                .findByKodeKecamatanAndBulan(kec, month.toString())
                .orElseGet(() -> LaporanKecamatan.baru(kec, month.toString(), me.username()));
        RingkasanKecamatan figures = queries.kecamatan(kec, month);
        report.ajukan(me.username(), isu, json.writeValueAsString(figures), Instant.now(clock));
        LaporanKecamatan saved = kecamatanReports.save(report);
        pemberitahuan.kecamatan(saved);
        return saved;
    }

    @Transactional
    LaporanKecamatan ketahuiKecamatan(String kode, String bulan, String catatan, PenggunaSaatIni me) {
        YearMonth month = bulan(bulan);
        String kec = kecamatanTerlihat(kode, me);
        if (me.peran() != Peran.CAMAT) {
            throw new ForbiddenException("laporan.kecamatan.hanyaCamat");
        }
        LaporanKecamatan report = kecamatanReports
                .findByKodeKecamatanAndBulan(kec, month.toString())
                .orElseThrow(() -> new RuleViolationException("laporan.langkah.belumDiajukan"));
        report.ketahui(me.username(), catatan, Instant.now(clock));
        LaporanKecamatan saved = kecamatanReports.save(report);
        pemberitahuan.kecamatan(saved);
        return saved;
    }

    /** The kabupaten receives an acknowledged kecamatan report: its TA, or an admin (Dinas PMD) covering it. */
    @Transactional
    LaporanKecamatan terimaKecamatan(String kode, String bulan, PenggunaSaatIni me) {
        YearMonth month = bulan(bulan);
        String kec = kecamatanTerlihat(kode, me);
        if (me.peran() != Peran.TA && me.peran() != Peran.ADMIN) {
            throw new ForbiddenException("laporan.kecamatan.hanyaKabupaten");
        }
        LaporanKecamatan report = kecamatanReports
                .findByKodeKecamatanAndBulan(kec, month.toString())
                .orElseThrow(() -> new RuleViolationException("laporan.langkah.belumDiajukan"));
        report.terima(me.username(), Instant.now(clock));
        LaporanKecamatan saved = kecamatanReports.save(report);
        pemberitahuan.kecamatan(saved);
        return saved;
    }

    /** The reviewer role of an author role: PLD and MITRA → PD, PD → TA. */
    static Peran peninjauUntuk(Peran author) {
        return switch (author) {
            case PLD, MITRA -> Peran.PD;
            case PD -> Peran.TA;
            default -> null;
        };
    }

    /** The author of a report or plan, if the viewer may see their work: themselves, or covering all their villages. */
    PenggunaSaatIni terlihat(String username, PenggunaSaatIni viewer) {
        PenggunaSaatIni author =
                akun.profil(username).orElseThrow(() -> new NotFoundException("laporan.tidakDitemukan"));
        boolean self = author.username().equals(viewer.username());
        if (!self && (author.lingkup().isKosong() || !viewer.lingkup().mencakupSemua(author.lingkup()))) {
            throw new NotFoundException("laporan.tidakDitemukan");
        }
        return author;
    }

    private static String kecamatanTerlihat(String kode, PenggunaSaatIni me) {
        String kec = KodeWilayah.normalisasi(kode);
        if (Tingkat.dariKode(kec) != Tingkat.KECAMATAN || !kec.chars().allMatch(Character::isDigit)) {
            throw new BadRequestException(
                    List.of(FieldProblem.of("kode", "laporan.kecamatan.kodeTidakValid")),
                    "laporan.kecamatan.kodeTidakValid");
        }
        if (!me.mencakup(kec)) {
            throw new NotFoundException("laporan.tidakDitemukan");
        }
        return kec;
    }

    static YearMonth bulan(String value) {
        try {
            return YearMonth.parse(value);
        } catch (DateTimeParseException | NullPointerException e) {
            throw new BadRequestException(
                    List.of(FieldProblem.of("bulan", "laporan.bulanTidakValid")), "laporan.bulanTidakValid");
        }
    }

    /** The smallest region holding all of a user's scope: their kecamatan for a PLD. */
    static String wilayahBersama(Lingkup lingkup) {
        List<String> codes = lingkup.prefiks();
        if (codes.isEmpty() || codes.contains("")) {
            return "";
        }
        String common = codes.getFirst();
        for (String c : codes) {
            int i = 0;
            while (i < common.length() && i < c.length() && common.charAt(i) == c.charAt(i)) {
                i++;
            }
            common = common.substring(0, i);
        }
        for (int len : new int[] {10, 6, 4, 2}) {
            if (common.length() >= len) {
                return common.substring(0, len);
            }
        }
        return "";
    }
}
