package id.pandudesa.kapasitas.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which competencies each village's active cadres hold, counted in the database for a page of
 * villages; a required competency no active cadre holds is the village's gap.
 */
@Service
class PetaKapasitas {

    /** One village: active cadres, how many hold each competency, and its gaps (required, held by none). */
    record Baris(
            String kodeDesa,
            long kader,
            Map<String, Long> per,
            List<String> celah,
            long pelatihanDesa,
            long pelatihanPendamping) {
        public long jumlah(String kode) {
            return per.getOrDefault(kode, 0L);
        }
    }

    private final JdbcClient jdbc;
    private final Kompetensi kompetensi;

    PetaKapasitas(JdbcClient jdbc, Kompetensi kompetensi) {
        this.jdbc = jdbc;
        this.kompetensi = kompetensi;
    }

    @Transactional(readOnly = true)
    public List<Baris> untuk(List<String> kodeDesa) {
        if (kodeDesa.isEmpty()) {
            return List.of();
        }
        List<Kompetensi.Item> items = kompetensi.semua();
        StringBuilder sql = new StringBuilder("SELECT kode_desa, COUNT(*) AS kader");
        Map<String, Object> params = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            sql.append(", SUM(CASE WHEN kompetensi LIKE :k")
                    .append(i)
                    .append(" THEN 1 ELSE 0 END) AS c")
                    .append(i);
            params.put("k" + i, "%," + items.get(i).kode() + ",%");
        }
        sql.append(" FROM kader WHERE status = 'AKTIF' AND kode_desa IN (:desa) GROUP BY kode_desa");
        params.put("desa", kodeDesa);
        Map<String, Map<String, Object>> rows = new HashMap<>();
        jdbc.sql(sql.toString())
                .params(params)
                .query()
                .listOfRows()
                .forEach(r -> rows.put((String) r.get("kode_desa"), r));
        Map<String, long[]> latih = pelatihan(
                kodeDesa,
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).minusMonths(12));
        List<Baris> out = new ArrayList<>();
        for (String desa : kodeDesa) {
            Map<String, Object> r = rows.get(desa);
            Map<String, Long> per = new LinkedHashMap<>();
            List<String> celah = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                long n = r == null ? 0 : ((Number) r.get("c" + i)).longValue();
                per.put(items.get(i).kode(), n);
                if (n == 0 && items.get(i).wajib()) {
                    celah.add(items.get(i).kode());
                }
            }
            long[] t = latih.getOrDefault(desa, new long[2]);
            out.add(new Baris(desa, r == null ? 0 : ((Number) r.get("kader")).longValue(), per, celah, t[0], t[1]));
        }
        return out;
    }

    /**
     * Trainings since a date per village, run by the village itself (held for it by its KPMD or
     * government) apart from those run by facilitators (held for it, or above it with one of its
     * people taking part). Counted in the database.
     */
    Map<String, long[]> pelatihan(List<String> kodeDesa, java.time.LocalDate sejak) {
        Map<String, long[]> out = new HashMap<>();
        jdbc.sql("SELECT kode_wilayah AS desa, SUM(CASE WHEN dikelola_desa THEN 1 ELSE 0 END) AS oleh_desa,"
                        + " SUM(CASE WHEN dikelola_desa THEN 0 ELSE 1 END) AS oleh_pendamping FROM pelatihan"
                        + " WHERE kode_wilayah IN (:desa) AND mulai >= :sejak GROUP BY kode_wilayah")
                .param("desa", kodeDesa)
                .param("sejak", sejak)
                .query((rs, n) -> out.put(
                        rs.getString("desa"), new long[] {rs.getLong("oleh_desa"), rs.getLong("oleh_pendamping")}))
                .list();
        jdbc.sql("SELECT s.kode_desa AS desa, COUNT(DISTINCT t.id) AS n FROM pelatihan_peserta s"
                        + " JOIN pelatihan t ON t.id = s.pelatihan_id"
                        + " WHERE s.kode_desa IN (:desa) AND t.kode_wilayah <> s.kode_desa AND NOT t.dikelola_desa"
                        + " AND t.mulai >= :sejak GROUP BY s.kode_desa")
                .param("desa", kodeDesa)
                .param("sejak", sejak)
                .query((rs, n) -> out.computeIfAbsent(rs.getString("desa"), k -> new long[2])[1] += rs.getLong("n"))
                .list();
        return out;
    }
}
