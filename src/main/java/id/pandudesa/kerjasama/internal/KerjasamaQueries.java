package id.pandudesa.kerjasama.internal;

import id.pandudesa.akun.Lingkup;
import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.kerjasama.internal.Kerjasama.Jenis;
import id.pandudesa.kerjasama.internal.Kerjasama.Status;
import id.pandudesa.platform.PageQuery;
import id.pandudesa.platform.PageResult;
import java.sql.Date;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The agreements of a region in the user's scope: the list and the count per state, in the database. */
@Repository
class KerjasamaQueries {

    private final JdbcClient jdbc;
    private final KerjasamaService perjanjian;

    KerjasamaQueries(JdbcClient jdbc, KerjasamaService perjanjian) {
        this.jdbc = jdbc;
        this.perjanjian = perjanjian;
    }

    /**
     * The agreements in which a desa under the region takes part, in the user's scope, newest
     * first; {@code segera} keeps only signed ones ending within the alert window (soonest first).
     */
    @Transactional(readOnly = true)
    public PageResult<Kerjasama.Baris> daftar(String prefiks, boolean segera, PenggunaSaatIni me, PageQuery page) {
        var scope = me.lingkup().sql("d.kode_desa");
        var region = Lingkup.of(List.of(prefiks)).sql("d.kode_desa", "w");
        Map<String, Object> params = new LinkedHashMap<>(scope.params());
        params.putAll(region.params());
        LocalDate today = perjanjian.hariIni();
        String filter = "";
        if (segera) {
            filter = " AND k.status = 'DITANDATANGANI' AND k.selesai >= :hari AND k.selesai <= :batas";
            params.put("hari", Date.valueOf(today));
            params.put("batas", Date.valueOf(today.plusDays(perjanjian.hariPeringatan())));
        }
        String where = " FROM kerjasama k WHERE EXISTS (SELECT 1 FROM kerjasama_desa d WHERE d.kerjasama_id = k.id AND "
                + scope.sql() + " AND " + region.sql() + ")" + filter;
        long total = jdbc.sql("SELECT COUNT(*)" + where)
                .params(params)
                .query(Long.class)
                .single();
        String order = segera ? " ORDER BY k.selesai, k.id" : " ORDER BY k.id DESC";
        List<Kerjasama.Baris> rows = jdbc.sql("SELECT k.id, k.kode_desa, k.jenis, k.judul, k.status, k.selesai,"
                        + " (SELECT COUNT(*) FROM kerjasama_langkah l WHERE l.kerjasama_id = k.id) AS langkah" + where
                        + order
                        + " OFFSET " + page.offset() + " ROWS FETCH NEXT " + page.ukuran() + " ROWS ONLY")
                .params(params)
                .query((rs, n) -> {
                    Status s = Status.valueOf(rs.getString("status"));
                    LocalDate end = KerjasamaService.tanggal(rs.getDate("selesai"));
                    return new Kerjasama.Baris(
                            rs.getLong("id"),
                            rs.getString("kode_desa"),
                            Jenis.valueOf(rs.getString("jenis")),
                            rs.getString("judul"),
                            s,
                            end,
                            rs.getInt("langkah"),
                            Kerjasama.keadaan(s, end, today, perjanjian.hariPeringatan()));
                })
                .list();
        return PageResult.of(rows, page, total);
    }

    /** How many agreements under the region are in each state, counted in the database. */
    @Transactional(readOnly = true)
    public Map<Kerjasama.Keadaan, Long> sebaran(String prefiks, PenggunaSaatIni me) {
        var scope = me.lingkup().sql("d.kode_desa");
        var region = Lingkup.of(List.of(prefiks)).sql("d.kode_desa", "w");
        Map<String, Object> params = new LinkedHashMap<>(scope.params());
        params.putAll(region.params());
        LocalDate today = perjanjian.hariIni();
        params.put("hari", Date.valueOf(today));
        params.put("batas", Date.valueOf(today.plusDays(perjanjian.hariPeringatan())));
        Map<Kerjasama.Keadaan, Long> out = new EnumMap<>(Kerjasama.Keadaan.class);
        for (Kerjasama.Keadaan k : Kerjasama.Keadaan.values()) {
            out.put(k, 0L);
        }
        jdbc.sql("SELECT x.keadaan, COUNT(*) FROM (SELECT CASE WHEN k.status = 'RANCANGAN' THEN 'RANCANGAN'"
                        + " WHEN k.selesai < :hari THEN 'BERAKHIR' WHEN k.selesai <= :batas THEN 'SEGERA_BERAKHIR'"
                        + " ELSE 'BERLAKU' END AS keadaan FROM kerjasama k WHERE EXISTS (SELECT 1 FROM"
                        + " kerjasama_desa d WHERE d.kerjasama_id = k.id AND " + scope.sql() + " AND " + region.sql()
                        + ")) x GROUP BY x.keadaan")
                .params(params)
                .query((rs, n) -> out.put(Kerjasama.Keadaan.valueOf(rs.getString(1)), rs.getLong(2)))
                .list();
        return out;
    }
}
