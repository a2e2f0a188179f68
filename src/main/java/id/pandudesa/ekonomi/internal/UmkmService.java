package id.pandudesa.ekonomi.internal;

import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.akun.Peran;
import id.pandudesa.akun.WilayahTerlihat;
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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of a village's small businesses (UMKM): recorded by its KPMD, government and
 * facilitators; read within scope only (the owner's name, sex, poverty status and phone are
 * personal); counted by sector for a kecamatan or kabupaten in the database.
 */
@Service
public class UmkmService {

    static final Set<Peran> PENCATAT =
            EnumSet.of(Peran.KPMD, Peran.PEMDES, Peran.PLD, Peran.MITRA, Peran.PD, Peran.TA, Peran.ADMIN);

    public enum Sektor {
        PERTANIAN,
        PETERNAKAN,
        PERIKANAN,
        KULINER,
        KERAJINAN,
        FASHION,
        PERDAGANGAN,
        JASA,
        PARIWISATA,
        INDUSTRI_RUMAHAN,
        LAINNYA
    }

    /** Monthly turnover band (a micro business sells at most Rp 2 billion a year, PP 7/2021). */
    public enum Omzet {
        SAMPAI_5JT,
        SAMPAI_25JT,
        SAMPAI_167JT,
        LEBIH_167JT
    }

    public enum Dukungan {
        PELATIHAN,
        MODAL,
        KEMITRAAN_BUMDES,
        PEMASARAN,
        PERIZINAN
    }

    public record Umkm(
            long id,
            String kodeDesa,
            String nama,
            @Pribadi String pemilik,
            String pemilikJk,
            @Pribadi boolean rumahTanggaMiskin,
            @Pribadi String telepon,
            Sektor sektor,
            String produk,
            int pekerjaLaki,
            int pekerjaPerempuan,
            Omzet omzet,
            String nib,
            boolean halal,
            String pirt,
            Set<Dukungan> dukungan,
            Long bumdesId,
            int versi) {}

    public record Isian(
            String nama,
            String pemilik,
            String pemilikJk,
            boolean rumahTanggaMiskin,
            String telepon,
            String sektor,
            String produk,
            Integer pekerjaLaki,
            Integer pekerjaPerempuan,
            String omzet,
            String nib,
            boolean halal,
            String pirt,
            List<String> dukungan,
            Long bumdesId) {}

    private final JdbcClient jdbc;
    private final BumdesService bumdes;
    private final WilayahTerlihat terlihat;
    private final AuditTrail audit;
    private final Clock clock;

    UmkmService(JdbcClient jdbc, BumdesService bumdes, WilayahTerlihat terlihat, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.bumdes = bumdes;
        this.terlihat = terlihat;
        this.audit = audit;
        this.clock = clock;
    }

    Wilayah desa(String kode, PenggunaSaatIni me) {
        return terlihat.desa(kode, me, "ekonomi.desaTidakDitemukan");
    }

    static boolean bolehCatat(PenggunaSaatIni me, String kodeDesa) {
        return PENCATAT.contains(me.peran()) && me.bolehMencatat(kodeDesa);
    }

    @Transactional(readOnly = true)
    public List<Umkm> daftar(String kodeDesa, PenggunaSaatIni me) {
        Wilayah desa = desa(kodeDesa, me);
        return jdbc.sql("SELECT * FROM umkm WHERE kode_desa = :d ORDER BY sektor, nama, id")
                .param("d", desa.kode())
                .query(UmkmService::baca)
                .list();
    }

    @Transactional(readOnly = true)
    public Umkm umkm(long id, PenggunaSaatIni me) {
        return jdbc.sql("SELECT * FROM umkm WHERE id = :id")
                .param("id", id)
                .query(UmkmService::baca)
                .optional()
                .filter(u -> me.mencakup(u.kodeDesa()))
                .orElseThrow(() -> new NotFoundException("ekonomi.umkm.tidakDitemukan"));
    }

    /** Records a business ({@code id} null) or changes one at the version its form was opened at. */
    @Transactional
    public Umkm simpan(String kodeDesa, Long id, Integer versi, Isian u, PenggunaSaatIni me) {
        Wilayah desa = desa(kodeDesa, me);
        if (!bolehCatat(me, desa.kode())) {
            throw new ForbiddenException("ekonomi.umkm.bukanPencatat");
        }
        Umkm before = id == null ? null : umkm(id, me);
        if (before != null && !before.kodeDesa().equals(desa.kode())) {
            throw new NotFoundException("ekonomi.umkm.tidakDitemukan");
        }
        List<FieldProblem> problems = new ArrayList<>();
        String nama = Teks.baris(u.nama());
        if (nama == null || nama.length() > 200) {
            problems.add(FieldProblem.of("nama", "ekonomi.umkm.namaWajib"));
        }
        String pemilik = Teks.baris(u.pemilik());
        if (pemilik == null || pemilik.length() < 2 || pemilik.length() > 100) {
            problems.add(FieldProblem.of("pemilik", "ekonomi.umkm.pemilikWajib"));
        }
        if (!"L".equals(u.pemilikJk()) && !"P".equals(u.pemilikJk())) {
            problems.add(FieldProblem.of("pemilikJk", "ekonomi.umkm.jenisKelaminWajib"));
        }
        String telepon = Teks.baris(u.telepon());
        if (telepon != null && !Kontak.telepon(telepon)) {
            problems.add(FieldProblem.of("telepon", "ekonomi.umkm.teleponTidakSah"));
        }
        Sektor sektor = Teks.pilihan(Sektor.class, u.sektor());
        if (sektor == null) {
            problems.add(FieldProblem.of("sektor", "ekonomi.umkm.sektorWajib"));
        }
        String produk = Teks.baris(u.produk());
        if (produk != null && produk.length() > 500) {
            problems.add(FieldProblem.of("produk", "ekonomi.umkm.terlaluPanjang", 500));
        }
        int laki = u.pekerjaLaki() == null ? 0 : u.pekerjaLaki();
        int perempuan = u.pekerjaPerempuan() == null ? 0 : u.pekerjaPerempuan();
        if (laki < 0 || perempuan < 0 || laki > 10_000 || perempuan > 10_000) {
            problems.add(FieldProblem.of("pekerjaLaki", "ekonomi.umkm.pekerjaTidakSah"));
        }
        Omzet omzet = Teks.pilihan(Omzet.class, u.omzet());
        if (omzet == null) {
            problems.add(FieldProblem.of("omzet", "ekonomi.umkm.omzetWajib"));
        }
        String nib = Teks.baris(u.nib());
        if (nib != null && !nib.matches("[0-9]{13}")) {
            problems.add(FieldProblem.of("nib", "ekonomi.umkm.nibTidakSah"));
        }
        String pirt = Teks.baris(u.pirt());
        if (pirt != null && !pirt.matches("[0-9]{12,15}")) {
            problems.add(FieldProblem.of("pirt", "ekonomi.umkm.pirtTidakSah"));
        }
        Set<Dukungan> dukungan = new TreeSet<>();
        for (String d : u.dukungan() == null ? List.<String>of() : u.dukungan()) {
            Dukungan x = Teks.pilihan(Dukungan.class, d);
            if (x == null) {
                problems.add(FieldProblem.of("dukungan", "ekonomi.umkm.dukunganTidakSah"));
            } else {
                dukungan.add(x);
            }
        }
        if (u.bumdesId() != null && !bumdes.milikDesa(u.bumdesId(), desa.kode())) {
            problems.add(FieldProblem.of("bumdesId", "ekonomi.umkm.bumdesTidakAda"));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems, "ekonomi.umkm.tidakLengkap");
        }
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("nama", nama);
        p.put("pemilik", pemilik);
        p.put("jk", u.pemilikJk());
        p.put("miskin", u.rumahTanggaMiskin());
        p.put("telepon", Sandi.simpanKontak(telepon));
        p.put("telepon_sidik", Sandi.sidikKontak(telepon));
        p.put("sektor", sektor.name());
        p.put("produk", produk);
        p.put("laki", laki);
        p.put("perempuan", perempuan);
        p.put("omzet", omzet.name());
        p.put("nib", nib);
        p.put("halal", u.halal());
        p.put("pirt", pirt);
        p.put("dukungan", String.join(",", dukungan.stream().map(Enum::name).toList()));
        p.put("bumdes", u.bumdesId());
        long saved;
        if (before == null) {
            GeneratedKeyHolder keys = new GeneratedKeyHolder();
            p.put("desa", desa.kode());
            p.put("oleh", me.username());
            p.put("dibuat", Timestamp.from(Instant.now(clock)));
            jdbc.sql("""
                            INSERT INTO umkm (kode_desa, nama, pemilik, pemilik_jk, rumah_tangga_miskin, telepon, telepon_sidik, sektor,
                                produk, pekerja_laki, pekerja_perempuan, omzet, nib, halal, pirt, dukungan, bumdes_id,
                                dicatat_oleh, dibuat)
                            VALUES (:desa, :nama, :pemilik, :jk, :miskin, :telepon, :telepon_sidik, :sektor, :produk, :laki, :perempuan,
                                :omzet, :nib, :halal, :pirt, :dukungan, :bumdes, :oleh, :dibuat)""").params(p).update(keys, "id");
            saved = keys.getKey().longValue();
        } else {
            p.put("id", id);
            p.put("v", versi == null ? -1 : versi);
            int n = jdbc.sql("""
                            UPDATE umkm SET nama = :nama, pemilik = :pemilik, pemilik_jk = :jk,
                                rumah_tangga_miskin = :miskin, telepon = :telepon, telepon_sidik = :telepon_sidik,
                                sektor = :sektor, produk = :produk,
                                pekerja_laki = :laki, pekerja_perempuan = :perempuan, omzet = :omzet, nib = :nib,
                                halal = :halal, pirt = :pirt, dukungan = :dukungan, bumdes_id = :bumdes,
                                versi = versi + 1
                            WHERE id = :id AND versi = :v""").params(p).update();
            if (n == 0) {
                throw new ConflictException("ekonomi.umkm.konflik");
            }
            saved = id;
        }
        Umkm after = umkm(saved, me);
        audit.record(
                before == null ? AuditAction.BUAT : AuditAction.UBAH,
                "ekonomi.Umkm",
                saved,
                desa.kode(),
                before,
                after);
        return after;
    }

    /** Businesses per sector in a region (a kecamatan's or kabupaten's desa codes start with its code). */
    public record PerSektor(
            Sektor sektor, long usaha, long pekerjaLaki, long pekerjaPerempuan, long pemilikPerempuan) {}

    @Transactional(readOnly = true)
    public List<PerSektor> rekap(String kodeWilayah) {
        var range = id.pandudesa.wilayah.KodeWilayah.rentang(List.of(kodeWilayah), "kode_desa", "w");
        return jdbc.sql(
                        "SELECT sektor, COUNT(*) AS usaha, SUM(pekerja_laki) AS laki, SUM(pekerja_perempuan) AS perempuan,"
                                + " SUM(CASE WHEN pemilik_jk = 'P' THEN 1 ELSE 0 END) AS pemilik_p"
                                + " FROM umkm WHERE " + range.sql() + " GROUP BY sektor ORDER BY COUNT(*) DESC, sektor")
                .params(range.params())
                .query((rs, n) -> new PerSektor(
                        Sektor.valueOf(rs.getString("sektor")),
                        rs.getLong("usaha"),
                        rs.getLong("laki"),
                        rs.getLong("perempuan"),
                        rs.getLong("pemilik_p")))
                .list();
    }

    static Umkm baca(ResultSet rs, int n) throws SQLException {
        long b = rs.getLong("bumdes_id");
        Long bumdes = rs.wasNull() ? null : b;
        String d = rs.getString("dukungan");
        Set<Dukungan> dukungan = new TreeSet<>();
        if (d != null && !d.isBlank()) {
            Arrays.stream(d.split(",")).map(Dukungan::valueOf).forEach(dukungan::add);
        }
        return new Umkm(
                rs.getLong("id"),
                rs.getString("kode_desa"),
                rs.getString("nama"),
                rs.getString("pemilik"),
                rs.getString("pemilik_jk"),
                rs.getBoolean("rumah_tangga_miskin"),
                Sandi.buka(rs.getString("telepon")),
                Sektor.valueOf(rs.getString("sektor")),
                rs.getString("produk"),
                rs.getInt("pekerja_laki"),
                rs.getInt("pekerja_perempuan"),
                Omzet.valueOf(rs.getString("omzet")),
                rs.getString("nib"),
                rs.getBoolean("halal"),
                rs.getString("pirt"),
                dukungan,
                bumdes,
                rs.getInt("versi"));
    }
}
