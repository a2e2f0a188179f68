package id.pandudesa.kapasitas.internal;

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
 * Cadres and training for the dashboards: the cadres active today (and how many are women), and
 * the year's training places taken by people of each desa, with the certificates earned. Trainings
 * are counted through their participants, whose desa is known, so the figures add up at every level
 * whichever region organised the training.
 */
@Component
class DasborKapasitas implements SumberDasbor {

    private static final List<String> UKURAN =
            List.of("kaderAktif", "kaderPerempuan", "pesertaPelatihan", "bersertifikat");

    private final JdbcClient jdbc;

    DasborKapasitas(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String kunci() {
        return "kapasitas";
    }

    @Override
    public int urutan() {
        return 70;
    }

    @Override
    public List<String> ukuran() {
        return UKURAN;
    }

    @Override
    public Map<String, Map<String, Long>> hitung(PermintaanDasbor p) {
        var f = p.filter("k.kode_desa");
        String g = p.kelompok("k.kode_desa");
        Map<String, Map<String, Long>> out = AngkaDasbor.baca(
                jdbc.sql("SELECT " + g + ", COUNT(*), SUM(CASE WHEN k.jenis_kelamin = 'P' THEN 1 ELSE 0 END)"
                                + " FROM kader k WHERE k.status = 'AKTIF' AND " + f.sql() + " GROUP BY " + g)
                        .params(f.params()),
                UKURAN.subList(0, 2));
        var fp = p.filter("s.kode_desa", "dp");
        String gp = p.kelompok("s.kode_desa");
        Map<String, Object> params = new LinkedHashMap<>(fp.params());
        params.put("dari", Date.valueOf(p.awal()));
        params.put("sampai", Date.valueOf(p.akhir()));
        AngkaDasbor.baca(
                        jdbc.sql("SELECT " + gp
                                        + ", COUNT(*), SUM(CASE WHEN s.sertifikat IS NOT NULL THEN 1 ELSE 0 END)"
                                        + " FROM pelatihan_peserta s JOIN pelatihan t ON t.id = s.pelatihan_id"
                                        + " WHERE t.mulai >= :dari AND t.mulai <= :sampai AND " + fp.sql()
                                        + " GROUP BY " + gp)
                                .params(params),
                        UKURAN.subList(2, 4))
                .forEach(AngkaDasbor.ke(out));
        return out;
    }

    @Override
    public Optional<String> tautan(String kodeWilayah, int tahun) {
        return Optional.of(kodeWilayah.isEmpty() ? "/kapasitas" : "/kapasitas/kaderisasi/" + kodeWilayah);
    }
}
