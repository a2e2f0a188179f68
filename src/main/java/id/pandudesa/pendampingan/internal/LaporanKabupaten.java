package id.pandudesa.pendampingan.internal;

import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.platform.BadRequestException;
import id.pandudesa.platform.FieldProblem;
import id.pandudesa.platform.NotFoundException;
import id.pandudesa.platform.PageQuery;
import id.pandudesa.wilayah.KodeWilayah;
import id.pandudesa.wilayah.Tingkat;
import id.pandudesa.wilayah.Wilayah;
import id.pandudesa.wilayah.WilayahApi;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The kabupaten compilation of a month (seed 000: the Camat's report on facilitation goes up to the
 * Bupati): every kecamatan of the kabupaten, whether its report came (and how far it went), and
 * figures from the log of that month — entries, desa facilitated, desa without any facilitation.
 * Three aggregate queries over the kabupaten's code range, whatever the size of the log.
 */
@Service
class LaporanKabupaten {

    /** One kecamatan's line; {@code status} is {@code BELUM} when its report does not exist yet. */
    record Kecamatan(
            String kode,
            String nama,
            String status,
            long jumlahKegiatan,
            long desaDidampingi,
            long jumlahDesa,
            BigDecimal jamKerja,
            long laporanPendamping,
            String diketahuiOleh,
            String diterimaOleh) {

        public long desaTanpaPendampingan() {
            return Math.max(0, jumlahDesa - desaDidampingi);
        }
    }

    record Rekap(
            String kode,
            String nama,
            String bulan,
            List<Kecamatan> kecamatan,
            long jumlahKegiatan,
            long desaDidampingi,
            long desaTanpaPendampingan,
            long jumlahDesa) {

        public long melapor() {
            return kecamatan.stream().filter(k -> !"BELUM".equals(k.status())).count();
        }

        public long diterima() {
            return kecamatan.stream()
                    .filter(k ->
                            LaporanKecamatan.Status.DITERIMA_KABUPATEN.name().equals(k.status()))
                    .count();
        }
    }

    private final JdbcClient jdbc;
    private final WilayahApi wilayah;

    LaporanKabupaten(JdbcClient jdbc, WilayahApi wilayah) {
        this.jdbc = jdbc;
        this.wilayah = wilayah;
    }

    /** The compilation, for someone whose scope covers the whole kabupaten; otherwise 404. */
    @Transactional(readOnly = true)
    Rekap susun(String kode, String bulan, PenggunaSaatIni me) {
        YearMonth month = LaporanService.bulan(bulan);
        String kab = KodeWilayah.normalisasi(kode);
        if (kab == null
                || Tingkat.dariKode(kab) != Tingkat.KABUPATEN
                || !kab.chars().allMatch(Character::isDigit)) {
            throw new BadRequestException(
                    List.of(FieldProblem.of("kode", "laporan.kabupaten.kodeTidakValid")),
                    "laporan.kabupaten.kodeTidakValid");
        }
        Wilayah region = wilayah.cari(kab)
                .filter(w -> me.mencakup(w.kode()))
                .orElseThrow(() -> new NotFoundException("laporan.tidakDitemukan"));
        Map<String, Object> p = new HashMap<>();
        p.put("k0", kab);
        p.put("k1", kab + "A");
        p.put("dari", Date.valueOf(month.atDay(1)));
        p.put("sampai", Date.valueOf(month.atEndOfMonth()));
        p.put("b", month.toString());
        Map<String, long[]> log = new HashMap<>();
        jdbc.sql("""
                        SELECT SUBSTRING(kode_desa, 1, 6), COUNT(*), COUNT(DISTINCT kode_desa), COALESCE(SUM(menit_kerja), 0)
                        FROM kegiatan_pendampingan
                        WHERE kode_desa >= :k0 AND kode_desa < :k1 AND status = 'FINAL'
                          AND tanggal >= :dari AND tanggal <= :sampai
                        GROUP BY SUBSTRING(kode_desa, 1, 6)""").params(p).query(rs -> {
            log.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4)});
        });
        Map<String, String[]> reports = new HashMap<>();
        jdbc.sql("""
                        SELECT kode_kecamatan, status, diketahui_oleh, diterima_oleh FROM laporan_kecamatan
                        WHERE bulan = :b AND kode_kecamatan >= :k0 AND kode_kecamatan < :k1""").params(p).query(rs -> {
            reports.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3), rs.getString(4)});
        });
        Map<String, Long> facilitatorReports = new HashMap<>();
        jdbc.sql("""
                        SELECT SUBSTRING(kode_wilayah, 1, 6), COUNT(*) FROM laporan_bulanan
                        WHERE bulan = :b AND kode_wilayah >= :k0 AND kode_wilayah < :k1
                          AND status IN ('DIAJUKAN', 'DISETUJUI')
                        GROUP BY SUBSTRING(kode_wilayah, 1, 6)""").params(p).query(rs -> {
            facilitatorReports.put(rs.getString(1), rs.getLong(2));
        });
        Map<String, Long> desaCount = wilayah.jumlahDesa(List.of(kab), 6);
        List<Kecamatan> lines = new ArrayList<>();
        long entries = 0;
        long facilitated = 0;
        long villages = 0;
        for (Wilayah kec :
                wilayah.anak(kab, PageQuery.first(PageQuery.MAX_SIZE)).isi()) {
            long[] figures = log.getOrDefault(kec.kode(), new long[3]);
            String[] report = reports.get(kec.kode());
            long desa = desaCount.getOrDefault(kec.kode(), 0L);
            lines.add(new Kecamatan(
                    kec.kode(),
                    kec.nama(),
                    report == null ? "BELUM" : report[0],
                    figures[0],
                    figures[1],
                    desa,
                    JamKerja.jam(figures[2]),
                    facilitatorReports.getOrDefault(kec.kode(), 0L),
                    report == null ? null : report[1],
                    report == null ? null : report[2]));
            entries += figures[0];
            facilitated += figures[1];
            villages += desa;
        }
        return new Rekap(
                kab,
                region.nama(),
                month.toString(),
                lines,
                entries,
                facilitated,
                Math.max(0, villages - facilitated),
                villages);
    }
}
