package id.pandudesa.pelaksanaan.internal;

import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.akun.Peran;
import id.pandudesa.akun.WilayahTerlihat;
import id.pandudesa.perencanaan.PerencanaanApi;
import id.pandudesa.platform.FieldProblem;
import id.pandudesa.platform.ForbiddenException;
import id.pandudesa.platform.NotFoundException;
import id.pandudesa.platform.RuleViolationException;
import id.pandudesa.platform.audit.AuditAction;
import id.pandudesa.platform.audit.AuditTrail;
import id.pandudesa.platform.storage.FileService;
import id.pandudesa.wilayah.Wilayah;
import java.math.BigDecimal;
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
 * Projects of the adopted APBDes and their progress. The village government and its KPMD (with
 * the TPK) record them; everyone whose scope covers the desa reads them.
 */
@Service
public class PelaksanaanService {

    static final Set<Peran> PENCATAT = EnumSet.of(Peran.PEMDES, Peran.KPMD);

    public record Proyek(
            long id,
            String kodeDesa,
            int tahun,
            String kodeKegiatan,
            String nama,
            long anggaran,
            String tpk,
            LocalDate mulai,
            LocalDate selesai,
            BigDecimal lintang,
            BigDecimal bujur,
            String lokasi,
            BigDecimal volume,
            String satuan,
            boolean padatKarya) {

        public List<String> anggotaTpk() {
            return tpk.lines().map(String::trim).filter(l -> !l.isEmpty()).toList();
        }
    }

    record Laporan(
            long id,
            LocalDate tanggal,
            BigDecimal fisik,
            long realisasi,
            String alasanLebih,
            String masalah,
            int pekerjaLaki,
            int pekerjaPerempuan,
            int pekerjaMiskin,
            int hok,
            long upah,
            String dicatatOleh,
            List<Long> foto) {

        public String fisikTeks() {
            return fisik.toPlainString();
        }

        public boolean padatKarya() {
            return pekerjaLaki + pekerjaPerempuan > 0 || hok > 0;
        }
    }

    /** A project with its latest report and how it stands against the plan today. */
    record Ringkas(Proyek proyek, Laporan terakhir, double rencana, boolean terlambat) {

        public double fisik() {
            return terakhir == null ? 0 : terakhir.fisik().doubleValue();
        }

        public double keuangan() {
            return KurvaS.keuangan(terakhir == null ? 0 : terakhir.realisasi(), proyek.anggaran());
        }
    }

    public record ProyekBaru(
            String kegiatan,
            String tpk,
            LocalDate mulai,
            LocalDate selesai,
            BigDecimal lintang,
            BigDecimal bujur,
            String lokasi,
            BigDecimal volume,
            String satuan,
            boolean padatKarya) {}

    private final JdbcClient jdbc;
    private final PerencanaanApi perencanaan;
    private final FileService files;
    private final AuditTrail audit;
    private final Clock clock;

    private final WilayahTerlihat terlihat;

    public PelaksanaanService(
            WilayahTerlihat terlihat,
            JdbcClient jdbc,
            PerencanaanApi perencanaan,
            FileService files,
            AuditTrail audit,
            Clock clock) {
        this.terlihat = terlihat;
        this.jdbc = jdbc;
        this.perencanaan = perencanaan;
        this.files = files;
        this.audit = audit;
        this.clock = clock;
    }

    Wilayah desaTerlihat(String kodeDesa, PenggunaSaatIni me) {
        return terlihat.desa(kodeDesa, me, "pelaksanaan.desaTidakDitemukan");
    }

    public List<PerencanaanApi.Kegiatan> perencanaanKegiatan(String code, int tahun) {
        return perencanaan.kegiatanBelanja(code, tahun);
    }

    public LocalDate hariIni() {
        return LocalDate.now(clock.withZone(ZoneId.of("Asia/Jakarta")));
    }

    /** The year's projects of a desa, each with its latest report and its standing against the plan. */
    @Transactional(readOnly = true)
    List<Ringkas> daftar(String code, int tahun) {
        List<Proyek> projects = proyekTahun(code, tahun);
        Map<Long, Laporan> latest = new LinkedHashMap<>();
        if (!projects.isEmpty()) {
            jdbc.sql("SELECT l.* FROM proyek_laporan l WHERE l.kode_desa = :k AND l.proyek_id IN (:ids)"
                            + " ORDER BY l.proyek_id, l.tanggal, l.id")
                    .param("k", code)
                    .param("ids", projects.stream().map(Proyek::id).toList())
                    .query((rs, n) -> Map.entry(rs.getLong("proyek_id"), laporanDari(rs, List.of())))
                    .list()
                    .forEach(e -> latest.put(e.getKey(), e.getValue()));
        }
        LocalDate today = hariIni();
        return projects.stream().map(p -> ringkas(p, latest.get(p.id()), today)).toList();
    }

    /** The year's projects of a desa in the order they were recorded; the caller has checked the scope. */
    List<Proyek> proyekTahun(String code, int tahun) {
        return jdbc.sql("SELECT * FROM proyek WHERE kode_desa = :k AND tahun = :t ORDER BY id")
                .param("k", code)
                .param("t", tahun)
                .query(PelaksanaanService::proyekDari)
                .list();
    }

    static Ringkas ringkas(Proyek p, Laporan last, LocalDate today) {
        double fisik = last == null ? 0 : last.fisik().doubleValue();
        return new Ringkas(
                p,
                last,
                KurvaS.rencana(p.mulai(), p.selesai(), today),
                KurvaS.terlambat(p.mulai(), p.selesai(), today, fisik));
    }

    @Transactional(readOnly = true)
    Proyek proyek(long id, PenggunaSaatIni me) {
        return proyekSatu(id)
                .filter(p -> me.mencakup(p.kodeDesa()))
                .orElseThrow(() -> new NotFoundException("pelaksanaan.proyekTidakDitemukan"));
    }

    Optional<Proyek> proyekSatu(long id) {
        return jdbc.sql("SELECT * FROM proyek WHERE id = :id")
                .param("id", id)
                .query(PelaksanaanService::proyekDari)
                .optional();
    }

    /** Reports of a project, oldest first, each with its photos. */
    @Transactional(readOnly = true)
    List<Laporan> laporan(Proyek p) {
        Map<Long, List<Long>> photos = new LinkedHashMap<>();
        jdbc.sql("SELECT f.laporan_id, f.berkas_id FROM proyek_laporan_foto f JOIN proyek_laporan l"
                        + " ON l.id = f.laporan_id WHERE l.proyek_id = :p AND f.kode_desa = :k ORDER BY f.berkas_id")
                .param("p", p.id())
                .param("k", p.kodeDesa())
                .query((rs, n) -> Map.entry(rs.getLong("laporan_id"), rs.getLong("berkas_id")))
                .list()
                .forEach(e -> photos.computeIfAbsent(e.getKey(), x -> new ArrayList<>())
                        .add(e.getValue()));
        return jdbc.sql("SELECT * FROM proyek_laporan WHERE proyek_id = :p AND kode_desa = :k ORDER BY tanggal, id")
                .param("p", p.id())
                .param("k", p.kodeDesa())
                .query((rs, n) -> laporanDari(rs, photos.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    /** The project a photo belongs to, if any. */
    Optional<Long> proyekFoto(long berkasId) {
        return jdbc.sql("SELECT l.proyek_id FROM proyek_laporan_foto f JOIN proyek_laporan l ON l.id = f.laporan_id"
                        + " WHERE f.berkas_id = :b")
                .param("b", berkasId)
                .query(Long.class)
                .optional();
    }

    /**
     * Starts following an activity of the adopted APBDes: its budget is the APBDes's, named as
     * the APBDes groups it; the schedule, TPK, place and target are the village's.
     */
    @Transactional
    public Proyek buat(String kodeDesa, int tahun, ProyekBaru b, PenggunaSaatIni me) {
        String code = desaTerlihat(kodeDesa, me).kode();
        wajibPencatat(me);
        List<FieldProblem> problems = new ArrayList<>();
        Optional<PerencanaanApi.Kegiatan> activity = perencanaan.kegiatanBelanja(code, tahun).stream()
                .filter(k -> k.nama().equals(b.kegiatan()))
                .findFirst();
        if (activity.isEmpty()) {
            problems.add(FieldProblem.of("kegiatan", "pelaksanaan.kegiatanBukanApbdes"));
        } else if (daftar(code, tahun).stream()
                .anyMatch(r -> r.proyek().nama().equals(activity.get().nama()))) {
            problems.add(FieldProblem.of("kegiatan", "pelaksanaan.sudahDiikuti"));
        }
        if (b.tpk() == null || b.tpk().isBlank() || b.tpk().length() > 2000) {
            problems.add(FieldProblem.of("tpk", "pelaksanaan.tpkWajib"));
        }
        if (b.mulai() == null || b.selesai() == null) {
            problems.add(FieldProblem.of("mulai", "pelaksanaan.jadwalWajib"));
        } else if (b.selesai().isBefore(b.mulai())) {
            problems.add(FieldProblem.of("selesai", "pelaksanaan.jadwalTerbalik"));
        } else if (b.mulai().getYear() < tahun - 1 || b.selesai().getYear() > tahun + 1) {
            problems.add(FieldProblem.of("mulai", "pelaksanaan.jadwalDiLuarTahun", String.valueOf(tahun)));
        }
        if ((b.lintang() == null) != (b.bujur() == null)
                || b.lintang() != null
                        && (b.lintang().abs().compareTo(BigDecimal.valueOf(12)) > 0
                                || b.bujur().compareTo(BigDecimal.valueOf(94)) < 0
                                || b.bujur().compareTo(BigDecimal.valueOf(142)) > 0)) {
            problems.add(FieldProblem.of("lintang", "pelaksanaan.koordinatTidakValid"));
        }
        if (b.lokasi() == null || b.lokasi().isBlank() || b.lokasi().length() > 200) {
            problems.add(FieldProblem.of("lokasi", "pelaksanaan.lokasiWajib"));
        }
        if (b.volume() == null || b.volume().signum() <= 0 || b.volume().scale() > 2) {
            problems.add(FieldProblem.of("volume", "pelaksanaan.volumeTidakValid"));
        }
        if (b.satuan() == null || b.satuan().isBlank() || b.satuan().length() > 30) {
            problems.add(FieldProblem.of("satuan", "pelaksanaan.satuanWajib"));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems, "pelaksanaan.ditolak", problems.size());
        }
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO proyek (kode_desa, tahun, kode_kegiatan, nama, anggaran, tpk, mulai, selesai, lintang,"
                        + " bujur, lokasi, volume, satuan, padat_karya, dibuat_oleh, dibuat, versi) VALUES (:k, :t,"
                        + " :kk, :n, :a, :tpk, :m, :s, :la, :lo, :l, :v, :sa, :pk, :o, :w, 0)")
                .param("k", code)
                .param("t", tahun)
                .param("kk", activity.get().kodeKegiatan())
                .param("n", activity.get().nama())
                .param("a", activity.get().anggaran())
                .param("tpk", b.tpk().trim())
                .param("m", b.mulai())
                .param("s", b.selesai())
                .param("la", b.lintang(), java.sql.Types.NUMERIC)
                .param("lo", b.bujur(), java.sql.Types.NUMERIC)
                .param("l", b.lokasi().trim())
                .param("v", b.volume())
                .param("sa", b.satuan().trim())
                .param("pk", b.padatKarya())
                .param("o", me.username())
                .param("w", Timestamp.from(Instant.now(clock)))
                .update(keys, "id");
        Proyek saved = proyekSatu(keys.getKey().longValue()).orElseThrow();
        audit.record(AuditAction.BUAT, "pelaksanaan.Proyek", saved.id(), code, null, saved);
        return saved;
    }

    static void wajibPencatat(PenggunaSaatIni me) {
        if (!PENCATAT.contains(me.peran())) {
            throw new ForbiddenException("pelaksanaan.bukanPencatat");
        }
    }

    static String blank(String v) {
        return v == null || v.isBlank() ? null : v.trim();
    }

    private static Proyek proyekDari(ResultSet rs, int n) throws SQLException {
        return new Proyek(
                rs.getLong("id"),
                rs.getString("kode_desa"),
                rs.getInt("tahun"),
                rs.getString("kode_kegiatan"),
                rs.getString("nama"),
                rs.getLong("anggaran"),
                rs.getString("tpk"),
                rs.getObject("mulai", LocalDate.class),
                rs.getObject("selesai", LocalDate.class),
                rs.getBigDecimal("lintang"),
                rs.getBigDecimal("bujur"),
                rs.getString("lokasi"),
                rs.getBigDecimal("volume").stripTrailingZeros(),
                rs.getString("satuan"),
                rs.getBoolean("padat_karya"));
    }

    private static Laporan laporanDari(ResultSet rs, List<Long> photos) throws SQLException {
        return new Laporan(
                rs.getLong("id"),
                rs.getObject("tanggal", LocalDate.class),
                rs.getBigDecimal("fisik").stripTrailingZeros(),
                rs.getLong("realisasi"),
                rs.getString("alasan_lebih"),
                rs.getString("masalah"),
                rs.getInt("pekerja_laki"),
                rs.getInt("pekerja_perempuan"),
                rs.getInt("pekerja_miskin"),
                rs.getInt("hok"),
                rs.getLong("upah"),
                rs.getString("dicatat_oleh"),
                photos);
    }
}
