package id.pandudesa.pelaksanaan.internal;

import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.pelaksanaan.internal.PelaksanaanService.Laporan;
import id.pandudesa.pelaksanaan.internal.PelaksanaanService.Proyek;
import id.pandudesa.platform.FieldProblem;
import id.pandudesa.platform.NotFoundException;
import id.pandudesa.platform.RuleViolationException;
import id.pandudesa.platform.audit.AuditAction;
import id.pandudesa.platform.audit.AuditTrail;
import id.pandudesa.platform.storage.Berkas;
import id.pandudesa.platform.storage.FileService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's completion: the LPJ with its signed document, the hand-over of the work to the
 * village as an asset, and the maintenance checks of that asset (planned, recorded, overdue).
 */
@Service
public class PenyelesaianService {

    private final JdbcClient jdbc;
    private final PelaksanaanService projects;
    private final FileService files;
    private final AuditTrail audit;

    public PenyelesaianService(JdbcClient jdbc, PelaksanaanService projects, FileService files, AuditTrail audit) {
        this.jdbc = jdbc;
        this.projects = projects;
        this.files = files;
        this.audit = audit;
    }

    record Selesai(LocalDate lpjTanggal, Long lpjRealisasi, Long lpjBerkas, LocalDate serahTerima, String nomorAset) {}

    record Cek(
            long id,
            LocalDate jadwal,
            String uraian,
            String hasil,
            String catatan,
            LocalDate diperiksa,
            boolean terlambat) {}

    enum Hasil {
        BAIK,
        PERLU_PERBAIKAN,
        RUSAK
    }

    Selesai selesai(Proyek p) {
        return jdbc.sql("SELECT lpj_tanggal, lpj_realisasi, lpj_berkas_id, serah_terima_tanggal, nomor_aset FROM proyek"
                        + " WHERE id = :id")
                .param("id", p.id())
                .query((rs, n) -> new Selesai(
                        rs.getObject("lpj_tanggal", LocalDate.class),
                        (Long) rs.getObject("lpj_realisasi", Long.class),
                        (Long) rs.getObject("lpj_berkas_id", Long.class),
                        rs.getObject("serah_terima_tanggal", LocalDate.class),
                        rs.getString("nomor_aset")))
                .single();
    }

    List<Cek> cek(Proyek p) {
        LocalDate today = projects.hariIni();
        return jdbc.sql("SELECT id, jadwal, uraian, hasil, catatan, diperiksa FROM pelestarian_cek WHERE proyek_id = :p"
                        + " AND kode_desa = :k ORDER BY jadwal, id")
                .param("p", p.id())
                .param("k", p.kodeDesa())
                .query((rs, n) -> {
                    LocalDate plan = rs.getObject("jadwal", LocalDate.class);
                    LocalDate done = rs.getObject("diperiksa", LocalDate.class);
                    return new Cek(
                            rs.getLong("id"),
                            plan,
                            rs.getString("uraian"),
                            rs.getString("hasil"),
                            rs.getString("catatan"),
                            done,
                            Pelestarian.terlambat(plan, done, today));
                })
                .list();
    }

    /** The LPJ of a finished project: its date, final spending and the signed document (PDF or photo). */
    @Transactional
    public void lpj(long id, LocalDate tanggal, Long realisasi, byte[] berkas, String namaBerkas, PenggunaSaatIni me) {
        Proyek p = projects.proyek(id, me);
        PelaksanaanService.wajibPencatat(me);
        List<Laporan> reports = projects.laporan(p);
        List<FieldProblem> problems = new ArrayList<>();
        if (reports.isEmpty() || reports.getLast().fisik().compareTo(BigDecimal.valueOf(100)) < 0) {
            throw new RuleViolationException("pelaksanaan.lpj.belumSelesai");
        }
        if (selesai(p).lpjTanggal() != null) {
            throw new RuleViolationException("pelaksanaan.lpj.sudahAda");
        }
        if (tanggal == null || tanggal.isAfter(projects.hariIni())) {
            problems.add(FieldProblem.of("tanggal", "pelaksanaan.tanggalNanti"));
        }
        if (realisasi == null || realisasi < 0) {
            problems.add(FieldProblem.of("realisasi", "pelaksanaan.realisasiTidakValid"));
        }
        if (berkas == null || berkas.length == 0) {
            problems.add(FieldProblem.of("berkas", "pelaksanaan.lpj.berkasWajib"));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems, "pelaksanaan.laporanDitolak", problems.size());
        }
        Berkas stored = files.simpanDokumen(berkas, namaBerkas, p.kodeDesa(), me.username(), "berkas");
        jdbc.sql("UPDATE proyek SET lpj_tanggal = :t, lpj_realisasi = :r, lpj_berkas_id = :b, versi = versi + 1"
                        + " WHERE id = :id AND lpj_tanggal IS NULL")
                .param("t", tanggal)
                .param("r", realisasi)
                .param("b", stored.id())
                .param("id", p.id())
                .update();
        audit.record(
                AuditAction.UBAH,
                "pelaksanaan.Proyek",
                p.id(),
                p.kodeDesa(),
                null,
                Map.of("lpj", tanggal.toString(), "realisasi", realisasi, "berkas", stored.id()));
    }

    /** Hands the finished work over to the village as an asset, after the LPJ. */
    @Transactional
    public void serahTerima(long id, LocalDate tanggal, String nomorAset, PenggunaSaatIni me) {
        Proyek p = projects.proyek(id, me);
        PelaksanaanService.wajibPencatat(me);
        Selesai s = selesai(p);
        if (s.lpjTanggal() == null) {
            throw new RuleViolationException("pelaksanaan.serahTerima.tanpaLpj");
        }
        if (s.serahTerima() != null) {
            throw new RuleViolationException("pelaksanaan.serahTerima.sudahAda");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (tanggal == null || tanggal.isAfter(projects.hariIni()) || tanggal.isBefore(s.lpjTanggal())) {
            problems.add(FieldProblem.of("tanggal", "pelaksanaan.serahTerima.tanggal"));
        }
        if (nomorAset == null || nomorAset.isBlank() || nomorAset.length() > 60) {
            problems.add(FieldProblem.of("nomorAset", "pelaksanaan.serahTerima.nomorAsetWajib"));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems, "pelaksanaan.laporanDitolak", problems.size());
        }
        jdbc.sql("UPDATE proyek SET serah_terima_tanggal = :t, nomor_aset = :n, versi = versi + 1 WHERE id = :id")
                .param("t", tanggal)
                .param("n", nomorAset.trim())
                .param("id", p.id())
                .update();
        audit.record(
                AuditAction.UBAH,
                "pelaksanaan.Proyek",
                p.id(),
                p.kodeDesa(),
                null,
                Map.of("serahTerima", tanggal.toString(), "nomorAset", nomorAset.trim()));
    }

    /** Plans the maintenance checks of a handed-over asset. */
    @Transactional
    public void rencanaPelestarian(
            long id, LocalDate pertama, Integer bulan, Integer kali, String uraian, PenggunaSaatIni me) {
        Proyek p = projects.proyek(id, me);
        PelaksanaanService.wajibPencatat(me);
        if (selesai(p).serahTerima() == null) {
            throw new RuleViolationException("pelaksanaan.pelestarian.belumDiserahkan");
        }
        List<FieldProblem> problems = new ArrayList<>();
        List<LocalDate> dates = List.of();
        try {
            dates = Pelestarian.jadwal(pertama, bulan == null ? 0 : bulan, kali == null ? 0 : kali);
        } catch (IllegalArgumentException e) {
            problems.add(FieldProblem.of("bulan", "pelaksanaan.pelestarian.jadwalTidakValid", Pelestarian.MAKS_CEK));
        }
        if (uraian == null || uraian.isBlank() || uraian.length() > 300) {
            problems.add(FieldProblem.of("uraian", "pelaksanaan.pelestarian.uraian"));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems, "pelaksanaan.laporanDitolak", problems.size());
        }
        for (LocalDate d : dates) {
            jdbc.sql("INSERT INTO pelestarian_cek (proyek_id, kode_desa, jadwal, uraian) VALUES (:p, :k, :j, :u)")
                    .param("p", p.id())
                    .param("k", p.kodeDesa())
                    .param("j", d)
                    .param("u", uraian.trim())
                    .update();
        }
        audit.record(
                AuditAction.BUAT,
                "pelaksanaan.Pelestarian",
                p.id(),
                p.kodeDesa(),
                null,
                Map.of("pertama", pertama.toString(), "bulan", bulan, "kali", kali, "uraian", uraian.trim()));
    }

    /** The result of one maintenance check. */
    @Transactional
    void hasilCek(long id, long cekId, String hasil, String catatan, LocalDate diperiksa, PenggunaSaatIni me) {
        Proyek p = projects.proyek(id, me);
        PelaksanaanService.wajibPencatat(me);
        Cek c = cek(p).stream()
                .filter(x -> x.id() == cekId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("pelaksanaan.pelestarian.tidakDitemukan"));
        List<FieldProblem> problems = new ArrayList<>();
        Hasil h = null;
        try {
            h = Hasil.valueOf(hasil == null ? "" : hasil);
        } catch (IllegalArgumentException e) {
            problems.add(FieldProblem.of("hasil", "pelaksanaan.pelestarian.hasilWajib"));
        }
        if (diperiksa == null || diperiksa.isAfter(projects.hariIni())) {
            problems.add(FieldProblem.of("tanggal", "pelaksanaan.tanggalNanti"));
        }
        if (h != null && h != Hasil.BAIK && (catatan == null || catatan.isBlank())) {
            problems.add(FieldProblem.of("catatan", "pelaksanaan.pelestarian.catatanWajib"));
        }
        if (catatan != null && catatan.length() > 1000) {
            problems.add(FieldProblem.of("catatan", "pelaksanaan.terlaluPanjang"));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems, "pelaksanaan.laporanDitolak", problems.size());
        }
        jdbc.sql("UPDATE pelestarian_cek SET hasil = :h, catatan = :c, diperiksa = :d, diperiksa_oleh = :o"
                        + " WHERE id = :id AND proyek_id = :p")
                .param("h", h.name())
                .param("c", PelaksanaanService.blank(catatan), java.sql.Types.VARCHAR)
                .param("d", diperiksa)
                .param("o", me.username())
                .param("id", c.id())
                .param("p", p.id())
                .update();
        audit.record(
                AuditAction.UBAH,
                "pelaksanaan.PelestarianCek",
                c.id(),
                p.kodeDesa(),
                c,
                Map.of("hasil", h.name(), "diperiksa", diperiksa.toString()));
    }

    /** Maintenance checks past their date without a result, in the desa of a user's scope. */
    List<Map<String, Object>> cekTerlambat(List<String> kodeDesa, int batas) {
        if (kodeDesa.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT c.id, c.jadwal, c.uraian, p.id AS proyek_id, p.nama, p.kode_desa FROM pelestarian_cek c"
                        + " JOIN proyek p ON p.id = c.proyek_id WHERE c.kode_desa IN (:k) AND c.diperiksa IS NULL"
                        + " AND c.jadwal < :today ORDER BY c.jadwal LIMIT " + batas)
                .param("k", kodeDesa)
                .param("today", projects.hariIni())
                .query((rs, n) -> Map.<String, Object>of(
                        "jadwal", rs.getObject("jadwal", LocalDate.class),
                        "uraian", rs.getString("uraian"),
                        "proyekId", rs.getLong("proyek_id"),
                        "nama", rs.getString("nama")))
                .list();
    }
}
