package id.pandudesa.ekonomi.internal;

import id.pandudesa.akun.Lingkup;
import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.ekonomi.internal.BumdesService.Bumdes;
import id.pandudesa.platform.FieldProblem;
import id.pandudesa.platform.PageQuery;
import id.pandudesa.platform.PageResult;
import id.pandudesa.platform.RuleViolationException;
import id.pandudesa.platform.audit.AuditAction;
import id.pandudesa.platform.audit.AuditTrail;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A BUMDes's yearly self-assessment on the seven aspects of the ministry's classification, its
 * class (perintis, pemula, berkembang, maju), and the ranking and spread of classes in a region.
 */
@Service
public class PenilaianBumdesService {

    record Penilaian(
            int tahun, Map<KlasifikasiBumdes.Aspek, Integer> skor, BigDecimal total, KlasifikasiBumdes.Kelas kelas) {}

    record Peringkat(long id, String nama, String kodeDesa, BigDecimal total, KlasifikasiBumdes.Kelas kelas) {}

    private final JdbcClient jdbc;
    private final BumdesService bumdes;
    private final KlasifikasiBumdes klasifikasi;
    private final AuditTrail audit;

    public PenilaianBumdesService(
            JdbcClient jdbc, BumdesService bumdes, KlasifikasiBumdes klasifikasi, AuditTrail audit) {
        this.jdbc = jdbc;
        this.bumdes = bumdes;
        this.klasifikasi = klasifikasi;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<Penilaian> penilaian(long id) {
        return jdbc.sql("SELECT tahun, skor, total, kelas FROM bumdes_penilaian WHERE bumdes_id = :b ORDER BY tahun")
                .param("b", id)
                .query((rs, n) -> new Penilaian(
                        rs.getInt("tahun"),
                        bacaSkor(rs.getString("skor")),
                        rs.getBigDecimal("total"),
                        KlasifikasiBumdes.Kelas.valueOf(rs.getString("kelas"))))
                .list();
    }

    /** The year's self-assessment: every aspect 0–100; replaces that year's earlier one. */
    @Transactional
    public Penilaian nilai(long id, Integer tahun, Map<KlasifikasiBumdes.Aspek, Integer> skor, PenggunaSaatIni me) {
        Bumdes b = bumdes.kelola(id, me);
        List<FieldProblem> problems = new ArrayList<>();
        if (tahun == null || tahun < 2000 || tahun > bumdes.tahunIni()) {
            problems.add(FieldProblem.of("tahun", "ekonomi.tahunTidakSah"));
        }
        for (KlasifikasiBumdes.Aspek a : KlasifikasiBumdes.Aspek.values()) {
            Integer s = skor.get(a);
            if (s == null || s < 0 || s > 100) {
                problems.add(FieldProblem.of("aspek_" + a.name(), "ekonomi.skorTidakSah"));
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems, "ekonomi.tidakLengkap");
        }
        KlasifikasiBumdes.Hasil h = klasifikasi.nilai(skor);
        jdbc.sql("DELETE FROM bumdes_penilaian WHERE bumdes_id = :b AND tahun = :t")
                .param("b", id)
                .param("t", tahun)
                .update();
        jdbc.sql("INSERT INTO bumdes_penilaian (bumdes_id, kode_desa, tahun, skor, total, kelas, dinilai_oleh)"
                        + " VALUES (:b, :d, :t, :s, :n, :k, :u)")
                .param("b", id)
                .param("d", b.kodeDesa())
                .param("t", tahun)
                .param("s", tulisSkor(skor))
                .param("n", h.total())
                .param("k", h.kelas().name())
                .param("u", me.username())
                .update();
        audit.record(
                AuditAction.UBAH,
                "ekonomi.BumdesPenilaian",
                id + "/" + tahun,
                b.kodeDesa(),
                null,
                Map.of("total", h.total(), "kelas", h.kelas().name()));
        return new Penilaian(tahun, skor, h.total(), h.kelas());
    }

    /** A year's assessed BUMDes under a region, best first, in the user's scope. */
    @Transactional(readOnly = true)
    public PageResult<Peringkat> peringkat(String prefiks, int tahun, PenggunaSaatIni me, PageQuery page) {
        var scope = me.lingkup().sql("p.kode_desa");
        Map<String, Object> params = new LinkedHashMap<>(scope.params());
        var region = Lingkup.of(List.of(prefiks)).sql("p.kode_desa", "w");
        params.putAll(region.params());
        params.put("t", tahun);
        String where = " FROM bumdes_penilaian p JOIN bumdes b ON b.id = p.bumdes_id WHERE " + scope.sql() + " AND "
                + region.sql() + " AND p.tahun = :t";
        long total = jdbc.sql("SELECT COUNT(*)" + where)
                .params(params)
                .query(Long.class)
                .single();
        List<Peringkat> rows = jdbc.sql("SELECT b.id, b.nama, p.kode_desa, p.total, p.kelas" + where
                        + " ORDER BY p.total DESC, b.nama OFFSET " + page.offset() + " ROWS FETCH NEXT " + page.ukuran()
                        + " ROWS ONLY")
                .params(params)
                .query((rs, n) -> new Peringkat(
                        rs.getLong("id"),
                        rs.getString("nama"),
                        rs.getString("kode_desa"),
                        rs.getBigDecimal("total"),
                        KlasifikasiBumdes.Kelas.valueOf(rs.getString("kelas"))))
                .list();
        return PageResult.of(rows, page, total);
    }

    /** How many assessed BUMDes fall in each class, under a region and year. */
    @Transactional(readOnly = true)
    public Map<KlasifikasiBumdes.Kelas, Long> sebaran(String prefiks, int tahun, PenggunaSaatIni me) {
        var scope = me.lingkup().sql("kode_desa");
        Map<String, Object> params = new LinkedHashMap<>(scope.params());
        var region = Lingkup.of(List.of(prefiks)).sql("kode_desa", "w");
        params.putAll(region.params());
        params.put("t", tahun);
        Map<KlasifikasiBumdes.Kelas, Long> out = new EnumMap<>(KlasifikasiBumdes.Kelas.class);
        for (KlasifikasiBumdes.Kelas k : KlasifikasiBumdes.Kelas.values()) {
            out.put(k, 0L);
        }
        jdbc.sql("SELECT kelas, COUNT(*) FROM bumdes_penilaian WHERE " + scope.sql() + " AND " + region.sql()
                        + " AND tahun = :t GROUP BY kelas")
                .params(params)
                .query((rs, n) -> out.put(KlasifikasiBumdes.Kelas.valueOf(rs.getString(1)), rs.getLong(2)))
                .list();
        return out;
    }

    static String tulisSkor(Map<KlasifikasiBumdes.Aspek, Integer> skor) {
        StringBuilder s = new StringBuilder();
        for (KlasifikasiBumdes.Aspek a : KlasifikasiBumdes.Aspek.values()) {
            s.append(s.isEmpty() ? "" : ",").append(a.name()).append('=').append(skor.get(a));
        }
        return s.toString();
    }

    static Map<KlasifikasiBumdes.Aspek, Integer> bacaSkor(String s) {
        Map<KlasifikasiBumdes.Aspek, Integer> out = new EnumMap<>(KlasifikasiBumdes.Aspek.class);
        for (String part : s.split(",")) {
            String[] kv = part.split("=");
            out.put(KlasifikasiBumdes.Aspek.valueOf(kv[0]), Integer.valueOf(kv[1]));
        }
        return out;
    }
}
