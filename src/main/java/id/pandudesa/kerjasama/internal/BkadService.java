package id.pandudesa.kerjasama.internal;

import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.akun.Peran;
import id.pandudesa.kerjasama.internal.Kerjasama.Bkad;
import id.pandudesa.kerjasama.internal.Kerjasama.Pengurus;
import id.pandudesa.musyawarah.JenisMusyawarah;
import id.pandudesa.musyawarah.MusyawarahApi;
import id.pandudesa.platform.FieldProblem;
import id.pandudesa.platform.ForbiddenException;
import id.pandudesa.platform.NotFoundException;
import id.pandudesa.platform.RuleViolationException;
import id.pandudesa.platform.Teks;
import id.pandudesa.platform.audit.AuditAction;
import id.pandudesa.platform.audit.AuditTrail;
import id.pandudesa.wilayah.KodeWilayah;
import id.pandudesa.wilayah.Wilayah;
import id.pandudesa.wilayah.WilayahApi;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Badan Kerja Sama Antar Desa of a kecamatan: formed by its member villages (at least two of
 * the kecamatan) on a legal basis and, where recorded, a Musyawarah Antar Desa; its officers come
 * from member villages. Recorded at kecamatan level (PD, Camat, TA, admins); read by anyone whose
 * scope covers the kecamatan or a member village.
 */
@Service
public class BkadService {

    static final Set<Peran> PENCATAT = EnumSet.of(Peran.PD, Peran.CAMAT, Peran.TA, Peran.ADMIN);

    private final JdbcClient jdbc;
    private final WilayahApi wilayah;
    private final MusyawarahApi musyawarah;
    private final AuditTrail audit;
    private final Clock clock;

    public BkadService(JdbcClient jdbc, WilayahApi wilayah, MusyawarahApi musyawarah, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.wilayah = wilayah;
        this.musyawarah = musyawarah;
        this.audit = audit;
        this.clock = clock;
    }

    boolean bolehCatat(PenggunaSaatIni me, String kodeKecamatan) {
        return PENCATAT.contains(me.peran()) && me.mencakup(kodeKecamatan);
    }

    /** The BKAD of a kecamatan the user may see (all if the kecamatan is in scope, else those with a member in it). */
    @Transactional(readOnly = true)
    public List<Bkad> daftar(String kodeKecamatan, PenggunaSaatIni me) {
        List<Long> ids = jdbc.sql("SELECT id FROM kerjasama_bkad WHERE kode_kecamatan = :k ORDER BY nama, id")
                .param("k", kodeKecamatan)
                .query(Long.class)
                .list();
        List<Bkad> out = new ArrayList<>();
        for (Long id : ids) {
            cari(id).filter(b -> terlihat(b, me)).ifPresent(out::add);
        }
        return out;
    }

    /** The BKAD a desa is a member of. */
    @Transactional(readOnly = true)
    public List<Bkad> untukDesa(String kodeDesa) {
        return jdbc
                .sql("SELECT bkad_id FROM kerjasama_bkad_desa WHERE kode_desa = :d ORDER BY bkad_id")
                .param("d", kodeDesa)
                .query(Long.class)
                .list()
                .stream()
                .map(this::cari)
                .flatMap(Optional::stream)
                .toList();
    }

    private static boolean terlihat(Bkad b, PenggunaSaatIni me) {
        return me.mencakup(b.kodeKecamatan()) || b.anggota().stream().anyMatch(me::mencakup);
    }

    Optional<Bkad> cari(long id) {
        List<String> members = jdbc.sql(
                        "SELECT kode_desa FROM kerjasama_bkad_desa WHERE bkad_id = :b ORDER BY kode_desa")
                .param("b", id)
                .query(String.class)
                .list();
        List<Pengurus> officers = jdbc.sql("SELECT id, nama, jabatan, kode_desa FROM kerjasama_bkad_pengurus"
                        + " WHERE bkad_id = :b ORDER BY id")
                .param("b", id)
                .query((rs, n) -> new Pengurus(
                        rs.getLong("id"), rs.getString("nama"), rs.getString("jabatan"), rs.getString("kode_desa")))
                .list();
        return jdbc.sql("SELECT id, kode_kecamatan, nama, dasar_hukum, dibentuk, musyawarah_id FROM kerjasama_bkad"
                        + " WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> new Bkad(
                        rs.getLong("id"),
                        rs.getString("kode_kecamatan"),
                        rs.getString("nama"),
                        rs.getString("dasar_hukum"),
                        rs.getDate("dibentuk") == null
                                ? null
                                : rs.getDate("dibentuk").toLocalDate(),
                        rs.getObject("musyawarah_id", Long.class),
                        members,
                        officers))
                .optional();
    }

    @Transactional
    public long bentuk(
            Wilayah kecamatan,
            String nama,
            String dasarHukum,
            LocalDate dibentuk,
            Long musyawarahId,
            List<String> anggota,
            PenggunaSaatIni me) {
        if (!bolehCatat(me, kecamatan.kode())) {
            throw new ForbiddenException("kerjasama.bukanPencatatBkad");
        }
        List<FieldProblem> problems = new ArrayList<>();
        String n = Teks.baris(nama);
        if (n == null || n.length() > 200) {
            problems.add(FieldProblem.of("namaBkad", "kerjasama.wajibDiisi"));
        }
        String dh = Teks.baris(dasarHukum);
        if (dh != null && dh.length() > 200) {
            problems.add(FieldProblem.of("dasarHukum", "kerjasama.terlaluPanjang", 200));
        }
        if (dibentuk != null && dibentuk.isAfter(LocalDate.now(clock.withZone(ZoneId.of("Asia/Jakarta"))))) {
            problems.add(FieldProblem.of("dibentuk", "kerjasama.tanggalMasaDepan"));
        }
        Set<String> members = new TreeSet<>();
        for (String a : anggota) {
            String code = KodeWilayah.normalisasi(a);
            if (code.isEmpty()) {
                continue;
            }
            if (wilayah.cari(code)
                    .filter(w -> w.isDesa() && w.kode().startsWith(kecamatan.kode()))
                    .isEmpty()) {
                problems.add(FieldProblem.of("anggota", "kerjasama.bukanDesaKecamatan", code));
            } else {
                members.add(code);
            }
        }
        if (members.size() < 2) {
            problems.add(FieldProblem.of("anggota", "kerjasama.bkadMinimalDua"));
        }
        if (musyawarahId != null
                && musyawarah
                        .ringkas(musyawarahId, me)
                        .filter(m -> m.jenis() == JenisMusyawarah.MUSYAWARAH_ANTAR_DESA
                                && m.kodeDesa().startsWith(kecamatan.kode()))
                        .isEmpty()) {
            problems.add(FieldProblem.of("musyawarahBkad", "kerjasama.harusMad", musyawarahId));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems, "kerjasama.tidakLengkap");
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO kerjasama_bkad (kode_kecamatan, nama, dasar_hukum, dibentuk, musyawarah_id, dicatat_oleh,"
                        + " dibuat) VALUES (:k, :n, :h, :d, :m, :o, :t)")
                .param("k", kecamatan.kode())
                .param("n", n)
                .param("h", dh)
                .param("d", dibentuk == null ? null : Date.valueOf(dibentuk))
                .param("m", musyawarahId)
                .param("o", me.username())
                .param("t", Timestamp.from(Instant.now(clock)))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        for (String m : members) {
            jdbc.sql("INSERT INTO kerjasama_bkad_desa (bkad_id, kode_desa) VALUES (:b, :d)")
                    .param("b", id)
                    .param("d", m)
                    .update();
        }
        audit.record(
                AuditAction.BUAT, "kerjasama.Bkad", id, null, null, Map.of("nama", n, "anggota", List.copyOf(members)));
        return id;
    }

    /** Adds an officer, who must come from a member village. */
    @Transactional
    public void tambahPengurus(long bkadId, String nama, String jabatan, String kodeDesa, PenggunaSaatIni me) {
        Bkad b = cari(bkadId)
                .filter(x -> terlihat(x, me))
                .orElseThrow(() -> new NotFoundException("kerjasama.bkadTidakDitemukan", bkadId));
        if (!bolehCatat(me, b.kodeKecamatan())) {
            throw new ForbiddenException("kerjasama.bukanPencatatBkad");
        }
        List<FieldProblem> problems = new ArrayList<>();
        String n = Teks.baris(nama);
        String j = Teks.baris(jabatan);
        if (n == null || n.length() > 200) {
            problems.add(FieldProblem.of("namaPengurus", "kerjasama.wajibDiisi"));
        }
        if (j == null || j.length() > 100) {
            problems.add(FieldProblem.of("jabatan", "kerjasama.wajibDiisi"));
        }
        String d = KodeWilayah.normalisasi(kodeDesa);
        if (!b.anggota().contains(d)) {
            problems.add(FieldProblem.of("desaPengurus", "kerjasama.bukanAnggotaBkad"));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems, "kerjasama.tidakLengkap");
        }
        jdbc.sql("INSERT INTO kerjasama_bkad_pengurus (bkad_id, nama, jabatan, kode_desa) VALUES (:b, :n, :j, :d)")
                .param("b", bkadId)
                .param("n", n)
                .param("j", j)
                .param("d", d)
                .update();
        audit.record(AuditAction.UBAH, "kerjasama.Bkad", bkadId, null, null, Map.of("pengurus", n, "jabatan", j));
    }
}
