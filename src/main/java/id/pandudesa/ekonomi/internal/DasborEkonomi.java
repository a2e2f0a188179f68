package id.pandudesa.ekonomi.internal;

import id.pandudesa.dasbor.AngkaDasbor;
import id.pandudesa.dasbor.PermintaanDasbor;
import id.pandudesa.dasbor.SumberDasbor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The local economy for the dashboards: BUMDes registered (by the desa that registered them), the
 * year's self-assessments by class, and the mapped local potentials.
 */
@Component
class DasborEkonomi implements SumberDasbor {

    private static final List<String> UKURAN;

    static {
        List<String> u = new ArrayList<>(List.of("bumdes", "dinilai"));
        u.addAll(AngkaDasbor.perJenis("perKelas", KlasifikasiBumdes.Kelas.class));
        u.add("potensi");
        UKURAN = List.copyOf(u);
    }

    private final JdbcClient jdbc;

    DasborEkonomi(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String kunci() {
        return "ekonomi";
    }

    @Override
    public int urutan() {
        return 80;
    }

    @Override
    public List<String> ukuran() {
        return UKURAN;
    }

    @Override
    public String labelKelompok(String kelompok) {
        return "ekonomi.kelas.";
    }

    @Override
    public Map<String, Map<String, Long>> hitung(PermintaanDasbor p) {
        Map<String, Map<String, Long>> out = new java.util.TreeMap<>();
        var fb = p.filter("b.kode_desa", "db");
        String gb = p.kelompok("b.kode_desa");
        AngkaDasbor.gabung(
                out,
                AngkaDasbor.baca(
                        jdbc.sql("SELECT " + gb + ", COUNT(*) FROM bumdes b WHERE " + fb.sql() + " GROUP BY " + gb)
                                .params(fb.params()),
                        List.of("bumdes")));
        var fn = p.filter("n.kode_desa", "dn");
        String gn = p.kelompok("n.kode_desa");
        StringBuilder sql = new StringBuilder("SELECT ").append(gn).append(", COUNT(*)");
        for (KlasifikasiBumdes.Kelas k : KlasifikasiBumdes.Kelas.values()) {
            sql.append(", SUM(CASE WHEN n.kelas = '").append(k.name()).append("' THEN 1 ELSE 0 END)");
        }
        sql.append(" FROM bumdes_penilaian n WHERE n.tahun = :t AND ")
                .append(fn.sql())
                .append(" GROUP BY ")
                .append(gn);
        Map<String, Object> params = new LinkedHashMap<>(fn.params());
        params.put("t", p.tahun());
        AngkaDasbor.gabung(
                out, AngkaDasbor.baca(jdbc.sql(sql.toString()).params(params), UKURAN.subList(1, UKURAN.size() - 1)));
        var fo = p.filter("o.kode_desa", "do");
        String go = p.kelompok("o.kode_desa");
        AngkaDasbor.gabung(
                out,
                AngkaDasbor.baca(
                        jdbc.sql("SELECT " + go + ", COUNT(*) FROM potensi_desa o WHERE " + fo.sql() + " GROUP BY "
                                        + go)
                                .params(fo.params()),
                        List.of("potensi")));
        return out;
    }

    @Override
    public Optional<String> tautan(String kodeWilayah, int tahun) {
        return Optional.of(
                kodeWilayah.length() == 10
                        ? "/ekonomi/bumdes/" + kodeWilayah
                        : kodeWilayah.isEmpty() ? "/ekonomi" : "/ekonomi/peringkat/" + kodeWilayah + "?tahun=" + tahun);
    }
}
