package id.pandudesa.kapasitas.internal;

import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.akun.Peran;
import id.pandudesa.akun.WilayahTerlihat;
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
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Village institutions and forums: the BPD, LPM, PKK, Karang Taruna, Posyandu and groups of a desa,
 * its forum mitra desa (internal and external volunteers), and the Forum KPMD of a kecamatan or
 * kabupaten; their members, activities and meetings (attendance and minutes); and the village's
 * community-centre facilities.
 */
@Service
class LembagaService {

    enum Jenis {
        BPD,
        LPM,
        PKK,
        KARANG_TARUNA,
        POSYANDU,
        KELOMPOK_TANI,
        KELOMPOK_NELAYAN,
        KELOMPOK_PERAJIN,
        KELOMPOK_PEREMPUAN,
        FORUM_MITRA,
        FORUM_KPMD,
        LAINNYA;

        /** The Forum KPMD meets at the kecamatan or kabupaten; everything else belongs to a desa. */
        boolean antarDesa() {
            return this == FORUM_KPMD;
        }
    }

    enum Asal {
        INTERNAL,
        EKSTERNAL
    }

    enum JenisFasilitas {
        BALAI_DESA,
        POSKO,
        PERPUSTAKAAN,
        GEDUNG_SERBAGUNA,
        RUANG_BELAJAR,
        LAINNYA
    }

    enum Kondisi {
        BAIK,
        RUSAK_RINGAN,
        RUSAK_BERAT
    }

    record Lembaga(long id, String kodeWilayah, Jenis jenis, String nama, String dasarHukum, LocalDate dibentuk) {}

    record Anggota(long id, String nama, String jabatan, String jenisKelamin, Asal asal, Long kaderId, boolean aktif) {}

    record Kegiatan(
            long id,
            LocalDate tanggal,
            String judul,
            String tempat,
            String notulen,
            int laki,
            int perempuan,
            String dicatatOleh,
            List<Long> hadir) {}

    record Fasilitas(long id, JenisFasilitas jenis, String nama, Kondisi kondisi, String keterangan) {}

    /** Desa institutions are recorded by the village and its facilitators; forums by the kecamatan and up. */
    static final Set<Peran> PENCATAT_DESA = EnumSet.of(Peran.KPMD, Peran.PEMDES, Peran.PLD, Peran.PD, Peran.ADMIN);

    static final Set<Peran> PENCATAT_FORUM = EnumSet.of(Peran.PD, Peran.TA, Peran.ADMIN);

    private final JdbcClient jdbc;
    private final KaderService kader;
    private final AuditTrail audit;
    private final Clock clock;

    private final WilayahTerlihat terlihat;

    LembagaService(JdbcClient jdbc, WilayahTerlihat terlihat, KaderService kader, AuditTrail audit, Clock clock) {
        this.terlihat = terlihat;
        this.jdbc = jdbc;
        this.kader = kader;
        this.audit = audit;
        this.clock = clock;
    }

    /** A desa in the user's scope, or a kecamatan/kabupaten the user's scope lies in or covers. */
    Wilayah wilayahTerlihat(String kode, PenggunaSaatIni me) {
        Wilayah w = terlihat.bersinggungan(kode, me, "kapasitas.wilayahTidakSah");
        if (!(w.isDesa() || w.kode().length() == 4 || w.kode().length() == 6)) {
            throw new NotFoundException("kapasitas.wilayahTidakSah", kode);
        }
        return w;
    }

    static boolean bolehCatat(Wilayah w, PenggunaSaatIni me) {
        return w.isDesa()
                ? PENCATAT_DESA.contains(me.peran()) && me.mencakup(w.kode())
                : PENCATAT_FORUM.contains(me.peran()) && me.mencakup(w.kode());
    }

    @Transactional(readOnly = true)
    public List<Lembaga> daftar(String kodeWilayah) {
        return jdbc.sql(
                        "SELECT id, kode_wilayah, jenis, nama, dasar_hukum, dibentuk FROM lembaga WHERE kode_wilayah = :w"
                                + " ORDER BY jenis, nama")
                .param("w", kodeWilayah)
                .query((rs, n) -> new Lembaga(
                        rs.getLong(1),
                        rs.getString(2),
                        Jenis.valueOf(rs.getString(3)),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getDate(6) == null ? null : rs.getDate(6).toLocalDate()))
                .list();
    }

    @Transactional(readOnly = true)
    public Lembaga lembaga(Wilayah w, long id) {
        return daftar(w.kode()).stream()
                .filter(l -> l.id() == id)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("kapasitas.lembagaTidakDitemukan", id));
    }

    @Transactional
    public Lembaga bentuk(
            Wilayah w, String jenis, String nama, String dasarHukum, LocalDate dibentuk, PenggunaSaatIni me) {
        if (!bolehCatat(w, me)) {
            throw new ForbiddenException("kapasitas.bukanPencatatLembaga");
        }
        List<FieldProblem> problems = new ArrayList<>();
        Jenis j = Teks.pilihan(Jenis.class, jenis);
        if (j == null) {
            problems.add(FieldProblem.of("jenisLembaga", "kapasitas.jenisLembagaTidakSah"));
        } else if (j.antarDesa() == w.isDesa()) {
            problems.add(FieldProblem.of(
                    "jenisLembaga", j.antarDesa() ? "kapasitas.forumKpmdAntarDesa" : "kapasitas.lembagaDiDesa"));
        }
        String n = Teks.baris(nama);
        if (n == null || n.length() > 200) {
            problems.add(FieldProblem.of("namaLembaga", "kapasitas.namaLembagaWajib"));
        }
        String dasar = Teks.baris(dasarHukum);
        if (dasar != null && dasar.length() > 200) {
            problems.add(FieldProblem.of("dasarHukum", "kapasitas.terlaluPanjang", 200));
        }
        if (dibentuk != null && dibentuk.isAfter(kader.hariIni())) {
            problems.add(FieldProblem.of("dibentuk", "kapasitas.tanggalMasaDepan"));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems, "kapasitas.tidakLengkap");
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO lembaga (kode_wilayah, jenis, nama, dasar_hukum, dibentuk, dibuat)"
                        + " VALUES (:w, :j, :n, :d, :b, :t)")
                .param("w", w.kode())
                .param("j", j.name())
                .param("n", n)
                .param("d", dasar)
                .param("b", dibentuk == null ? null : Date.valueOf(dibentuk))
                .param("t", Timestamp.from(Instant.now(clock)))
                .update(keys, "id");
        Lembaga l = lembaga(w, keys.getKey().longValue());
        audit.record(AuditAction.BUAT, "kapasitas.Lembaga", l.id(), desaAtauNull(w), null, l);
        return l;
    }

    @Transactional(readOnly = true)
    public List<Anggota> anggota(long lembagaId) {
        return jdbc.sql("SELECT id, nama, jabatan, jenis_kelamin, asal, kader_id, aktif FROM lembaga_anggota"
                        + " WHERE lembaga_id = :l ORDER BY aktif DESC, id")
                .param("l", lembagaId)
                .query((rs, n) -> new Anggota(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        Asal.valueOf(rs.getString(5)),
                        rs.getObject(6, Long.class),
                        rs.getBoolean(7)))
                .list();
    }

    /**
     * Adds a member: a registered cadre of the region (for the Forum KPMD, a KPMD of one of its
     * villages) or a person by name, sex and position, internal or external (forum mitra volunteers).
     */
    @Transactional
    public void tambahAnggota(
            Wilayah w,
            long lembagaId,
            Long kaderId,
            String nama,
            String jabatan,
            String jk,
            String asal,
            PenggunaSaatIni me) {
        Lembaga l = lembaga(w, lembagaId);
        if (!bolehCatat(w, me)) {
            throw new ForbiddenException("kapasitas.bukanPencatatLembaga");
        }
        List<FieldProblem> problems = new ArrayList<>();
        String posisi = Teks.baris(jabatan);
        if (posisi != null && posisi.length() > 100) {
            problems.add(FieldProblem.of("jabatan", "kapasitas.terlaluPanjang", 100));
        }
        Asal from = asal == null || asal.isBlank() ? Asal.INTERNAL : Teks.pilihan(Asal.class, asal);
        if (from == null) {
            problems.add(FieldProblem.of("asal", "kapasitas.asalTidakSah"));
        }
        String n;
        String sex;
        if (kaderId != null) {
            KaderService.Kader k = kader.cari(kaderId)
                    .filter(x -> x.kodeDesa().startsWith(w.kode()) && x.status() == KaderService.Status.AKTIF)
                    .filter(x -> l.jenis() != Jenis.FORUM_KPMD || x.jenis() == JenisKader.KPMD)
                    .orElse(null);
            if (k == null) {
                throw new RuleViolationException(
                        List.of(FieldProblem.of("kaderId", "kapasitas.kaderDiLuarWilayah")),
                        "kapasitas.kaderDiLuarWilayah");
            }
            n = k.nama();
            sex = k.jenisKelamin();
        } else {
            n = Teks.baris(nama);
            sex = jk;
            if (l.jenis() == Jenis.FORUM_KPMD) {
                problems.add(FieldProblem.of("kaderId", "kapasitas.forumKpmdDariKader"));
            }
            if (n == null || n.length() > 100) {
                problems.add(FieldProblem.of("nama", "kapasitas.namaWajib"));
            }
            if (!"L".equals(sex) && !"P".equals(sex)) {
                problems.add(FieldProblem.of("jenisKelamin", "kapasitas.jenisKelaminWajib"));
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems, "kapasitas.tidakLengkap");
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO lembaga_anggota (lembaga_id, nama, jabatan, jenis_kelamin, asal, kader_id)"
                        + " VALUES (:l, :n, :j, :s, :a, :k)")
                .param("l", lembagaId)
                .param("n", n)
                .param("j", posisi)
                .param("s", sex)
                .param("a", from.name())
                .param("k", kaderId)
                .update(keys, "id");
        audit.record(
                AuditAction.BUAT,
                "kapasitas.Anggota",
                keys.getKey().longValue(),
                desaAtauNull(w),
                null,
                Map.of("lembaga", lembagaId, "nama", n));
    }

    @Transactional(readOnly = true)
    public List<Kegiatan> kegiatan(long lembagaId) {
        Map<Long, List<Long>> hadir = new java.util.HashMap<>();
        jdbc.sql("SELECT h.kegiatan_id, h.anggota_id FROM lembaga_kegiatan_hadir h JOIN lembaga_kegiatan k"
                        + " ON k.id = h.kegiatan_id WHERE k.lembaga_id = :l")
                .param("l", lembagaId)
                .query((rs, n) -> hadir.computeIfAbsent(rs.getLong(1), x -> new ArrayList<>())
                        .add(rs.getLong(2)))
                .list();
        return jdbc.sql("SELECT id, tanggal, judul, tempat, notulen, peserta_laki, peserta_perempuan, dicatat_oleh"
                        + " FROM lembaga_kegiatan WHERE lembaga_id = :l ORDER BY tanggal DESC, id DESC")
                .param("l", lembagaId)
                .query((rs, n) -> new Kegiatan(
                        rs.getLong(1),
                        rs.getDate(2).toLocalDate(),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getInt(6),
                        rs.getInt(7),
                        rs.getString(8),
                        hadir.getOrDefault(rs.getLong(1), List.of())))
                .list();
    }

    /**
     * Records an activity or meeting: date (not to come), title, place, minutes, attendance by sex;
     * members ticked as present are counted in, guests added by number.
     */
    @Transactional
    public void catatKegiatan(
            Wilayah w,
            long lembagaId,
            LocalDate tanggal,
            String judul,
            String tempat,
            String notulen,
            Integer tamuLaki,
            Integer tamuPerempuan,
            List<Long> hadir,
            PenggunaSaatIni me) {
        lembaga(w, lembagaId);
        if (!bolehCatat(w, me)) {
            throw new ForbiddenException("kapasitas.bukanPencatatLembaga");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (tanggal == null) {
            problems.add(FieldProblem.of("tanggal", "kapasitas.tanggalWajib"));
        } else if (tanggal.isAfter(kader.hariIni())) {
            problems.add(FieldProblem.of("tanggal", "kapasitas.tanggalMasaDepan"));
        }
        String j = Teks.baris(judul);
        if (j == null || j.length() > 200) {
            problems.add(FieldProblem.of("judulKegiatan", "kapasitas.judulWajib"));
        }
        String t = Teks.baris(tempat);
        if (t != null && t.length() > 200) {
            problems.add(FieldProblem.of("tempat", "kapasitas.terlaluPanjang", 200));
        }
        String minutes = notulen == null ? null : notulen.strip();
        if (minutes != null && minutes.length() > 4000) {
            problems.add(FieldProblem.of("notulen", "kapasitas.terlaluPanjang", 4000));
        }
        int gl = tamuLaki == null ? 0 : tamuLaki;
        int gp = tamuPerempuan == null ? 0 : tamuPerempuan;
        if (gl < 0 || gp < 0 || gl > 10_000 || gp > 10_000) {
            problems.add(FieldProblem.of("pesertaLaki", "kapasitas.jumlahTidakSah"));
        }
        Map<Long, Anggota> members = new java.util.HashMap<>();
        anggota(lembagaId).forEach(a -> members.put(a.id(), a));
        for (Long a : hadir) {
            if (!members.containsKey(a)) {
                problems.add(FieldProblem.of("hadir", "kapasitas.bukanAnggota", a));
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems, "kapasitas.tidakLengkap");
        }
        int laki = gl;
        int perempuan = gp;
        for (Long a : new java.util.LinkedHashSet<>(hadir)) {
            if ("L".equals(members.get(a).jenisKelamin())) {
                laki++;
            } else {
                perempuan++;
            }
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO lembaga_kegiatan (lembaga_id, tanggal, judul, tempat, notulen, peserta_laki,
                            peserta_perempuan, dicatat_oleh, dibuat)
                        VALUES (:l, :d, :j, :t, :n, :pl, :pp, :u, :c)""")
                .param("l", lembagaId)
                .param("d", Date.valueOf(tanggal))
                .param("j", j)
                .param("t", t)
                .param("n", minutes == null || minutes.isEmpty() ? null : minutes)
                .param("pl", laki)
                .param("pp", perempuan)
                .param("u", me.username())
                .param("c", Timestamp.from(Instant.now(clock)))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        for (Long a : new java.util.LinkedHashSet<>(hadir)) {
            jdbc.sql("INSERT INTO lembaga_kegiatan_hadir (kegiatan_id, anggota_id) VALUES (:k, :a)")
                    .param("k", id)
                    .param("a", a)
                    .update();
        }
        audit.record(
                AuditAction.BUAT,
                "kapasitas.KegiatanLembaga",
                id,
                desaAtauNull(w),
                null,
                Map.of("lembaga", lembagaId, "judul", j));
    }

    @Transactional(readOnly = true)
    public List<Fasilitas> fasilitas(String kodeDesa) {
        return jdbc.sql(
                        "SELECT id, jenis, nama, kondisi, keterangan FROM fasilitas_desa WHERE kode_desa = :d ORDER BY jenis, nama")
                .param("d", kodeDesa)
                .query((rs, n) -> new Fasilitas(
                        rs.getLong(1),
                        JenisFasilitas.valueOf(rs.getString(2)),
                        rs.getString(3),
                        Kondisi.valueOf(rs.getString(4)),
                        rs.getString(5)))
                .list();
    }

    @Transactional
    public void tambahFasilitas(
            Wilayah w, String jenis, String nama, String kondisi, String keterangan, PenggunaSaatIni me) {
        if (!w.isDesa()) {
            throw new NotFoundException("kapasitas.desaTidakDitemukan", w.kode());
        }
        if (!bolehCatat(w, me)) {
            throw new ForbiddenException("kapasitas.bukanPencatatLembaga");
        }
        List<FieldProblem> problems = new ArrayList<>();
        JenisFasilitas j = Teks.pilihan(JenisFasilitas.class, jenis);
        if (j == null) {
            problems.add(FieldProblem.of("jenisFasilitas", "kapasitas.jenisFasilitasTidakSah"));
        }
        Kondisi k = Teks.pilihan(Kondisi.class, kondisi);
        if (k == null) {
            problems.add(FieldProblem.of("kondisi", "kapasitas.kondisiTidakSah"));
        }
        String n = Teks.baris(nama);
        if (n == null || n.length() > 200) {
            problems.add(FieldProblem.of("namaFasilitas", "kapasitas.namaLembagaWajib"));
        }
        String ket = Teks.baris(keterangan);
        if (ket != null && ket.length() > 1000) {
            problems.add(FieldProblem.of("keterangan", "kapasitas.terlaluPanjang", 1000));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems, "kapasitas.tidakLengkap");
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO fasilitas_desa (kode_desa, jenis, nama, kondisi, keterangan, dibuat)"
                        + " VALUES (:d, :j, :n, :k, :c, :t)")
                .param("d", w.kode())
                .param("j", j.name())
                .param("n", n)
                .param("k", k.name())
                .param("c", ket)
                .param("t", Timestamp.from(Instant.now(clock)))
                .update(keys, "id");
        audit.record(
                AuditAction.BUAT, "kapasitas.Fasilitas", keys.getKey().longValue(), w.kode(), null, Map.of("nama", n));
    }

    private static String desaAtauNull(Wilayah w) {
        return w.isDesa() ? w.kode() : null;
    }
}
