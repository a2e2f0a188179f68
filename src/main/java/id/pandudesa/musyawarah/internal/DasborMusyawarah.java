package id.pandudesa.musyawarah.internal;

import id.pandudesa.dasbor.AngkaDasbor;
import id.pandudesa.dasbor.PermintaanDasbor;
import id.pandudesa.dasbor.SumberDasbor;
import id.pandudesa.musyawarah.JenisMusyawarah;
import java.sql.Date;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Village meetings of the year for the dashboards: held (a finished or signed record; a corrected
 * one counts once, as its correction), still planned, by kind, and who was there: men, women, poor
 * and disabled participants as counted at the door (observers are present too, as on the meeting's
 * own page), for the inclusion figures.
 */
@Component
class DasborMusyawarah implements SumberDasbor {

    private static final String DIADAKAN = "m.status IN ('SELESAI', 'DITANDATANGANI')";
    private static final List<String> UKURAN;

    static {
        List<String> u = new ArrayList<>(List.of("diadakan", "rencana"));
        u.addAll(AngkaDasbor.perJenis("perJenis", JenisMusyawarah.class));
        u.addAll(List.of("hadir", "hadirPerempuan", "hadirMiskin", "hadirDisabilitas"));
        UKURAN = List.copyOf(u);
    }

    private final JdbcClient jdbc;

    DasborMusyawarah(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String kunci() {
        return "musyawarah";
    }

    @Override
    public int urutan() {
        return 30;
    }

    @Override
    public List<String> ukuran() {
        return UKURAN;
    }

    @Override
    public List<Turunan> turunan() {
        return List.of(new Turunan("persenPerempuan", "hadirPerempuan", "hadir", 100, 1));
    }

    @Override
    public String labelKelompok(String kelompok) {
        return "musyawarah.jenis.";
    }

    @Override
    public Map<String, Map<String, Long>> hitung(PermintaanDasbor p) {
        var f = p.filter("m.kode_desa");
        String g = p.kelompok("m.kode_desa");
        Map<String, Object> params = new LinkedHashMap<>(f.params());
        params.put("dari", Date.valueOf(p.awal()));
        params.put("sampai", Date.valueOf(p.akhir()));
        String where = " WHERE " + f.sql() + " AND m.tanggal >= :dari AND m.tanggal <= :sampai";
        StringBuilder sql = new StringBuilder("SELECT ")
                .append(g)
                .append(", SUM(CASE WHEN " + DIADAKAN + " THEN 1 ELSE 0 END),")
                .append(" SUM(CASE WHEN m.status = 'RENCANA' THEN 1 ELSE 0 END)");
        for (JenisMusyawarah j : JenisMusyawarah.values()) {
            sql.append(", SUM(CASE WHEN " + DIADAKAN + " AND m.jenis = '")
                    .append(j.name())
                    .append("' THEN 1 ELSE 0 END)");
        }
        sql.append(" FROM musyawarah m").append(where).append(" GROUP BY ").append(g);
        Map<String, Map<String, Long>> out =
                AngkaDasbor.baca(jdbc.sql(sql.toString()).params(params), UKURAN.subList(0, UKURAN.size() - 4));
        AngkaDasbor.baca(
                        jdbc.sql("SELECT " + g + ", SUM(h.laki + h.perempuan), SUM(h.perempuan), SUM(h.miskin),"
                                        + " SUM(h.disabilitas) FROM musyawarah m JOIN musyawarah_hadir h"
                                        + " ON h.musyawarah_id = m.id" + where + " AND " + DIADAKAN
                                        + " GROUP BY " + g)
                                .params(params),
                        UKURAN.subList(UKURAN.size() - 4, UKURAN.size()))
                .forEach(AngkaDasbor.ke(out));
        return out;
    }

    @Override
    public Optional<String> tautan(String kodeWilayah, int tahun) {
        return Optional.of(kodeWilayah.isEmpty() ? "/musyawarah" : "/musyawarah?desa=" + kodeWilayah);
    }
}
