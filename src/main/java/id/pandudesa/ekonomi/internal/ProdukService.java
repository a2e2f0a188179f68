package id.pandudesa.ekonomi.internal;

import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.platform.ConflictException;
import id.pandudesa.platform.FieldProblem;
import id.pandudesa.platform.ForbiddenException;
import id.pandudesa.platform.Kontak;
import id.pandudesa.platform.NotFoundException;
import id.pandudesa.platform.RuleViolationException;
import id.pandudesa.platform.Teks;
import id.pandudesa.platform.audit.AuditAction;
import id.pandudesa.platform.audit.AuditTrail;
import id.pandudesa.platform.storage.FileService;
import id.pandudesa.wilayah.Wilayah;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The village's products (seed 001: konsolidasi produk, jaringan pemasaran): one product may stand
 * for several producers (the village's UMKM) or a BUMDes unit, with a price range, a photo, a
 * WhatsApp number for buyers and the shops, markets and online shops that sell it. Published
 * products are public on the village board and its catalogue — without the producers' owners.
 */
@Service
public class ProdukService {

    public enum JenisMitra {
        TOKO,
        PASAR,
        BUMDESMA,
        DARING,
        LAINNYA
    }

    public record Produk(
            long id,
            String kodeDesa,
            String nama,
            String uraian,
            long hargaMin,
            long hargaMaks,
            String satuan,
            String whatsapp,
            Long fotoBerkasId,
            Long bumdesId,
            boolean publik,
            int versi) {

        /** The number as wa.me wants it: 62… without a plus sign. */
        public String waMe() {
            if (whatsapp == null) {
                return null;
            }
            String digits = whatsapp.replaceAll("[^0-9]", "");
            return digits.startsWith("0") ? "62" + digits.substring(1) : digits;
        }
    }

    public record Mitra(long id, String nama, JenisMitra jenis, String tautan) {}

    public record Isian(
            String nama,
            String uraian,
            Long hargaMin,
            Long hargaMaks,
            String satuan,
            String whatsapp,
            Long bumdesId,
            List<Long> produsen,
            boolean publik) {}

    private final JdbcClient jdbc;
    private final BumdesService bumdes;
    private final UmkmService umkm;
    private final FileService files;
    private final AuditTrail audit;
    private final Clock clock;

    ProdukService(
            JdbcClient jdbc, BumdesService bumdes, UmkmService umkm, FileService files, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.bumdes = bumdes;
        this.umkm = umkm;
        this.files = files;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Produk> daftar(String kodeDesa, PenggunaSaatIni me) {
        Wilayah desa = umkm.desa(kodeDesa, me);
        return jdbc.sql("SELECT * FROM produk_desa WHERE kode_desa = :d ORDER BY id DESC")
                .param("d", desa.kode())
                .query(ProdukService::baca)
                .list();
    }

    /** Published products of a desa, newest first (for everyone). */
    @Transactional(readOnly = true)
    public List<Produk> publik(String kodeDesa, int batas) {
        return jdbc.sql("SELECT * FROM produk_desa WHERE kode_desa = :d AND publik ORDER BY id DESC FETCH FIRST "
                        + Math.max(1, Math.min(batas, 200)) + " ROWS ONLY")
                .param("d", kodeDesa)
                .query(ProdukService::baca)
                .list();
    }

    public Optional<Produk> cari(long id) {
        return jdbc.sql("SELECT * FROM produk_desa WHERE id = :id")
                .param("id", id)
                .query(ProdukService::baca)
                .optional();
    }

    @Transactional(readOnly = true)
    public Produk produk(long id, PenggunaSaatIni me) {
        return cari(id).filter(p -> me.mencakup(p.kodeDesa()))
                .orElseThrow(() -> new NotFoundException("ekonomi.produk.tidakDitemukan"));
    }

    /** The producers behind a product (their business names; owners stay in the UMKM register). */
    public List<String> produsen(long produkId) {
        return jdbc.sql("SELECT u.nama FROM produk_produsen pp JOIN umkm u ON u.id = pp.umkm_id"
                        + " WHERE pp.produk_id = :p ORDER BY u.nama")
                .param("p", produkId)
                .query(String.class)
                .list();
    }

    public List<Long> produsenId(long produkId) {
        return jdbc.sql("SELECT umkm_id FROM produk_produsen WHERE produk_id = :p ORDER BY umkm_id")
                .param("p", produkId)
                .query(Long.class)
                .list();
    }

    public List<Mitra> mitra(long produkId) {
        return jdbc.sql("SELECT id, nama, jenis, tautan FROM produk_mitra WHERE produk_id = :p ORDER BY jenis, nama")
                .param("p", produkId)
                .query((rs, n) -> new Mitra(
                        rs.getLong("id"),
                        rs.getString("nama"),
                        JenisMitra.valueOf(rs.getString("jenis")),
                        rs.getString("tautan")))
                .list();
    }

    @Transactional
    public Produk simpan(
            String kodeDesa, Long id, Integer versi, Isian x, byte[] foto, String namaFoto, PenggunaSaatIni me) {
        Wilayah desa = umkm.desa(kodeDesa, me);
        if (!UmkmService.bolehCatat(me, desa.kode())) {
            throw new ForbiddenException("ekonomi.umkm.bukanPencatat");
        }
        Produk before = id == null ? null : produk(id, me);
        if (before != null && !before.kodeDesa().equals(desa.kode())) {
            throw new NotFoundException("ekonomi.produk.tidakDitemukan");
        }
        List<FieldProblem> problems = new ArrayList<>();
        String nama = Teks.baris(x.nama());
        if (nama == null || nama.length() > 200) {
            problems.add(FieldProblem.of("nama", "ekonomi.produk.namaWajib"));
        }
        String uraian = Teks.bersih(x.uraian());
        if (uraian != null && uraian.length() > 1000) {
            problems.add(FieldProblem.of("uraian", "ekonomi.umkm.terlaluPanjang", 1000));
        }
        if (x.hargaMin() == null || x.hargaMin() < 0) {
            problems.add(FieldProblem.of("hargaMin", "ekonomi.produk.hargaWajib"));
        }
        long maks = x.hargaMaks() == null ? (x.hargaMin() == null ? 0 : x.hargaMin()) : x.hargaMaks();
        if (x.hargaMin() != null && maks < x.hargaMin()) {
            problems.add(FieldProblem.of("hargaMaks", "ekonomi.produk.hargaTerbalik"));
        }
        String satuan = Teks.baris(x.satuan());
        if (satuan == null || satuan.length() > 30) {
            problems.add(FieldProblem.of("satuan", "ekonomi.produk.satuanWajib"));
        }
        String wa = Teks.baris(x.whatsapp());
        if (wa != null && (!Kontak.telepon(wa) || wa.length() > 20)) {
            problems.add(FieldProblem.of("whatsapp", "ekonomi.umkm.teleponTidakSah"));
        }
        List<Long> produsen = x.produsen() == null
                ? List.of()
                : x.produsen().stream().distinct().toList();
        for (Long u : produsen) {
            if (jdbc.sql("SELECT COUNT(*) FROM umkm WHERE id = :u AND kode_desa = :d")
                            .param("u", u)
                            .param("d", desa.kode())
                            .query(Long.class)
                            .single()
                    == 0) {
                problems.add(FieldProblem.of("produsen", "ekonomi.produk.produsenTidakAda"));
            }
        }
        if (x.bumdesId() != null && !bumdes.milikDesa(x.bumdesId(), desa.kode())) {
            problems.add(FieldProblem.of("bumdesId", "ekonomi.umkm.bumdesTidakAda"));
        }
        if (produsen.isEmpty() && x.bumdesId() == null) {
            problems.add(FieldProblem.of("produsen", "ekonomi.produk.asalWajib"));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems, "ekonomi.umkm.tidakLengkap");
        }
        Long fotoId = before == null ? null : before.fotoBerkasId();
        if (foto != null && foto.length > 0) {
            fotoId = files.simpanFoto(foto, namaFoto, desa.kode(), me.username(), false, "foto")
                    .id();
        }
        long saved;
        if (before == null) {
            GeneratedKeyHolder keys = new GeneratedKeyHolder();
            jdbc.sql("INSERT INTO produk_desa (kode_desa, nama, uraian, harga_min, harga_maks, satuan, whatsapp,"
                            + " foto_berkas_id, bumdes_id, publik, dicatat_oleh, dibuat)"
                            + " VALUES (:d, :n, :u, :min, :max, :s, :wa, :f, :b, :p, :o, :t)")
                    .param("d", desa.kode())
                    .param("n", nama)
                    .param("u", uraian)
                    .param("min", x.hargaMin())
                    .param("max", maks)
                    .param("s", satuan)
                    .param("wa", wa)
                    .param("f", fotoId)
                    .param("b", x.bumdesId())
                    .param("p", x.publik())
                    .param("o", me.username())
                    .param("t", Timestamp.from(Instant.now(clock)))
                    .update(keys, "id");
            saved = keys.getKey().longValue();
        } else {
            int n = jdbc.sql("UPDATE produk_desa SET nama = :n, uraian = :u, harga_min = :min, harga_maks = :max,"
                            + " satuan = :s, whatsapp = :wa, foto_berkas_id = :f, bumdes_id = :b, publik = :p,"
                            + " versi = versi + 1 WHERE id = :id AND versi = :v")
                    .param("n", nama)
                    .param("u", uraian)
                    .param("min", x.hargaMin())
                    .param("max", maks)
                    .param("s", satuan)
                    .param("wa", wa)
                    .param("f", fotoId)
                    .param("b", x.bumdesId())
                    .param("p", x.publik())
                    .param("id", id)
                    .param("v", versi == null ? -1 : versi)
                    .update();
            if (n == 0) {
                throw new ConflictException("ekonomi.umkm.konflik");
            }
            saved = id;
            jdbc.sql("DELETE FROM produk_produsen WHERE produk_id = :p")
                    .param("p", saved)
                    .update();
        }
        for (Long u : produsen) {
            jdbc.sql("INSERT INTO produk_produsen (produk_id, umkm_id) VALUES (:p, :u)")
                    .param("p", saved)
                    .param("u", u)
                    .update();
        }
        Produk after = produk(saved, me);
        audit.record(
                before == null ? AuditAction.BUAT : AuditAction.UBAH,
                "ekonomi.Produk",
                saved,
                desa.kode(),
                before,
                Map.of("produk", after, "produsen", produsen));
        return after;
    }

    /** A shop, market, BUMDes Bersama or online shop that sells the product. */
    @Transactional
    public void tambahMitra(long produkId, String nama, String jenis, String tautan, PenggunaSaatIni me) {
        Produk p = produk(produkId, me);
        if (!UmkmService.bolehCatat(me, p.kodeDesa())) {
            throw new ForbiddenException("ekonomi.umkm.bukanPencatat");
        }
        List<FieldProblem> problems = new ArrayList<>();
        String n = Teks.baris(nama);
        if (n == null || n.length() > 200) {
            problems.add(FieldProblem.of("namaMitra", "ekonomi.produk.mitraWajib"));
        }
        JenisMitra j = Teks.pilihan(JenisMitra.class, jenis);
        if (j == null) {
            problems.add(FieldProblem.of("jenisMitra", "ekonomi.produk.jenisMitraWajib"));
        }
        String t = Teks.baris(tautan);
        if (t != null && (t.length() > 300 || !t.matches("https?://[^\\s<>\"]+"))) {
            problems.add(FieldProblem.of("tautan", "ekonomi.produk.tautanTidakSah"));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems, "ekonomi.umkm.tidakLengkap");
        }
        jdbc.sql("INSERT INTO produk_mitra (produk_id, nama, jenis, tautan) VALUES (:p, :n, :j, :t)")
                .param("p", produkId)
                .param("n", n)
                .param("j", j.name())
                .param("t", t)
                .update();
        audit.record(
                AuditAction.UBAH,
                "ekonomi.Produk",
                produkId,
                p.kodeDesa(),
                null,
                Map.of("mitra", n, "jenis", j.name(), "tautan", t == null ? "" : t));
    }

    static Produk baca(ResultSet rs, int n) throws SQLException {
        long f = rs.getLong("foto_berkas_id");
        Long foto = rs.wasNull() ? null : f;
        long b = rs.getLong("bumdes_id");
        Long bumdes = rs.wasNull() ? null : b;
        return new Produk(
                rs.getLong("id"),
                rs.getString("kode_desa"),
                rs.getString("nama"),
                rs.getString("uraian"),
                rs.getLong("harga_min"),
                rs.getLong("harga_maks"),
                rs.getString("satuan"),
                rs.getString("whatsapp"),
                foto,
                bumdes,
                rs.getBoolean("publik"),
                rs.getInt("versi"));
    }
}
