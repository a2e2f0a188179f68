package id.pandudesa.perencanaan.internal;

import id.pandudesa.dasbor.AngkaDasbor;
import id.pandudesa.dasbor.PermintaanDasbor;
import id.pandudesa.dasbor.SumberDasbor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The adopted APBDes of the year for the dashboards: of each desa the newest adopted version (the
 * APBDes Perubahan once there is one), summed by account as the APBDes page sums it: income (4),
 * spending (5), financing receipts (6.1) and expenditure (6.2), and the Dana Desa line (4.2.1);
 * beside them each desa's latest realisation point of the year (revenue and spending realised).
 */
@Component
class DasborApbdes implements SumberDasbor {

    private static final List<String> ANGGARAN =
            List.of("desaApbdes", "pendapatan", "belanja", "penerimaanPembiayaan", "pengeluaranPembiayaan", "danaDesa");
    private static final List<String> REALISASI =
            List.of("realisasiPendapatan", "realisasiBelanja", "danaDesaDiterima", "danaDesaDibelanjakan");
    private static final List<String> UKURAN = java.util.stream.Stream.concat(ANGGARAN.stream(), REALISASI.stream())
            .toList();

    private final JdbcClient jdbc;

    DasborApbdes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String kunci() {
        return "apbdes";
    }

    @Override
    public int urutan() {
        return 40;
    }

    @Override
    public List<String> ukuran() {
        return UKURAN;
    }

    @Override
    public boolean rupiah(String ukuran) {
        return !ukuran.equals("desaApbdes");
    }

    @Override
    public Map<String, Map<String, Long>> hitung(PermintaanDasbor p) {
        var f = p.filter("a.kode_desa");
        String g = p.kelompok("a.kode_desa");
        // Each version's first line (index 0 of its list) counts the desa once, without a DISTINCT that
        // would sort every line; the newest adopted version is an anti-join, not a subquery per row.
        String sql = "SELECT " + g + ", SUM(CASE WHEN b.urutan = 0 THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN b.kode_rekening LIKE '4%' THEN b.anggaran ELSE 0 END),"
                + " SUM(CASE WHEN b.kode_rekening LIKE '5%' THEN b.anggaran ELSE 0 END),"
                + " SUM(CASE WHEN b.kode_rekening LIKE '6.1%' THEN b.anggaran ELSE 0 END),"
                + " SUM(CASE WHEN b.kode_rekening LIKE '6%' AND b.kode_rekening NOT LIKE '6.1%'"
                + " THEN b.anggaran ELSE 0 END),"
                + " SUM(CASE WHEN b.kode_rekening LIKE '4.2.1%' THEN b.anggaran ELSE 0 END)"
                + " FROM apbdes a JOIN apbdes_baris b ON b.apbdes_id = a.id"
                + " WHERE a.tahun = :t AND a.status = 'DITETAPKAN' AND " + f.sql()
                + " AND NOT EXISTS (SELECT 1 FROM apbdes x WHERE x.kode_desa = a.kode_desa"
                + " AND x.tahun = a.tahun AND x.status = 'DITETAPKAN' AND x.nomor > a.nomor)"
                + " GROUP BY " + g;
        Map<String, Object> params = new LinkedHashMap<>(f.params());
        params.put("t", p.tahun());
        Map<String, Map<String, Long>> out =
                new LinkedHashMap<>(AngkaDasbor.baca(jdbc.sql(sql).params(params), ANGGARAN));
        // Each desa's latest realisation point of the year: its totals are kept on the point.
        var fr = p.filter("r.kode_desa");
        String gr = p.kelompok("r.kode_desa");
        Map<String, Object> rparams = new LinkedHashMap<>(fr.params());
        rparams.put("t", p.tahun());
        AngkaDasbor.baca(
                        jdbc.sql("SELECT " + gr + ", SUM(r.pendapatan), SUM(r.belanja), SUM(r.dana_desa_diterima),"
                                        + " SUM(r.dana_desa_dibelanjakan) FROM apbdes_realisasi r"
                                        + " WHERE r.tahun = :t AND r.terbaru = TRUE AND " + fr.sql() + " GROUP BY "
                                        + gr)
                                .params(rparams),
                        REALISASI)
                .forEach((group, figures) -> out.merge(group, figures, (a, b) -> {
                    Map<String, Long> both = new LinkedHashMap<>(a);
                    both.putAll(b);
                    return both;
                }));
        return out;
    }

    /**
     * Absorption at every level: spending realised of the budget, Dana Desa received of the Dana
     * Desa budgeted, and Dana Desa spent of what was received, in percent.
     */
    @Override
    public List<Turunan> turunan() {
        return List.of(
                new Turunan("serapanBelanja", "realisasiBelanja", "belanja", 100, 1),
                new Turunan("serapanDanaDesa", "danaDesaDiterima", "danaDesa", 100, 1),
                new Turunan("danaDesaTerpakai", "danaDesaDibelanjakan", "danaDesaDiterima", 100, 1));
    }

    @Override
    public Optional<String> tautan(String kodeWilayah, int tahun) {
        return Optional.of(
                kodeWilayah.length() == 10
                        ? "/perencanaan/apbdes/" + kodeWilayah + "/" + tahun
                        : "/perencanaan/apbdes?tahun=" + tahun);
    }
}
