package id.pandudesa.ekonomi.internal;

import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.platform.FieldProblem;
import id.pandudesa.platform.ForbiddenException;
import id.pandudesa.platform.NotFoundException;
import id.pandudesa.platform.RuleViolationException;
import id.pandudesa.platform.Teks;
import id.pandudesa.platform.audit.AuditAction;
import id.pandudesa.platform.audit.AuditTrail;
import id.pandudesa.wilayah.Wilayah;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Incubation of the village's businesses (seed 001: inkubasi usaha masyarakat oleh BUMDes): a
 * programme with its businesses, their turnover and workers when they join and when it ends, and
 * its sessions with who attended and what was worked on — recorded like trainings.
 */
@Service
public class InkubasiService {

    public record Inkubasi(
            long id,
            String kodeDesa,
            String nama,
            String penyelenggara,
            Long bumdesId,
            LocalDate mulai,
            LocalDate selesai) {}

    record Peserta(long umkmId, String nama, long omzetAwal, int pekerjaAwal, Long omzetAkhir, Integer pekerjaAkhir) {}

    record Sesi(long id, LocalDate tanggal, String topik, String catatan, List<Long> hadir) {}

    /** The programme's before/after: total monthly turnover and workers of the businesses with both figures. */
    record Hasil(int usaha, long omzetAwal, long omzetAkhir, long pekerjaAwal, long pekerjaAkhir) {}

    private final JdbcClient jdbc;
    private final BumdesService bumdes;
    private final UmkmService umkm;
    private final AuditTrail audit;
    private final Clock clock;

    InkubasiService(JdbcClient jdbc, BumdesService bumdes, UmkmService umkm, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.bumdes = bumdes;
        this.umkm = umkm;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<Inkubasi> daftar(String kodeDesa, PenggunaSaatIni me) {
        Wilayah desa = umkm.desa(kodeDesa, me);
        return jdbc.sql("SELECT * FROM inkubasi WHERE kode_desa = :d ORDER BY mulai DESC, id DESC")
                .param("d", desa.kode())
                .query((rs, n) -> baca(rs))
                .list();
    }

    private static Inkubasi baca(java.sql.ResultSet rs) throws java.sql.SQLException {
        long b = rs.getLong("bumdes_id");
        return new Inkubasi(
                rs.getLong("id"),
                rs.getString("kode_desa"),
                rs.getString("nama"),
                rs.getString("penyelenggara"),
                rs.wasNull() ? null : b,
                rs.getObject("mulai", LocalDate.class),
                rs.getObject("selesai", LocalDate.class));
    }

    @Transactional(readOnly = true)
    Inkubasi inkubasi(long id, PenggunaSaatIni me) {
        return jdbc.sql("SELECT * FROM inkubasi WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> baca(rs))
                .optional()
                .filter(i -> me.mencakup(i.kodeDesa()))
                .orElseThrow(() -> new NotFoundException("ekonomi.inkubasi.tidakDitemukan"));
    }

    private Inkubasi kelola(long id, PenggunaSaatIni me) {
        Inkubasi i = inkubasi(id, me);
        if (!UmkmService.bolehCatat(me, i.kodeDesa())) {
            throw new ForbiddenException("ekonomi.umkm.bukanPencatat");
        }
        return i;
    }

    @Transactional
    public Inkubasi buat(
            String kodeDesa,
            String nama,
            String penyelenggara,
            Long bumdesId,
            LocalDate mulai,
            LocalDate selesai,
            PenggunaSaatIni me) {
        Wilayah desa = umkm.desa(kodeDesa, me);
        if (!UmkmService.bolehCatat(me, desa.kode())) {
            throw new ForbiddenException("ekonomi.umkm.bukanPencatat");
        }
        List<FieldProblem> problems = new ArrayList<>();
        String n = Teks.baris(nama);
        if (n == null || n.length() > 200) {
            problems.add(FieldProblem.of("nama", "ekonomi.inkubasi.namaWajib"));
        }
        String org = Teks.baris(penyelenggara);
        if (org == null || org.length() > 200) {
            problems.add(FieldProblem.of("penyelenggara", "ekonomi.inkubasi.penyelenggaraWajib"));
        }
        if (mulai == null || selesai == null) {
            problems.add(FieldProblem.of("mulai", "ekonomi.inkubasi.tanggalWajib"));
        } else if (selesai.isBefore(mulai)) {
            problems.add(FieldProblem.of("selesai", "ekonomi.inkubasi.selesaiSebelumMulai"));
        }
        if (bumdesId != null && !bumdes.milikDesa(bumdesId, desa.kode())) {
            problems.add(FieldProblem.of("bumdesId", "ekonomi.umkm.bumdesTidakAda"));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems, "ekonomi.umkm.tidakLengkap");
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(
                        "INSERT INTO inkubasi (kode_desa, nama, penyelenggara, bumdes_id, mulai, selesai, dicatat_oleh, dibuat)"
                                + " VALUES (:d, :n, :o, :b, :m, :s, :u, :t)")
                .param("d", desa.kode())
                .param("n", n)
                .param("o", org)
                .param("b", bumdesId)
                .param("m", Date.valueOf(mulai))
                .param("s", Date.valueOf(selesai))
                .param("u", me.username())
                .param("t", Timestamp.from(Instant.now(clock)))
                .update(keys, "id");
        Inkubasi i = inkubasi(keys.getKey().longValue(), me);
        audit.record(AuditAction.BUAT, "ekonomi.Inkubasi", i.id(), i.kodeDesa(), null, i);
        return i;
    }

    @Transactional(readOnly = true)
    List<Peserta> peserta(long id) {
        return jdbc.sql(
                        "SELECT p.umkm_id, u.nama, p.omzet_awal, p.pekerja_awal, p.omzet_akhir, p.pekerja_akhir"
                                + " FROM inkubasi_peserta p JOIN umkm u ON u.id = p.umkm_id WHERE p.inkubasi_id = :i ORDER BY u.nama")
                .param("i", id)
                .query((rs, n) -> {
                    long oa = rs.getLong("omzet_akhir");
                    Long omzetAkhir = rs.wasNull() ? null : oa;
                    int pa = rs.getInt("pekerja_akhir");
                    Integer pekerjaAkhir = rs.wasNull() ? null : pa;
                    return new Peserta(
                            rs.getLong("umkm_id"),
                            rs.getString("nama"),
                            rs.getLong("omzet_awal"),
                            rs.getInt("pekerja_awal"),
                            omzetAkhir,
                            pekerjaAkhir);
                })
                .list();
    }

    static Hasil hasil(List<Peserta> peserta) {
        int n = 0;
        long oa = 0;
        long ob = 0;
        long pa = 0;
        long pb = 0;
        for (Peserta p : peserta) {
            if (p.omzetAkhir() != null && p.pekerjaAkhir() != null) {
                n++;
                oa += p.omzetAwal();
                ob += p.omzetAkhir();
                pa += p.pekerjaAwal();
                pb += p.pekerjaAkhir();
            }
        }
        return new Hasil(n, oa, ob, pa, pb);
    }

    /** A business of the village joins with its monthly turnover and workers at the start. */
    @Transactional
    public void tambahPeserta(long id, Long umkmId, Long omzetAwal, Integer pekerjaAwal, PenggunaSaatIni me) {
        Inkubasi i = kelola(id, me);
        List<FieldProblem> problems = new ArrayList<>();
        if (umkmId == null
                || jdbc.sql("SELECT COUNT(*) FROM umkm WHERE id = :u AND kode_desa = :d")
                                .param("u", umkmId)
                                .param("d", i.kodeDesa())
                                .query(Long.class)
                                .single()
                        == 0) {
            problems.add(FieldProblem.of("umkmId", "ekonomi.produk.produsenTidakAda"));
        } else if (jdbc.sql("SELECT COUNT(*) FROM inkubasi_peserta WHERE inkubasi_id = :i AND umkm_id = :u")
                        .param("i", id)
                        .param("u", umkmId)
                        .query(Long.class)
                        .single()
                > 0) {
            problems.add(FieldProblem.of("umkmId", "ekonomi.inkubasi.sudahIkut"));
        }
        if (omzetAwal == null || omzetAwal < 0) {
            problems.add(FieldProblem.of("omzetAwal", "ekonomi.inkubasi.angkaWajib"));
        }
        if (pekerjaAwal == null || pekerjaAwal < 0) {
            problems.add(FieldProblem.of("pekerjaAwal", "ekonomi.inkubasi.angkaWajib"));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems, "ekonomi.umkm.tidakLengkap");
        }
        jdbc.sql(
                        "INSERT INTO inkubasi_peserta (inkubasi_id, umkm_id, omzet_awal, pekerja_awal) VALUES (:i, :u, :o, :p)")
                .param("i", id)
                .param("u", umkmId)
                .param("o", omzetAwal)
                .param("p", pekerjaAwal)
                .update();
        audit.record(
                AuditAction.UBAH,
                "ekonomi.Inkubasi",
                id,
                i.kodeDesa(),
                null,
                Map.of("peserta", umkmId, "omzetAwal", omzetAwal, "pekerjaAwal", pekerjaAwal));
    }

    /** The figures at the end of the programme for one business. */
    @Transactional
    public void catatAkhir(long id, Long umkmId, Long omzetAkhir, Integer pekerjaAkhir, PenggunaSaatIni me) {
        Inkubasi i = kelola(id, me);
        List<FieldProblem> problems = new ArrayList<>();
        if (umkmId == null) {
            problems.add(FieldProblem.of("umkmId", "ekonomi.produk.produsenTidakAda"));
        }
        if (omzetAkhir == null || omzetAkhir < 0) {
            problems.add(FieldProblem.of("omzetAkhir", "ekonomi.inkubasi.angkaWajib"));
        }
        if (pekerjaAkhir == null || pekerjaAkhir < 0) {
            problems.add(FieldProblem.of("pekerjaAkhir", "ekonomi.inkubasi.angkaWajib"));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems, "ekonomi.umkm.tidakLengkap");
        }
        int n = jdbc.sql("UPDATE inkubasi_peserta SET omzet_akhir = :o, pekerja_akhir = :p"
                        + " WHERE inkubasi_id = :i AND umkm_id = :u")
                .param("o", omzetAkhir)
                .param("p", pekerjaAkhir)
                .param("i", id)
                .param("u", umkmId)
                .update();
        if (n == 0) {
            throw new NotFoundException("ekonomi.umkm.tidakDitemukan");
        }
        audit.record(
                AuditAction.UBAH,
                "ekonomi.Inkubasi",
                id,
                i.kodeDesa(),
                null,
                Map.of("peserta", umkmId, "omzetAkhir", omzetAkhir, "pekerjaAkhir", pekerjaAkhir));
    }

    @Transactional(readOnly = true)
    List<Sesi> sesi(long id) {
        List<Sesi> out = new ArrayList<>();
        jdbc.sql("SELECT id, tanggal, topik, catatan FROM inkubasi_sesi WHERE inkubasi_id = :i ORDER BY tanggal, id")
                .param("i", id)
                .query((rs, n) -> out.add(new Sesi(
                        rs.getLong("id"),
                        rs.getObject("tanggal", LocalDate.class),
                        rs.getString("topik"),
                        rs.getString("catatan"),
                        new ArrayList<>())))
                .list();
        for (Sesi s : out) {
            s.hadir()
                    .addAll(jdbc.sql("SELECT umkm_id FROM inkubasi_hadir WHERE sesi_id = :s ORDER BY umkm_id")
                            .param("s", s.id())
                            .query(Long.class)
                            .list());
        }
        return out;
    }

    /** A session on a day of the programme, what was worked on, and which of its businesses came. */
    @Transactional
    public void catatSesi(
            long id, LocalDate tanggal, String topik, String catatan, List<Long> hadir, PenggunaSaatIni me) {
        Inkubasi i = kelola(id, me);
        List<FieldProblem> problems = new ArrayList<>();
        if (tanggal == null || tanggal.isBefore(i.mulai()) || tanggal.isAfter(i.selesai())) {
            problems.add(FieldProblem.of("tanggal", "ekonomi.inkubasi.tanggalDiLuar"));
        }
        String t = Teks.baris(topik);
        if (t == null || t.length() > 300) {
            problems.add(FieldProblem.of("topik", "ekonomi.inkubasi.topikWajib"));
        }
        String c = Teks.bersih(catatan);
        if (c != null && c.length() > 2000) {
            problems.add(FieldProblem.of("catatan", "ekonomi.umkm.terlaluPanjang", 2000));
        }
        Set<Long> ikut = new LinkedHashSet<>();
        peserta(id).forEach(p -> ikut.add(p.umkmId()));
        List<Long> datang =
                hadir == null ? List.of() : hadir.stream().distinct().toList();
        if (!ikut.containsAll(datang)) {
            problems.add(FieldProblem.of("hadir", "ekonomi.inkubasi.hadirBukanPeserta"));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems, "ekonomi.umkm.tidakLengkap");
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(
                        "INSERT INTO inkubasi_sesi (inkubasi_id, tanggal, topik, catatan, dicatat_oleh) VALUES (:i, :t, :p, :c, :u)")
                .param("i", id)
                .param("t", Date.valueOf(tanggal))
                .param("p", t)
                .param("c", c)
                .param("u", me.username())
                .update(keys, "id");
        long sesi = keys.getKey().longValue();
        for (Long u : datang) {
            jdbc.sql("INSERT INTO inkubasi_hadir (sesi_id, umkm_id) VALUES (:s, :u)")
                    .param("s", sesi)
                    .param("u", u)
                    .update();
        }
        audit.record(
                AuditAction.UBAH,
                "ekonomi.Inkubasi",
                id,
                i.kodeDesa(),
                null,
                Map.of("sesi", sesi, "tanggal", tanggal.toString(), "topik", t, "hadir", datang));
    }
}
