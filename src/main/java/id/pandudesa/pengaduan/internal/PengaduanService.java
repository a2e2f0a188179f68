package id.pandudesa.pengaduan.internal;

import id.pandudesa.akun.Lingkup;
import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.akun.Peran;
import id.pandudesa.pengaduan.KategoriPengaduan;
import id.pandudesa.pengaduan.StatusPengaduan;
import id.pandudesa.platform.FieldProblem;
import id.pandudesa.platform.Kontak;
import id.pandudesa.platform.NotFoundException;
import id.pandudesa.platform.PageQuery;
import id.pandudesa.platform.PageResult;
import id.pandudesa.platform.RuleViolationException;
import id.pandudesa.platform.Teks;
import id.pandudesa.platform.audit.AuditAction;
import id.pandudesa.platform.audit.AuditTrail;
import id.pandudesa.platform.storage.Berkas;
import id.pandudesa.platform.storage.FileService;
import id.pandudesa.wilayah.KodeWilayah;
import id.pandudesa.wilayah.Wilayah;
import id.pandudesa.wilayah.WilayahApi;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Intake of complaints (public form and posko), the citizen's tracking view, and the handlers'
 * lists and case pages. The complainant's identity leaves this class only through {@link #tampil}
 * for a handler of the case.
 */
@Service
public class PengaduanService {

    static final int MAKS_LAMPIRAN = 3;
    static final int URAIAN_MIN = 20;
    static final int URAIAN_MAKS = 4000;
    static final String WARGA = "warga";
    private static final String HURUF = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final SecureRandom ACAK = new SecureRandom();

    /** What the complainant (or the operator for them) files. */
    public record Aduan(String kodeDesa, String kategori, String uraian, String nama, String kontak, boolean anonim) {}

    record Lampiran(byte[] isi, String nama) {}

    /** A step of a case as its page shows it. */
    record Langkah(
            long id,
            Instant waktu,
            String pelaku,
            StatusPengaduan dari,
            StatusPengaduan ke,
            String catatan,
            String tanggapan,
            boolean otomatis) {}

    /** A case for its handlers' page; identity present only for those allowed to see it. */
    record Tampilan(
            Kasus kasus,
            Wilayah desa,
            boolean identitasTerlihat,
            boolean bolehBertindak,
            List<Langkah> langkah,
            List<Berkas> lampiran) {}

    record Filter(String desa, StatusPengaduan status, KategoriPengaduan kategori, boolean terlambat) {}

    private final JdbcClient jdbc;
    private final WilayahApi wilayah;
    private final FileService files;
    private final AuditTrail audit;
    private final TenggatPengaduan tenggat;
    private final PemberitahuanPengaduan pemberitahuan;
    private final BatasKiriman batas;
    private final Clock clock;

    public PengaduanService(
            JdbcClient jdbc,
            WilayahApi wilayah,
            FileService files,
            AuditTrail audit,
            TenggatPengaduan tenggat,
            PemberitahuanPengaduan pemberitahuan,
            BatasKiriman batas,
            Clock clock) {
        this.jdbc = jdbc;
        this.wilayah = wilayah;
        this.files = files;
        this.audit = audit;
        this.tenggat = tenggat;
        this.pemberitahuan = pemberitahuan;
        this.batas = batas;
        this.clock = clock;
    }

    /** A complaint from the public form or API; returns its tracking code. Checked whole first. */
    @Transactional
    public Kasus ajukan(Aduan aduan, List<Lampiran> lampiran, String pengirim) {
        Kasus kasus = simpan(aduan, lampiran, Saluran.WEB, null);
        batas.hitung(pengirim);
        return kasus;
    }

    /** A complaint received at the posko, by SMS, WhatsApp or phone, recorded by a handler. */
    @Transactional
    public Kasus catat(Aduan aduan, String saluran, List<Lampiran> lampiran, PenggunaSaatIni me) {
        if (!AlurPengaduan.PENANGAN.contains(me.peran()) && me.peran() != Peran.PEMDES) {
            throw new id.pandudesa.platform.ForbiddenException("pengaduan.bukanPenangan");
        }
        Saluran lewat = Teks.pilihan(Saluran.class, saluran);
        if (lewat == null || lewat == Saluran.WEB) {
            throw new RuleViolationException(
                    List.of(FieldProblem.of("saluran", "pengaduan.saluranTidakSah")), "pengaduan.saluranTidakSah");
        }
        if (aduan.kodeDesa() != null && !me.mencakup(aduan.kodeDesa().trim())) {
            throw new NotFoundException("pengaduan.desaTidakDitemukan", aduan.kodeDesa());
        }
        return simpan(aduan, lampiran, lewat, me.username());
    }

    private Kasus simpan(Aduan aduan, List<Lampiran> lampiran, Saluran saluran, String operator) {
        List<FieldProblem> problems = new ArrayList<>();
        String kode = aduan.kodeDesa() == null ? "" : KodeWilayah.normalisasi(aduan.kodeDesa());
        Optional<Wilayah> desa =
                kode.matches("\\d{10}") ? wilayah.cari(kode).filter(Wilayah::isDesa) : Optional.empty();
        if (desa.isEmpty()) {
            problems.add(FieldProblem.of("kodeDesa", "pengaduan.desaTidakDitemukan", safe(aduan.kodeDesa())));
        }
        KategoriPengaduan kategori = Teks.pilihan(KategoriPengaduan.class, aduan.kategori());
        if (kategori == null) {
            problems.add(FieldProblem.of("kategori", "pengaduan.kategoriTidakSah"));
        }
        String uraian = Teks.bersih(aduan.uraian());
        if (uraian == null || uraian.length() < URAIAN_MIN) {
            problems.add(FieldProblem.of("uraian", "pengaduan.uraianPendek", URAIAN_MIN));
        } else if (uraian.length() > URAIAN_MAKS) {
            problems.add(FieldProblem.of("uraian", "pengaduan.uraianPanjang", URAIAN_MAKS));
        }
        String nama = aduan.anonim() ? null : Teks.bersih(aduan.nama());
        String kontak = aduan.anonim() ? null : Teks.bersih(aduan.kontak());
        if (nama != null && nama.length() > 100) {
            problems.add(FieldProblem.of("nama", "pengaduan.namaPanjang", 100));
        }
        if (kontak != null && !(Kontak.telepon(kontak) || (kontak.length() <= 100 && Kontak.email(kontak)))) {
            problems.add(FieldProblem.of("kontak", "pengaduan.kontakTidakSah"));
        }
        if (lampiran.size() > MAKS_LAMPIRAN) {
            problems.add(FieldProblem.of("lampiran", "pengaduan.lampiranTerlaluBanyak", MAKS_LAMPIRAN));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems, "pengaduan.tidakLengkap");
        }
        Instant now = Instant.now(clock);
        String kodeLacak = kodeLacakBaru();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO pengaduan (kode_lacak, kode_desa, kategori, uraian, nama, kontak, nama_sidik,
                            kontak_sidik, saluran, status, tingkat, tenggat, dicatat_oleh, dibuat)
                        VALUES (:l, :d, :k, :u, :n, :c, :ns, :cs, :s, 'DITERIMA', 'DESA', :t, :o, :w)""")
                .param("l", kodeLacak)
                .param("d", kode)
                .param("k", kategori.name())
                .param("u", uraian)
                .param("n", Identitas.simpan(nama))
                .param("c", Identitas.simpan(kontak))
                .param("ns", Identitas.sidikNama(nama))
                .param("cs", Identitas.sidikKontak(kontak))
                .param("s", saluran.name())
                .param("t", Timestamp.from(tenggat.untuk(StatusPengaduan.DITERIMA, now)))
                .param("o", operator)
                .param("w", Timestamp.from(now))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        int i = 0;
        for (Lampiran l : lampiran) {
            Berkas b = files.simpanDokumen(l.isi(), l.nama(), kode, operator == null ? WARGA : operator, "lampiran");
            jdbc.sql("INSERT INTO pengaduan_lampiran (pengaduan_id, berkas_id) VALUES (:p, :b)")
                    .param("p", id)
                    .param("b", b.id())
                    .update();
            i++;
        }
        jdbc.sql("""
                        INSERT INTO pengaduan_langkah (pengaduan_id, kode_desa, waktu, pelaku, ke_status, catatan)
                        VALUES (:p, :d, :w, :a, 'DITERIMA', :c)""")
                .param("p", id)
                .param("d", kode)
                .param("w", Timestamp.from(now))
                .param("a", operator == null ? WARGA : operator)
                .param("c", operator == null ? null : "via " + saluran.name())
                .update();
        // The audit trail records that a complaint came in, never who filed it.
        Map<String, Object> jejak = new LinkedHashMap<>();
        jejak.put("kodeLacak", kodeLacak);
        jejak.put("kategori", kategori.name());
        jejak.put("saluran", saluran.name());
        jejak.put("lampiran", i);
        audit.record(AuditAction.BUAT, "pengaduan.Pengaduan", id, kode, null, jejak);
        Kasus kasus = wajib(id);
        pemberitahuan.masuk(kasus);
        return kasus;
    }

    /** The cases in the user's scope, newest first, with the identity left out. */
    @Transactional(readOnly = true)
    public PageResult<Kasus> daftar(Filter filter, PenggunaSaatIni me, PageQuery page) {
        var scope = me.lingkup().sql("kode_desa");
        StringBuilder where = new StringBuilder(" WHERE " + scope.sql());
        Map<String, Object> params = new LinkedHashMap<>(scope.params());
        if (filter.desa() != null && !filter.desa().isBlank()) {
            var region =
                    Lingkup.of(List.of(me.lingkup().saringan(filter.desa()))).sql("kode_desa", "w");
            where.append(" AND ").append(region.sql());
            params.putAll(region.params());
        }
        if (filter.status() != null) {
            where.append(" AND status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.kategori() != null) {
            where.append(" AND kategori = :kategori");
            params.put("kategori", filter.kategori().name());
        }
        if (filter.terlambat()) {
            where.append(" AND tenggat < :now AND status NOT IN ('SELESAI', 'DITOLAK')");
            params.put("now", Timestamp.from(Instant.now(clock)));
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM pengaduan" + where)
                .params(params)
                .query(Long.class)
                .single();
        List<Kasus> rows = jdbc.sql("SELECT " + Kasus.KOLOM + " FROM pengaduan" + where
                        + " ORDER BY dibuat DESC, id DESC OFFSET " + page.offset() + " ROWS FETCH NEXT "
                        + page.ukuran() + " ROWS ONLY")
                .params(params)
                .query(Kasus::baca)
                .list();
        return PageResult.of(rows.stream().map(Kasus::tanpaIdentitas).toList(), page, total);
    }

    /** A case in the user's scope (404 otherwise), identity included: callers decide who sees it. */
    Kasus kasus(long id, PenggunaSaatIni me) {
        return cari(id).filter(k -> me.mencakup(k.kodeDesa()))
                .orElseThrow(() -> new NotFoundException("pengaduan.tidakDitemukan", id));
    }

    Optional<Kasus> cari(long id) {
        return jdbc.sql("SELECT " + Kasus.KOLOM + " FROM pengaduan WHERE id = :id")
                .param("id", id)
                .query(Kasus::baca)
                .optional();
    }

    Kasus wajib(long id) {
        return cari(id).orElseThrow(() -> new NotFoundException("pengaduan.tidakDitemukan", id));
    }

    /** A case's page: the identity only for the case's handlers, every step, the attachments. */
    @Transactional(readOnly = true)
    public Tampilan tampil(long id, PenggunaSaatIni me) {
        Kasus k = kasus(id, me);
        boolean identitas = AlurPengaduan.penangan(me.peran(), k.ditugaskan());
        return new Tampilan(
                identitas ? k : k.tanpaIdentitas(),
                wilayah.wajib(k.kodeDesa()),
                identitas,
                !k.status().akhir() && AlurPengaduan.bolehBertindak(me.peran(), k.ditugaskan(), k.tingkat()),
                langkah(id),
                lampiran(id));
    }

    List<Langkah> langkah(long id) {
        return jdbc.sql("""
                        SELECT id, waktu, pelaku, dari_status, ke_status, catatan, tanggapan, otomatis
                        FROM pengaduan_langkah WHERE pengaduan_id = :p ORDER BY id""")
                .param("p", id)
                .query((rs, n) -> new Langkah(
                        rs.getLong("id"),
                        rs.getTimestamp("waktu").toInstant(),
                        rs.getString("pelaku"),
                        rs.getString("dari_status") == null
                                ? null
                                : StatusPengaduan.valueOf(rs.getString("dari_status")),
                        rs.getString("ke_status") == null ? null : StatusPengaduan.valueOf(rs.getString("ke_status")),
                        rs.getString("catatan"),
                        rs.getString("tanggapan"),
                        rs.getBoolean("otomatis")))
                .list();
    }

    List<Berkas> lampiran(long id) {
        return jdbc
                .sql("SELECT berkas_id FROM pengaduan_lampiran WHERE pengaduan_id = :p ORDER BY berkas_id")
                .param("p", id)
                .query(Long.class)
                .list()
                .stream()
                .map(files::cari)
                .flatMap(Optional::stream)
                .toList();
    }

    /** An attachment of a case the user may see. */
    Berkas lampiran(long id, long berkasId, PenggunaSaatIni me) {
        kasus(id, me);
        return lampiran(id).stream()
                .filter(b -> b.id() == berkasId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("pengaduan.tidakDitemukan", id));
    }

    Instant sekarang() {
        return Instant.now(clock);
    }

    static String kodeLacakBaru() {
        StringBuilder s = new StringBuilder("PD-");
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                s.append('-');
            }
            s.append(HURUF.charAt(ACAK.nextInt(HURUF.length())));
        }
        return s.toString();
    }

    private static String safe(String value) {
        if (value == null) {
            return "";
        }
        return value.length() > 20 ? value.substring(0, 20) : value;
    }
}
