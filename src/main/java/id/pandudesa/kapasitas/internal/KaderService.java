package id.pandudesa.kapasitas.internal;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.akun.Peran;
import id.pandudesa.akun.WilayahTerlihat;
import id.pandudesa.musyawarah.MusyawarahApi;
import id.pandudesa.platform.ConflictException;
import id.pandudesa.platform.FieldProblem;
import id.pandudesa.platform.ForbiddenException;
import id.pandudesa.platform.Kontak;
import id.pandudesa.platform.NotFoundException;
import id.pandudesa.platform.RuleViolationException;
import id.pandudesa.platform.Teks;
import id.pandudesa.platform.audit.AuditAction;
import id.pandudesa.platform.audit.AuditTrail;
import id.pandudesa.platform.privasi.Pribadi;
import id.pandudesa.platform.privasi.Sandi;
import id.pandudesa.wilayah.Wilayah;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry of a village's cadres. The village (KPMD, PEMDES) records them with the facilitators
 * (PLD, PD) and admins; everyone whose scope covers the desa reads them.
 */
@Service
public class KaderService {

    static final Set<Peran> PENCATAT = EnumSet.of(Peran.KPMD, Peran.PEMDES, Peran.PLD, Peran.PD, Peran.ADMIN);

    enum Status {
        AKTIF,
        BERHENTI
    }

    public record Kader(
            long id,
            String kodeDesa,
            String nama,
            String jenisKelamin,
            JenisKader jenis,
            @Pribadi String telepon,
            String skNomor,
            LocalDate skTanggal,
            Long musyawarahId,
            LocalDate mulai,
            LocalDate selesai,
            Status status,
            Set<String> kompetensi,
            String username,
            int versi) {

        public boolean masaBaktiBerakhir(LocalDate hariIni) {
            return selesai != null && selesai.isBefore(hariIni);
        }
    }

    /** What a form or the demo sends; all text as typed. */
    public record Isian(
            String nama,
            String jenisKelamin,
            String jenis,
            String telepon,
            String skNomor,
            LocalDate skTanggal,
            Long musyawarahId,
            LocalDate mulai,
            LocalDate selesai,
            String status,
            List<String> kompetensi,
            String username) {}

    static final String KOLOM =
            "id, kode_desa, nama, jenis_kelamin, jenis, telepon, sk_nomor, sk_tanggal, musyawarah_id,"
                    + " mulai, selesai, status, kompetensi, username, versi";

    private final JdbcClient jdbc;
    private final MusyawarahApi musyawarah;
    private final AkunApi akun;
    private final Kompetensi kompetensi;
    private final AuditTrail audit;
    private final Clock clock;

    private final WilayahTerlihat terlihat;

    public KaderService(
            WilayahTerlihat terlihat,
            JdbcClient jdbc,
            MusyawarahApi musyawarah,
            AkunApi akun,
            Kompetensi kompetensi,
            AuditTrail audit,
            Clock clock) {
        this.terlihat = terlihat;
        this.jdbc = jdbc;
        this.musyawarah = musyawarah;
        this.akun = akun;
        this.kompetensi = kompetensi;
        this.audit = audit;
        this.clock = clock;
    }

    Wilayah desaTerlihat(String kode, PenggunaSaatIni me) {
        return terlihat.desa(kode, me, "kapasitas.desaTidakDitemukan");
    }

    public LocalDate hariIni() {
        return LocalDate.now(clock.withZone(ZoneId.of("Asia/Jakarta")));
    }

    @Transactional(readOnly = true)
    public List<Kader> daftar(String kodeDesa) {
        return jdbc.sql("SELECT " + KOLOM + " FROM kader WHERE kode_desa = :d ORDER BY status, jenis, nama")
                .param("d", kodeDesa)
                .query(KaderService::baca)
                .list();
    }

    @Transactional(readOnly = true)
    public Kader kader(long id, PenggunaSaatIni me) {
        return jdbc.sql("SELECT " + KOLOM + " FROM kader WHERE id = :id")
                .param("id", id)
                .query(KaderService::baca)
                .optional()
                .filter(k -> me.mencakup(k.kodeDesa()))
                .orElseThrow(() -> new NotFoundException("kapasitas.kaderTidakDitemukan", id));
    }

    /** Records a new cadre ({@code id} null) or changes one at the version the form was opened at. */
    @Transactional
    public Kader simpan(String kodeDesa, Long id, Integer versi, Isian isian, PenggunaSaatIni me) {
        Wilayah desa = desaTerlihat(kodeDesa, me);
        if (!PENCATAT.contains(me.peran())) {
            throw new ForbiddenException("kapasitas.bukanPencatat");
        }
        Kader before = id == null ? null : kader(id, me);
        if (before != null && !before.kodeDesa().equals(desa.kode())) {
            throw new NotFoundException("kapasitas.kaderTidakDitemukan", id);
        }
        List<FieldProblem> problems = new ArrayList<>();
        String nama = Teks.baris(isian.nama());
        if (nama == null || nama.length() < 2 || nama.length() > 100) {
            problems.add(FieldProblem.of("nama", "kapasitas.namaWajib"));
        }
        if (!"L".equals(isian.jenisKelamin()) && !"P".equals(isian.jenisKelamin())) {
            problems.add(FieldProblem.of("jenisKelamin", "kapasitas.jenisKelaminWajib"));
        }
        JenisKader jenis = Teks.pilihan(JenisKader.class, isian.jenis());
        if (jenis == null) {
            problems.add(FieldProblem.of("jenis", "kapasitas.jenisTidakSah"));
        }
        Status status = isian.status() == null || isian.status().isBlank()
                ? Status.AKTIF
                : Teks.pilihan(Status.class, isian.status());
        if (status == null) {
            problems.add(FieldProblem.of("status", "kapasitas.statusTidakSah"));
        }
        String telepon = Teks.baris(isian.telepon());
        if (telepon != null && !Kontak.telepon(telepon)) {
            problems.add(FieldProblem.of("telepon", "kapasitas.teleponTidakSah"));
        }
        String sk = Teks.baris(isian.skNomor());
        if (sk != null && sk.length() > 100) {
            problems.add(FieldProblem.of("skNomor", "kapasitas.terlaluPanjang", 100));
        }
        LocalDate today = hariIni();
        if (isian.skTanggal() != null && isian.skTanggal().isAfter(today)) {
            problems.add(FieldProblem.of("skTanggal", "kapasitas.tanggalMasaDepan"));
        }
        if (isian.mulai() == null) {
            problems.add(FieldProblem.of("mulai", "kapasitas.mulaiWajib"));
        } else if (isian.selesai() != null && isian.selesai().isBefore(isian.mulai())) {
            problems.add(FieldProblem.of("selesai", "kapasitas.selesaiSebelumMulai"));
        }
        if (isian.musyawarahId() != null
                && musyawarah
                        .ringkas(isian.musyawarahId(), me)
                        .filter(m -> m.kodeDesa().equals(desa.kode()))
                        .isEmpty()) {
            problems.add(FieldProblem.of("musyawarahId", "kapasitas.musyawarahTidakAda", isian.musyawarahId()));
        }
        List<String> comps = isian.kompetensi() == null ? List.of() : isian.kompetensi();
        for (String c : comps) {
            if (!kompetensi.ada(c)) {
                problems.add(FieldProblem.of("kompetensi", "kapasitas.kompetensiTidakDikenal", c));
            }
        }
        String username = Teks.baris(isian.username());
        if (username != null) {
            boolean serves =
                    akun.profil(username).filter(u -> u.mencakup(desa.kode())).isPresent();
            if (!serves) {
                problems.add(FieldProblem.of("username", "kapasitas.akunTidakSah", username));
            } else if (jdbc.sql("SELECT COUNT(*) FROM kader WHERE username = :u AND kode_desa = :d AND status = 'AKTIF'"
                                    + " AND id <> :id")
                            .param("u", username)
                            .param("d", desa.kode())
                            .param("id", id == null ? -1L : id)
                            .query(Long.class)
                            .single()
                    > 0) {
                problems.add(FieldProblem.of("username", "kapasitas.akunSudahDipakai", username));
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems, "kapasitas.tidakLengkap");
        }
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("nama", nama);
        p.put("jk", isian.jenisKelamin());
        p.put("jenis", jenis.name());
        p.put("telepon", Sandi.simpanKontak(telepon));
        p.put("telepon_sidik", Sandi.sidikKontak(telepon));
        p.put("sk", sk);
        p.put("skt", isian.skTanggal() == null ? null : Date.valueOf(isian.skTanggal()));
        p.put("m", isian.musyawarahId());
        p.put("mulai", Date.valueOf(isian.mulai()));
        p.put("selesai", isian.selesai() == null ? null : Date.valueOf(isian.selesai()));
        p.put("status", status.name());
        Set<String> all = new java.util.TreeSet<>(comps);
        p.put("kompetensi", Kompetensi.simpan(all));
        p.put("username", username);
        long savedId;
        if (before == null) {
            GeneratedKeyHolder keys = new GeneratedKeyHolder();
            p.put("desa", desa.kode());
            p.put("dibuat", Timestamp.from(Instant.now(clock)));
            jdbc.sql("""
                            INSERT INTO kader (kode_desa, nama, jenis_kelamin, jenis, telepon, telepon_sidik, sk_nomor, sk_tanggal,
                                musyawarah_id, mulai, selesai, status, kompetensi, username, dibuat)
                            VALUES (:desa, :nama, :jk, :jenis, :telepon, :telepon_sidik, :sk, :skt, :m, :mulai, :selesai, :status,
                                :kompetensi, :username, :dibuat)""").params(p).update(keys, "id");
            savedId = keys.getKey().longValue();
        } else {
            p.put("id", id);
            p.put("v", versi == null ? -1 : versi);
            int updated = jdbc.sql("""
                            UPDATE kader SET nama = :nama, jenis_kelamin = :jk, jenis = :jenis, telepon = :telepon,
                                telepon_sidik = :telepon_sidik,
                                sk_nomor = :sk, sk_tanggal = :skt, musyawarah_id = :m, mulai = :mulai,
                                selesai = :selesai, status = :status, kompetensi = :kompetensi, username = :username,
                                versi = versi + 1
                            WHERE id = :id AND versi = :v""").params(p).update();
            if (updated == 0) {
                throw new ConflictException("kapasitas.konflik");
            }
            savedId = id;
        }
        Kader after = kader(savedId, me);
        audit.record(
                before == null ? AuditAction.BUAT : AuditAction.UBAH,
                "kapasitas.Kader",
                savedId,
                desa.kode(),
                before,
                after);
        return after;
    }

    /** Adds the competencies of a certified training to a cadre's record. */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    void tambahKompetensi(long kaderId, Set<String> baru, String kodeDesa) {
        String stored = jdbc.sql("SELECT kompetensi FROM kader WHERE id = :id")
                .param("id", kaderId)
                .query(String.class)
                .single();
        Set<String> all = new java.util.TreeSet<>(Kompetensi.baca(stored));
        if (all.addAll(baru)) {
            jdbc.sql("UPDATE kader SET kompetensi = :k, versi = versi + 1 WHERE id = :id")
                    .param("k", Kompetensi.simpan(all))
                    .param("id", kaderId)
                    .update();
            audit.record(
                    AuditAction.UBAH,
                    "kapasitas.Kader",
                    kaderId,
                    kodeDesa,
                    Map.of("kompetensi", stored),
                    Map.of("kompetensi", Kompetensi.simpan(all)));
        }
    }

    /** Usernames linked to active cadres, as {@code username|kodeDesa}, under a region. */
    @Transactional(readOnly = true)
    public List<String> akunKader(String prefiks) {
        var region = id.pandudesa.akun.Lingkup.of(List.of(prefiks)).sql("kode_desa", "w");
        return jdbc.sql("SELECT username || '|' || kode_desa FROM kader WHERE username IS NOT NULL AND status = 'AKTIF'"
                        + " AND " + region.sql())
                .params(region.params())
                .query(String.class)
                .list();
    }

    Optional<Kader> cari(long id) {
        return jdbc.sql("SELECT " + KOLOM + " FROM kader WHERE id = :id")
                .param("id", id)
                .query(KaderService::baca)
                .optional();
    }

    static Kader baca(ResultSet rs, int n) throws SQLException {
        return new Kader(
                rs.getLong("id"),
                rs.getString("kode_desa"),
                rs.getString("nama"),
                rs.getString("jenis_kelamin"),
                JenisKader.valueOf(rs.getString("jenis")),
                Sandi.buka(rs.getString("telepon")),
                rs.getString("sk_nomor"),
                rs.getDate("sk_tanggal") == null
                        ? null
                        : rs.getDate("sk_tanggal").toLocalDate(),
                rs.getObject("musyawarah_id", Long.class),
                rs.getDate("mulai").toLocalDate(),
                rs.getDate("selesai") == null ? null : rs.getDate("selesai").toLocalDate(),
                Status.valueOf(rs.getString("status")),
                Kompetensi.baca(rs.getString("kompetensi")),
                rs.getString("username"),
                rs.getInt("versi"));
    }
}
