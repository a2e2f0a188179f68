package id.pandudesa.kapasitas.internal;

import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.akun.Peran;
import id.pandudesa.akun.WilayahTerlihat;
import id.pandudesa.platform.FieldProblem;
import id.pandudesa.platform.ForbiddenException;
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
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Trainings of cadres: planned by the facilitators (PLD, PD, TA) or admins for a region in their
 * scope, with participants from that region's cadres (or guests), attendance per day, scores
 * before and after, materials, and certificates for those who attended every day and passed.
 */
@Service
public class PelatihanService {

    static final Set<Peran> PENYELENGGARA = EnumSet.of(Peran.PLD, Peran.PD, Peran.TA, Peran.ADMIN);

    /** The village's own organisers: a training they hold is for their village and run by it. */
    static final Set<Peran> PENYELENGGARA_DESA = EnumSet.of(Peran.KPMD, Peran.PEMDES);

    static final int MAKS_HARI = 31;

    public record Pelatihan(
            long id,
            String kodeWilayah,
            String judul,
            String penyelenggara,
            String tempat,
            LocalDate mulai,
            LocalDate selesai,
            Set<String> kompetensi,
            int nilaiLulus,
            String dibuatOleh,
            int versi,
            boolean dikelolaDesa,
            Long pelatihKaderId) {

        public List<LocalDate> hari() {
            return mulai.datesUntil(selesai.plusDays(1)).toList();
        }
    }

    public record Baru(
            String judul,
            String penyelenggara,
            String tempat,
            String kodeWilayah,
            LocalDate mulai,
            LocalDate selesai,
            List<String> kompetensi,
            Integer nilaiLulus,
            Long pelatihKaderId) {}

    private final JdbcClient jdbc;
    private final Kompetensi kompetensi;
    private final FileService files;
    private final AuditTrail audit;
    private final Clock clock;

    private final WilayahTerlihat terlihat;

    public PelatihanService(
            WilayahTerlihat terlihat,
            JdbcClient jdbc,
            Kompetensi kompetensi,
            FileService files,
            AuditTrail audit,
            Clock clock) {
        this.terlihat = terlihat;
        this.jdbc = jdbc;
        this.kompetensi = kompetensi;
        this.files = files;
        this.audit = audit;
        this.clock = clock;
    }

    /** Trainings held inside the user's scope or in a region above it (a KPMD sees their kecamatan's). */
    @Transactional(readOnly = true)
    public PageResult<Pelatihan> daftar(PenggunaSaatIni me, PageQuery page) {
        var scope = me.lingkup().sql("kode_wilayah");
        Map<String, Object> params = new LinkedHashMap<>(scope.params());
        Set<String> above = new LinkedHashSet<>();
        for (String k : me.lingkup().prefiks()) {
            for (int len : new int[] {2, 4, 6}) {
                if (k.length() > len) {
                    above.add(k.substring(0, len));
                }
            }
        }
        above.add("-");
        params.put("induk", List.copyOf(above));
        String where = " WHERE (" + scope.sql() + " OR kode_wilayah IN (:induk))";
        long total = jdbc.sql("SELECT COUNT(*) FROM pelatihan" + where)
                .params(params)
                .query(Long.class)
                .single();
        List<Pelatihan> rows = jdbc.sql("SELECT * FROM pelatihan" + where + " ORDER BY mulai DESC, id DESC OFFSET "
                        + page.offset() + " ROWS FETCH NEXT " + page.ukuran() + " ROWS ONLY")
                .params(params)
                .query(PelatihanService::baca)
                .list();
        return PageResult.of(rows, page, total);
    }

    private static boolean terlihat(Pelatihan p, PenggunaSaatIni me) {
        return me.mencakup(p.kodeWilayah())
                || me.lingkup().prefiks().stream().anyMatch(k -> k.startsWith(p.kodeWilayah()));
    }

    @Transactional(readOnly = true)
    public Pelatihan pelatihan(long id, PenggunaSaatIni me) {
        return jdbc.sql("SELECT * FROM pelatihan WHERE id = :id")
                .param("id", id)
                .query(PelatihanService::baca)
                .optional()
                .filter(p -> terlihat(p, me))
                .orElseThrow(() -> new NotFoundException("kapasitas.pelatihanTidakDitemukan", id));
    }

    /**
     * Facilitators and admins manage the trainings of their scope; the village's KPMD and
     * government manage the trainings their village runs.
     */
    boolean bolehKelola(Pelatihan p, PenggunaSaatIni me) {
        if (PENYELENGGARA_DESA.contains(me.peran())) {
            return p.dikelolaDesa() && me.bolehMencatat(p.kodeWilayah());
        }
        return PENYELENGGARA.contains(me.peran()) && me.mencakup(p.kodeWilayah());
    }

    static boolean bolehMerencanakan(PenggunaSaatIni me) {
        return PENYELENGGARA.contains(me.peran()) || PENYELENGGARA_DESA.contains(me.peran());
    }

    Pelatihan kelola(long id, PenggunaSaatIni me) {
        Pelatihan p = pelatihan(id, me);
        if (!bolehKelola(p, me)) {
            throw new ForbiddenException("kapasitas.bukanPenyelenggara");
        }
        return p;
    }

    @Transactional
    public Pelatihan rencanakan(Baru b, PenggunaSaatIni me) {
        if (!bolehMerencanakan(me)) {
            throw new ForbiddenException("kapasitas.bukanPenyelenggara");
        }
        boolean olehDesa = PENYELENGGARA_DESA.contains(me.peran());
        List<FieldProblem> problems = new ArrayList<>();
        String judul = Teks.baris(b.judul());
        if (judul == null || judul.length() > 200) {
            problems.add(FieldProblem.of("judul", "kapasitas.judulWajib"));
        }
        String org = Teks.baris(b.penyelenggara());
        if (org == null || org.length() > 200) {
            problems.add(FieldProblem.of("penyelenggara", "kapasitas.penyelenggaraWajib"));
        }
        String tempat = Teks.baris(b.tempat());
        if (tempat == null || tempat.length() > 200) {
            problems.add(FieldProblem.of("tempat", "kapasitas.tempatWajib"));
        }
        String kode = KodeWilayah.normalisasi(b.kodeWilayah());
        Wilayah w = terlihat.cariWilayah(kode, me).orElse(null);
        if (w == null) {
            problems.add(FieldProblem.of("kodeWilayah", "kapasitas.wilayahTidakSah", kode));
        } else if (olehDesa && (!w.isDesa() || !me.bolehMencatat(w.kode()))) {
            problems.add(FieldProblem.of("kodeWilayah", "kapasitas.pelatihanDesaSendiri"));
        }
        if (b.pelatihKaderId() != null
                && (w == null
                        || jdbc.sql("SELECT COUNT(*) FROM kader WHERE id = :k AND status = 'AKTIF'"
                                                + " AND kode_desa LIKE :w")
                                        .param("k", b.pelatihKaderId())
                                        .param("w", w.kode() + "%")
                                        .query(Long.class)
                                        .single()
                                == 0)) {
            problems.add(FieldProblem.of("pelatihKaderId", "kapasitas.pelatihBukanKader"));
        }
        if (b.mulai() == null || b.selesai() == null) {
            problems.add(FieldProblem.of("mulai", "kapasitas.tanggalPelatihanWajib"));
        } else if (b.selesai().isBefore(b.mulai())) {
            problems.add(FieldProblem.of("selesai", "kapasitas.selesaiSebelumMulai"));
        } else if (b.mulai().plusDays(MAKS_HARI).isBefore(b.selesai())) {
            problems.add(FieldProblem.of("selesai", "kapasitas.terlaluLama", MAKS_HARI));
        }
        List<String> comps = b.kompetensi() == null ? List.of() : b.kompetensi();
        if (comps.isEmpty()) {
            problems.add(FieldProblem.of("kompetensi", "kapasitas.kompetensiWajib"));
        }
        comps.stream()
                .filter(c -> !kompetensi.ada(c))
                .forEach(c -> problems.add(FieldProblem.of("kompetensi", "kapasitas.kompetensiTidakDikenal", c)));
        int lulus = b.nilaiLulus() == null ? 70 : b.nilaiLulus();
        if (lulus < 0 || lulus > 100) {
            problems.add(FieldProblem.of("nilaiLulus", "kapasitas.nilaiTidakSah"));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems, "kapasitas.tidakLengkap");
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO pelatihan (kode_wilayah, judul, penyelenggara, tempat, mulai, selesai, kompetensi,
                            nilai_lulus, dibuat_oleh, dibuat, dikelola_desa, pelatih_kader_id)
                        VALUES (:w, :j, :o, :t, :m, :s, :k, :l, :u, :d, :dd, :pk)""")
                .param("w", w.kode())
                .param("j", judul)
                .param("o", org)
                .param("t", tempat)
                .param("m", Date.valueOf(b.mulai()))
                .param("s", Date.valueOf(b.selesai()))
                .param("k", Kompetensi.simpan(comps))
                .param("l", lulus)
                .param("u", me.username())
                .param("d", Timestamp.from(Instant.now(clock)))
                .param("dd", olehDesa)
                .param("pk", b.pelatihKaderId())
                .update(keys, "id");
        Pelatihan p = pelatihan(keys.getKey().longValue(), me);
        audit.record(AuditAction.BUAT, "kapasitas.Pelatihan", p.id(), desaAtauNull(p.kodeWilayah()), null, p);
        return p;
    }

    @Transactional
    public void tambahMateri(long id, byte[] isi, String nama, PenggunaSaatIni me) {
        Pelatihan p = kelola(id, me);
        if (isi == null || isi.length == 0) {
            throw new RuleViolationException(
                    List.of(FieldProblem.of("materi", "kapasitas.materiKosong")), "kapasitas.materiKosong");
        }
        Berkas b = files.simpanDokumen(isi, nama, desaAtauNull(p.kodeWilayah()), me.username(), "materi");
        jdbc.sql("INSERT INTO pelatihan_materi (pelatihan_id, berkas_id) VALUES (:p, :b)")
                .param("p", id)
                .param("b", b.id())
                .update();
    }

    List<Berkas> materi(long id) {
        return jdbc
                .sql("SELECT berkas_id FROM pelatihan_materi WHERE pelatihan_id = :p ORDER BY berkas_id")
                .param("p", id)
                .query(Long.class)
                .list()
                .stream()
                .map(files::cari)
                .flatMap(java.util.Optional::stream)
                .toList();
    }

    /** The audit trail and files belong to a desa; a training of a kecamatan or kabupaten has none. */
    static String desaAtauNull(String kode) {
        return kode.length() == 10 ? kode : null;
    }

    static Pelatihan baca(ResultSet rs, int n) throws SQLException {
        return new Pelatihan(
                rs.getLong("id"),
                rs.getString("kode_wilayah"),
                rs.getString("judul"),
                rs.getString("penyelenggara"),
                rs.getString("tempat"),
                rs.getDate("mulai").toLocalDate(),
                rs.getDate("selesai").toLocalDate(),
                Kompetensi.baca(rs.getString("kompetensi")),
                rs.getInt("nilai_lulus"),
                rs.getString("dibuat_oleh"),
                rs.getInt("versi"),
                rs.getBoolean("dikelola_desa"),
                pelatih(rs));
    }

    private static Long pelatih(ResultSet rs) throws SQLException {
        long id = rs.getLong("pelatih_kader_id");
        return rs.wasNull() ? null : id;
    }
}
