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
    record Baris(String kodeDesa, long kader, Map<String, Long> per, List<String> celah) {
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
            out.add(new Baris(desa, r == null ? 0 : ((Number) r.get("kader")).longValue(), per, celah));
        }
        return out;
    }
}
