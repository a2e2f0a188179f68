package id.pandudesa.pelaksanaan.internal;

import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.pelaksanaan.internal.PelaksanaanService.Laporan;
import id.pandudesa.pelaksanaan.internal.PelaksanaanService.Proyek;
import id.pandudesa.platform.FieldProblem;
import id.pandudesa.platform.RuleViolationException;
import id.pandudesa.platform.audit.AuditAction;
import id.pandudesa.platform.audit.AuditTrail;
import id.pandudesa.platform.storage.Berkas;
import id.pandudesa.platform.storage.FileService;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Progress reports of a project: cumulative physical progress and spending that never go back,
 * the reason when spending passes the budget, the workers, person-days and wages of padat karya,
 * and the photos stored with each report.
 */
@Service
public class LaporanProyekService {

    public record LaporanBaru(
            LocalDate tanggal,
            BigDecimal fisik,
            Long realisasi,
            String alasanLebih,
            String masalah,
            Integer pekerjaLaki,
            Integer pekerjaPerempuan,
            Integer pekerjaMiskin,
            Integer hok,
            Long upah) {}

    public record Foto(byte[] isi, String nama) {}

    private final JdbcClient jdbc;
    private final PelaksanaanService proyek;
    private final FileService files;
    private final AuditTrail audit;
    private final Clock clock;

    public LaporanProyekService(
            JdbcClient jdbc, PelaksanaanService proyek, FileService files, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.proyek = proyek;
        this.files = files;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A progress report: cumulative physical progress and spending never go back, progress stops
     * at 100 %, spending above the budget needs the reason, and a padat karya report counts its
     * workers, person-days and wages. Photos are checked and stored with it; one bad photo and
     * nothing is stored.
     */
    @Transactional
    public Laporan lapor(long proyekId, LaporanBaru l, List<Foto> photos, PenggunaSaatIni me) {
        Proyek p = proyek.proyek(proyekId, me);
        PelaksanaanService.wajibPencatat(me);
        List<Laporan> before = proyek.laporan(p);
        Laporan last = before.isEmpty() ? null : before.getLast();
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate today = proyek.hariIni();
        if (l.tanggal() == null) {
            problems.add(FieldProblem.of("tanggal", "pelaksanaan.tanggalWajib"));
        } else if (l.tanggal().isAfter(today)) {
            problems.add(FieldProblem.of("tanggal", "pelaksanaan.tanggalNanti"));
        } else if (last != null && l.tanggal().isBefore(last.tanggal())) {
            problems.add(FieldProblem.of(
                    "tanggal",
                    "pelaksanaan.tanggalSebelumLaporan",
                    last.tanggal().toString()));
        }
        if (l.fisik() == null || l.fisik().signum() < 0 || l.fisik().scale() > 2) {
            problems.add(FieldProblem.of("fisik", "pelaksanaan.fisikTidakValid"));
        } else if (l.fisik().compareTo(BigDecimal.valueOf(100)) > 0) {
            problems.add(FieldProblem.of("fisik", "pelaksanaan.fisikLebih100"));
        } else if (last != null && l.fisik().compareTo(last.fisik()) < 0) {
            problems.add(FieldProblem.of(
                    "fisik", "pelaksanaan.fisikMundur", last.fisik().toPlainString()));
        }
        if (l.realisasi() == null || l.realisasi() < 0) {
            problems.add(FieldProblem.of("realisasi", "pelaksanaan.realisasiTidakValid"));
        } else {
            if (last != null && l.realisasi() < last.realisasi()) {
                problems.add(
                        FieldProblem.of("realisasi", "pelaksanaan.realisasiMundur", String.valueOf(last.realisasi())));
            }
            if (l.realisasi() > p.anggaran()
                    && (l.alasanLebih() == null || l.alasanLebih().isBlank())) {
                problems.add(FieldProblem.of("alasanLebih", "pelaksanaan.lebihAnggaranTanpaAlasan"));
            }
        }
        int men = nol(l.pekerjaLaki());
        int women = nol(l.pekerjaPerempuan());
        int poor = nol(l.pekerjaMiskin());
        int hok = nol(l.hok());
        long wages = l.upah() == null ? 0 : l.upah();
        if (men < 0 || women < 0 || poor < 0 || hok < 0 || wages < 0) {
            problems.add(FieldProblem.of("pekerjaLaki", "pelaksanaan.negatif"));
        } else {
            if (poor > men + women) {
                problems.add(FieldProblem.of("pekerjaMiskin", "pelaksanaan.miskinMelebihi"));
            }
            if (l.realisasi() != null && wages > l.realisasi()) {
                problems.add(FieldProblem.of("upah", "pelaksanaan.upahMelebihiRealisasi"));
            }
        }
        if (text(l.masalah(), 2000) || text(l.alasanLebih(), 1000)) {
            problems.add(FieldProblem.of("masalah", "pelaksanaan.terlaluPanjang"));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems, "pelaksanaan.laporanDitolak", problems.size());
        }
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO proyek_laporan (proyek_id, kode_desa, tanggal, fisik, realisasi, alasan_lebih, masalah,"
                        + " pekerja_laki, pekerja_perempuan, pekerja_miskin, hok, upah, dicatat_oleh, dicatat)"
                        + " VALUES (:p, :k, :t, :f, :r, :al, :m, :pl, :pp, :pm, :h, :u, :o, :w)")
                .param("p", p.id())
                .param("k", p.kodeDesa())
                .param("t", l.tanggal())
                .param("f", l.fisik())
                .param("r", l.realisasi())
                .param("al", PelaksanaanService.blank(l.alasanLebih()), java.sql.Types.VARCHAR)
                .param("m", PelaksanaanService.blank(l.masalah()), java.sql.Types.VARCHAR)
                .param("pl", men)
                .param("pp", women)
                .param("pm", poor)
                .param("h", hok)
                .param("u", wages)
                .param("o", me.username())
                .param("w", Timestamp.from(Instant.now(clock)))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        int i = 0;
        for (Foto f : photos) {
            i++;
            Berkas stored = files.simpanFoto(f.isi(), f.nama(), p.kodeDesa(), me.username(), false, "foto");
            jdbc.sql("INSERT INTO proyek_laporan_foto (laporan_id, berkas_id, kode_desa) VALUES (:l, :b, :k)")
                    .param("l", id)
                    .param("b", stored.id())
                    .param("k", p.kodeDesa())
                    .update();
        }
        Laporan saved =
                proyek.laporan(p).stream().filter(x -> x.id() == id).findFirst().orElseThrow();
        audit.record(AuditAction.BUAT, "pelaksanaan.Laporan", p.id() + "/" + id, p.kodeDesa(), null, saved);
        return saved;
    }

    private static boolean text(String v, int max) {
        return v != null && v.length() > max;
    }

    private static int nol(Integer v) {
        return v == null ? 0 : v;
    }
}
