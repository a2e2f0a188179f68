package id.pandudesa.pelaksanaan.internal;

import id.pandudesa.dasbor.AngkaDasbor;
import id.pandudesa.dasbor.PermintaanDasbor;
import id.pandudesa.dasbor.SumberDasbor;
import java.sql.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Implementation for the dashboards: the year's projects, their budget and spending (the
 * accountability report's figure once there is one, else the latest progress report's), the
 * physical progress (reports never go backwards, so the latest is the highest), how many are done,
 * how many are past their planned end unfinished, and the Dana Desa transferred.
 */
@Component
class DasborPelaksanaan implements SumberDasbor {

    private static final List<String> UKURAN = List.of(
            "proyek", "anggaran", "realisasi", "selesai", "lewatJadwal", "_fisikPersenSeratus", "danaDesaDiterima");

    private final JdbcClient jdbc;

    DasborPelaksanaan(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String kunci() {
        return "pelaksanaan";
    }

    @Override
    public int urutan() {
        return 50;
    }

    @Override
    public List<String> ukuran() {
        return UKURAN.stream().filter(u -> !u.startsWith("_")).toList();
    }

    @Override
    public List<Turunan> turunan() {
        return List.of(
                new Turunan("persenRealisasi", "realisasi", "anggaran", 100, 1),
                new Turunan("rataFisik", "_fisikPersenSeratus", "proyek", 0.01, 1));
    }

    @Override
    public boolean rupiah(String ukuran) {
        return ukuran.equals("anggaran") || ukuran.equals("realisasi") || ukuran.equals("danaDesaDiterima");
    }

    @Override
    public Map<String, Map<String, Long>> hitung(PermintaanDasbor p) {
        var f = p.filter("pr.kode_desa", "dp");
        var fl = p.filter("p2.kode_desa", "dl");
        String g = p.kelompok("pr.kode_desa");
        String sql = "SELECT " + g + ", COUNT(*), SUM(pr.anggaran),"
                + " SUM(COALESCE(pr.lpj_realisasi, l.realisasi, 0)),"
                + " SUM(CASE WHEN pr.lpj_tanggal IS NOT NULL OR l.fisik >= 100 THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN pr.lpj_tanggal IS NULL AND COALESCE(l.fisik, 0) < 100 AND pr.selesai < :hari"
                + " THEN 1 ELSE 0 END),"
                + " SUM(CAST(COALESCE(l.fisik, 0) * 100 AS BIGINT))"
                + " FROM proyek pr LEFT JOIN (SELECT l.proyek_id, MAX(l.fisik) AS fisik, MAX(l.realisasi) AS realisasi"
                + " FROM proyek_laporan l WHERE l.proyek_id IN (SELECT p2.id FROM proyek p2 WHERE p2.tahun = :t AND "
                + fl.sql() + ") GROUP BY l.proyek_id) l ON l.proyek_id = pr.id"
                + " WHERE pr.tahun = :t AND " + f.sql() + " GROUP BY " + g;
        Map<String, Object> params = new LinkedHashMap<>(f.params());
        params.putAll(fl.params());
        params.put("t", p.tahun());
        params.put("hari", Date.valueOf(p.hariIni()));
        Map<String, Map<String, Long>> out =
                AngkaDasbor.baca(jdbc.sql(sql).params(params), UKURAN.subList(0, UKURAN.size() - 1));
        var fd = p.filter("kode_desa", "dd");
        Map<String, Object> dd = new LinkedHashMap<>(fd.params());
        dd.put("t", p.tahun());
        String gd = p.kelompok("kode_desa");
        AngkaDasbor.baca(
                        jdbc.sql("SELECT " + gd + ", SUM(jumlah) FROM dana_desa_tahap WHERE tahun = :t AND " + fd.sql()
                                        + " GROUP BY " + gd)
                                .params(dd),
                        List.of("danaDesaDiterima"))
                .forEach(AngkaDasbor.ke(out));
        return out;
    }

    @Override
    public Optional<String> tautan(String kodeWilayah, int tahun) {
        return Optional.of(
                kodeWilayah.length() == 10
                        ? "/pelaksanaan/" + kodeWilayah + "/" + tahun
                        : "/pelaksanaan?tahun=" + tahun);
    }
}
