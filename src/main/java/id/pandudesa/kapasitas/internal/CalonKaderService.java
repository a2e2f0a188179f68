package id.pandudesa.kapasitas.internal;

import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.musyawarah.MusyawarahApi;
import id.pandudesa.platform.ConflictException;
import id.pandudesa.platform.FieldProblem;
import id.pandudesa.platform.ForbiddenException;
import id.pandudesa.platform.NotFoundException;
import id.pandudesa.platform.RuleViolationException;
import id.pandudesa.platform.Teks;
import id.pandudesa.platform.audit.AuditAction;
import id.pandudesa.platform.audit.AuditTrail;
import id.pandudesa.wilayah.Wilayah;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finding cadres (seed 003: the facilitator's first task is to <em>menemukan</em> them): a
 * candidate is proposed — by whom, why, noticed in which musyawarah, training or activity — and
 * becomes a cadre only through the musyawarah that chooses them, recorded with the village's
 * decree (the cadre record of {@link KaderService}). Names stay inside the scope; nothing of a
 * candidate is public.
 */
@Service
public class CalonKaderService {

    public enum Sumber {
        MUSYAWARAH,
        PELATIHAN,
        KEGIATAN,
        LAINNYA
    }

    public enum Status {
        CALON,
        DIANGKAT,
        BATAL
    }

    public record Calon(
            long id,
            String kodeDesa,
            String nama,
            String jenisKelamin,
            JenisKader jenis,
            String alasan,
            Sumber sumber,
            Long sumberId,
            String sumberUraian,
            String diusulkanOleh,
            Instant diusulkan,
            Status status,
            Long kaderId,
            String catatan,
            int versi) {}

    public record Usulan(
            String nama,
            String jenisKelamin,
            String jenis,
            String alasan,
            String sumber,
            Long sumberId,
            String uraian) {}

    private final JdbcClient jdbc;
    private final KaderService kader;
    private final PelatihanService pelatihan;
    private final MusyawarahApi musyawarah;
    private final AuditTrail audit;
    private final Clock clock;

    CalonKaderService(
            JdbcClient jdbc,
            KaderService kader,
            PelatihanService pelatihan,
            MusyawarahApi musyawarah,
            AuditTrail audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.kader = kader;
        this.pelatihan = pelatihan;
        this.musyawarah = musyawarah;
        this.audit = audit;
        this.clock = clock;
    }

    static boolean bolehMengusulkan(PenggunaSaatIni me, String kodeDesa) {
        return KaderService.PENCATAT.contains(me.peran()) && me.bolehMencatat(kodeDesa);
    }

    /** A desa's candidates, those still waiting first, newest first. */
    @Transactional(readOnly = true)
    List<Calon> daftar(String kodeDesa, PenggunaSaatIni me) {
        Wilayah desa = kader.desaTerlihat(kodeDesa, me);
        return jdbc.sql("SELECT * FROM kader_calon WHERE kode_desa = :d"
                        + " ORDER BY CASE WHEN status = 'CALON' THEN 0 ELSE 1 END, diusulkan DESC, id DESC")
                .param("d", desa.kode())
                .query(CalonKaderService::baca)
                .list();
    }

    @Transactional(readOnly = true)
    public Calon calon(long id, PenggunaSaatIni me) {
        return jdbc.sql("SELECT * FROM kader_calon WHERE id = :id")
                .param("id", id)
                .query(CalonKaderService::baca)
                .optional()
                .filter(c -> me.mencakup(c.kodeDesa()))
                .orElseThrow(() -> new NotFoundException("kapasitas.calon.tidakDitemukan"));
    }

    @Transactional
    public Calon usulkan(String kodeDesa, Usulan u, PenggunaSaatIni me) {
        Wilayah desa = kader.desaTerlihat(kodeDesa, me);
        if (!bolehMengusulkan(me, desa.kode())) {
            throw new ForbiddenException("kapasitas.bukanPencatat");
        }
        List<FieldProblem> problems = new ArrayList<>();
        String nama = Teks.baris(u.nama());
        if (nama == null || nama.length() < 2 || nama.length() > 100) {
            problems.add(FieldProblem.of("nama", "kapasitas.namaWajib"));
        }
        if (!"L".equals(u.jenisKelamin()) && !"P".equals(u.jenisKelamin())) {
            problems.add(FieldProblem.of("jenisKelamin", "kapasitas.jenisKelaminWajib"));
        }
        JenisKader jenis = Teks.pilihan(JenisKader.class, u.jenis());
        if (jenis == null) {
            problems.add(FieldProblem.of("jenis", "kapasitas.jenisTidakSah"));
        }
        String alasan = Teks.bersih(u.alasan());
        if (alasan == null || alasan.length() > 1000) {
            problems.add(FieldProblem.of("alasan", "kapasitas.calon.alasanWajib"));
        }
        Sumber sumber = Teks.pilihan(Sumber.class, u.sumber());
        String uraian = Teks.baris(u.uraian());
        Long sumberId = null;
        if (sumber == null) {
            problems.add(FieldProblem.of("sumber", "kapasitas.calon.sumberWajib"));
        } else if (sumber == Sumber.MUSYAWARAH || sumber == Sumber.PELATIHAN) {
            sumberId = u.sumberId();
            if (sumberId == null || !sumberAda(sumber, sumberId, desa.kode(), me)) {
                problems.add(FieldProblem.of("sumberId", "kapasitas.calon.sumberTidakAda"));
            }
        } else if (uraian == null || uraian.length() > 200) {
            problems.add(FieldProblem.of("uraian", "kapasitas.calon.uraianWajib"));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems, "kapasitas.tidakLengkap");
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO kader_calon (kode_desa, nama, jenis_kelamin, jenis, alasan, sumber, sumber_id,"
                        + " sumber_uraian, diusulkan_oleh, diusulkan, status)"
                        + " VALUES (:d, :n, :jk, :j, :a, :s, :si, :su, :o, :w, 'CALON')")
                .param("d", desa.kode())
                .param("n", nama)
                .param("jk", u.jenisKelamin())
                .param("j", jenis.name())
                .param("a", alasan)
                .param("s", sumber.name())
                .param("si", sumberId)
                .param("su", uraian)
                .param("o", me.username())
                .param("w", Timestamp.from(Instant.now(clock)))
                .update(keys, "id");
        Calon c = calon(keys.getKey().longValue(), me);
        audit.record(AuditAction.BUAT, "kapasitas.CalonKader", c.id(), c.kodeDesa(), null, c);
        return c;
    }

    private boolean sumberAda(Sumber sumber, long id, String kodeDesa, PenggunaSaatIni me) {
        if (sumber == Sumber.MUSYAWARAH) {
            return musyawarah
                    .ringkas(id, me)
                    .filter(m -> m.kodeDesa().equals(kodeDesa))
                    .isPresent();
        }
        try {
            PelatihanService.Pelatihan p = pelatihan.pelatihan(id, me);
            return kodeDesa.startsWith(p.kodeWilayah());
        } catch (NotFoundException e) {
            return false;
        }
    }

    /**
     * The musyawarah that chose the candidate makes them a cadre: the cadre record (with its decree)
     * is written and the candidate points to it, in one transaction.
     */
    @Transactional
    KaderService.Kader angkat(
            long id,
            Integer versi,
            Long musyawarahId,
            String skNomor,
            LocalDate skTanggal,
            LocalDate mulai,
            PenggunaSaatIni me) {
        Calon c = calon(id, me);
        if (!bolehMengusulkan(me, c.kodeDesa())) {
            throw new ForbiddenException("kapasitas.bukanPencatat");
        }
        if (c.status() != Status.CALON) {
            throw new RuleViolationException("kapasitas.calon.sudahDiputuskan");
        }
        if (versi != null && versi != c.versi()) {
            throw new ConflictException("kapasitas.konflik");
        }
        if (musyawarahId == null) {
            throw new RuleViolationException(
                    List.of(FieldProblem.of("musyawarahId", "kapasitas.calon.musyawarahWajib")),
                    "kapasitas.calon.musyawarahWajib");
        }
        KaderService.Kader k = kader.simpan(
                c.kodeDesa(),
                null,
                null,
                new KaderService.Isian(
                        c.nama(),
                        c.jenisKelamin(),
                        c.jenis().name(),
                        null,
                        skNomor,
                        skTanggal,
                        musyawarahId,
                        mulai,
                        null,
                        "AKTIF",
                        List.of(),
                        null),
                me);
        ubahStatus(c, Status.DIANGKAT, k.id(), null);
        return k;
    }

    /** The candidate is not taken on (declined, moved away, …), with the reason. */
    @Transactional
    void batalkan(long id, Integer versi, String catatan, PenggunaSaatIni me) {
        Calon c = calon(id, me);
        if (!bolehMengusulkan(me, c.kodeDesa())) {
            throw new ForbiddenException("kapasitas.bukanPencatat");
        }
        if (c.status() != Status.CALON) {
            throw new RuleViolationException("kapasitas.calon.sudahDiputuskan");
        }
        if (versi != null && versi != c.versi()) {
            throw new ConflictException("kapasitas.konflik");
        }
        String why = Teks.baris(catatan);
        if (why == null || why.length() > 500) {
            throw new RuleViolationException(
                    List.of(FieldProblem.of("catatan", "kapasitas.calon.catatanWajib")),
                    "kapasitas.calon.catatanWajib");
        }
        ubahStatus(c, Status.BATAL, null, why);
    }

    private void ubahStatus(Calon c, Status status, Long kaderId, String catatan) {
        int n = jdbc.sql("UPDATE kader_calon SET status = :s, kader_id = :k, catatan = :c, versi = versi + 1"
                        + " WHERE id = :id AND versi = :v")
                .param("s", status.name())
                .param("k", kaderId)
                .param("c", catatan)
                .param("id", c.id())
                .param("v", c.versi())
                .update();
        if (n == 0) {
            throw new ConflictException("kapasitas.konflik");
        }
        audit.record(
                AuditAction.UBAH,
                "kapasitas.CalonKader",
                c.id(),
                c.kodeDesa(),
                java.util.Map.of("status", c.status().name()),
                java.util.Map.of("status", status.name(), "kaderId", kaderId == null ? "" : kaderId));
    }

    static Calon baca(ResultSet rs, int n) throws SQLException {
        long sid = rs.getLong("sumber_id");
        Long sumberId = rs.wasNull() ? null : sid;
        long kid = rs.getLong("kader_id");
        Long kaderId = rs.wasNull() ? null : kid;
        return new Calon(
                rs.getLong("id"),
                rs.getString("kode_desa"),
                rs.getString("nama"),
                rs.getString("jenis_kelamin"),
                JenisKader.valueOf(rs.getString("jenis")),
                rs.getString("alasan"),
                Sumber.valueOf(rs.getString("sumber")),
                sumberId,
                rs.getString("sumber_uraian"),
                rs.getString("diusulkan_oleh"),
                rs.getTimestamp("diusulkan").toInstant(),
                Status.valueOf(rs.getString("status")),
                kaderId,
                rs.getString("catatan"),
                rs.getInt("versi"));
    }
}
