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
public class LembagaService {

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

    public record Lembaga(
            long id, String kodeWilayah, Jenis jenis, String nama, String dasarHukum, LocalDate dibentuk) {}

    public record Anggota(
            long id, String nama, String jabatan, String jenisKelamin, Asal asal, Long kaderId, boolean aktif) {}

    /** Desa institutions are recorded by the village and its facilitators; forums by the kecamatan and up. */
    static final Set<Peran> PENCATAT_DESA = EnumSet.of(Peran.KPMD, Peran.PEMDES, Peran.PLD, Peran.PD, Peran.ADMIN);

    static final Set<Peran> PENCATAT_FORUM = EnumSet.of(Peran.PD, Peran.TA, Peran.ADMIN);

    private final JdbcClient jdbc;
    private final KaderService kader;
    private final AuditTrail audit;
    private final Clock clock;

    private final WilayahTerlihat terlihat;

    public LembagaService(
            JdbcClient jdbc, WilayahTerlihat terlihat, KaderService kader, AuditTrail audit, Clock clock) {
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
                        rs.getLong("id"),
                        rs.getString("kode_wilayah"),
                        Jenis.valueOf(rs.getString("jenis")),
                        rs.getString("nama"),
                        rs.getString("dasar_hukum"),
                        rs.getDate("dibentuk") == null
                                ? null
                                : rs.getDate("dibentuk").toLocalDate()))
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
                        rs.getLong("id"),
                        rs.getString("nama"),
                        rs.getString("jabatan"),
                        rs.getString("jenis_kelamin"),
                        Asal.valueOf(rs.getString("asal")),
                        rs.getObject("kader_id", Long.class),
                        rs.getBoolean("aktif")))
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

    static String desaAtauNull(Wilayah w) {
        return w.isDesa() ? w.kode() : null;
    }
}
