package id.pandudesa.pendampingan.internal;

import id.pandudesa.akun.Lingkup;
import id.pandudesa.pendampingan.PendampinganApi;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The implementation of {@link PendampinganApi}. */
@Service
class PendampinganApiImpl implements PendampinganApi {

    private final JdbcClient jdbc;

    PendampinganApiImpl(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    @Override
    public List<Pelaku> pelaku(String prefiks, LocalDate dari, LocalDate sampai, Collection<String> kaderDesa) {
        List<String> pairs = kaderDesa.isEmpty() ? List.of("-") : List.copyOf(kaderDesa);
        // A code range, not LIKE: any B-tree index on kode_desa serves it on PostgreSQL too.
        var region = Lingkup.of(List.of(prefiks)).sql("kode_desa", "w");
        Map<String, Object> params = new LinkedHashMap<>(region.params());
        params.put("dari", Date.valueOf(dari));
        params.put("sampai", Date.valueOf(sampai));
        params.put("pasangan", pairs);
        List<Pelaku> out = new ArrayList<>();
        jdbc.sql("""
                        SELECT kode_desa, EXTRACT(YEAR FROM tanggal) AS th, EXTRACT(MONTH FROM tanggal) AS bl,
                          SUM(CASE WHEN peran_penulis = 'KPMD' OR (penulis || '|' || kode_desa) IN (:pasangan)
                              THEN 1 ELSE 0 END) AS kader,
                          SUM(CASE WHEN peran_penulis IN ('PLD', 'PD', 'TA', 'MITRA')
                              AND (penulis || '|' || kode_desa) NOT IN (:pasangan) THEN 1 ELSE 0 END) AS pendamping
                        FROM kegiatan_pendampingan
                        WHERE %s AND tanggal BETWEEN :dari AND :sampai AND status = 'FINAL'
                        GROUP BY kode_desa, EXTRACT(YEAR FROM tanggal), EXTRACT(MONTH FROM tanggal)
                        ORDER BY kode_desa, th, bl""".formatted(region.sql()))
                .params(params)
                .query((rs, n) -> new Pelaku(
                        rs.getString("kode_desa"),
                        YearMonth.of(rs.getInt("th"), rs.getInt("bl")),
                        rs.getLong("kader"),
                        rs.getLong("pendamping")))
                .list()
                .forEach(out::add);
        return out;
    }
}
