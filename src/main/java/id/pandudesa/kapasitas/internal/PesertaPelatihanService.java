package id.pandudesa.kapasitas.internal;

import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.akun.WilayahTerlihat;
import id.pandudesa.kapasitas.internal.PelatihanService.Pelatihan;
import id.pandudesa.platform.ConflictException;
import id.pandudesa.platform.FieldProblem;
import id.pandudesa.platform.NotFoundException;
import id.pandudesa.platform.RuleViolationException;
import id.pandudesa.platform.Teks;
import id.pandudesa.platform.audit.AuditAction;
import id.pandudesa.platform.audit.AuditTrail;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people in a training: registered cadres of its region or guests, their attendance per day
 * and scores saved as one grid, and the certificates for those who attended every day and passed.
 */
@Service
public class PesertaPelatihanService {

    public record Peserta(
            long id,
            Long kaderId,
            String kodeDesa,
            String nama,
            String jenisKelamin,
            Integer nilaiAwal,
            Integer nilaiAkhir,
            String sertifikat,
            Set<LocalDate> hadir) {

        public boolean hadirPada(LocalDate hari) {
            return hadir.contains(hari);
        }
    }

    /** Attendance and scores of one participant as the grid sends them. */
    public record Catatan(long pesertaId, Set<LocalDate> hadir, Integer nilaiAwal, Integer nilaiAkhir) {}

    private final JdbcClient jdbc;
    private final PelatihanService pelatihan;
    private final KaderService kader;
    private final AuditTrail audit;
    private final WilayahTerlihat terlihat;

    public PesertaPelatihanService(
            JdbcClient jdbc,
            PelatihanService pelatihan,
            KaderService kader,
            AuditTrail audit,
            WilayahTerlihat terlihat) {
        this.jdbc = jdbc;
        this.pelatihan = pelatihan;
        this.kader = kader;
        this.audit = audit;
        this.terlihat = terlihat;
    }

    @Transactional(readOnly = true)
    public List<Peserta> peserta(long pelatihanId) {
        Map<Long, Set<LocalDate>> hadir = new HashMap<>();
        jdbc.sql("SELECT h.peserta_id, h.tanggal FROM pelatihan_hadir h JOIN pelatihan_peserta p ON p.id = h.peserta_id"
                        + " WHERE p.pelatihan_id = :p")
                .param("p", pelatihanId)
                .query((rs, n) -> {
                    hadir.computeIfAbsent(rs.getLong("peserta_id"), k -> new java.util.TreeSet<>())
                            .add(rs.getDate("tanggal").toLocalDate());
                    return null;
                })
                .list();
        return jdbc.sql("SELECT * FROM pelatihan_peserta WHERE pelatihan_id = :p ORDER BY kode_desa, nama, id")
                .param("p", pelatihanId)
                .query((rs, n) -> new Peserta(
                        rs.getLong("id"),
                        rs.getObject("kader_id", Long.class),
                        rs.getString("kode_desa"),
                        rs.getString("nama"),
                        rs.getString("jenis_kelamin"),
                        rs.getObject("nilai_awal", Integer.class),
                        rs.getObject("nilai_akhir", Integer.class),
                        rs.getString("sertifikat"),
                        hadir.getOrDefault(rs.getLong("id"), Set.of())))
                .list();
    }

    /** Adds a registered cadre of the training's region, or a guest by name, sex and village. */
    @Transactional
    public void tambahPeserta(
            long id, Long kaderId, String nama, String jenisKelamin, String kodeDesa, PenggunaSaatIni me) {
        Pelatihan p = pelatihan.kelola(id, me);
        if (kaderId != null) {
            KaderService.Kader k = kader.cari(kaderId)
                    .filter(x -> x.kodeDesa().startsWith(p.kodeWilayah()) && me.mencakup(x.kodeDesa()))
                    .orElseThrow(() -> new RuleViolationException(
                            List.of(FieldProblem.of("kaderId", "kapasitas.kaderDiLuarWilayah")),
                            "kapasitas.kaderDiLuarWilayah"));
            boolean already =
                    jdbc.sql("SELECT COUNT(*) FROM pelatihan_peserta WHERE pelatihan_id = :p AND kader_id = :k")
                                    .param("p", id)
                                    .param("k", kaderId)
                                    .query(Long.class)
                                    .single()
                            > 0;
            if (already) {
                throw new RuleViolationException(
                        List.of(FieldProblem.of("kaderId", "kapasitas.sudahPeserta", k.nama())),
                        "kapasitas.sudahPeserta",
                        k.nama());
            }
            simpanPeserta(p, k.id(), k.kodeDesa(), k.nama(), k.jenisKelamin());
            return;
        }
        List<FieldProblem> problems = new ArrayList<>();
        String n = Teks.baris(nama);
        if (n == null || n.length() > 100) {
            problems.add(FieldProblem.of("nama", "kapasitas.namaWajib"));
        }
        if (!"L".equals(jenisKelamin) && !"P".equals(jenisKelamin)) {
            problems.add(FieldProblem.of("jenisKelamin", "kapasitas.jenisKelaminWajib"));
        }
        String desa = kodeDesa == null ? "" : kodeDesa.trim();
        if (terlihat.cariDesa(desa, me).isEmpty()) {
            problems.add(FieldProblem.of("kodeDesa", "kapasitas.desaTidakDitemukan", desa));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems, "kapasitas.tidakLengkap");
        }
        simpanPeserta(p, null, desa, n, jenisKelamin);
    }

    private void simpanPeserta(Pelatihan p, Long kaderId, String desa, String nama, String jk) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO pelatihan_peserta (pelatihan_id, kader_id, kode_desa, nama, jenis_kelamin)"
                        + " VALUES (:p, :k, :d, :n, :jk)")
                .param("p", p.id())
                .param("k", kaderId)
                .param("d", desa)
                .param("n", nama)
                .param("jk", jk)
                .update(keys, "id");
        audit.record(
                AuditAction.BUAT,
                "kapasitas.Peserta",
                keys.getKey().longValue(),
                desa,
                null,
                Map.of("pelatihan", p.id(), "nama", nama));
    }

    /**
     * Saves the attendance grid and the scores of every participant at once, at the version the
     * page was opened at. A day outside the training or still to come cannot be marked; a score is
     * 0–100. Nothing is saved when any line is wrong.
     */
    @Transactional
    public void catat(long id, int versi, List<Catatan> catatan, PenggunaSaatIni me) {
        Pelatihan p = pelatihan.kelola(id, me);
        Map<Long, Peserta> known = new HashMap<>();
        peserta(id).forEach(x -> known.put(x.id(), x));
        LocalDate today = kader.hariIni();
        List<FieldProblem> problems = new ArrayList<>();
        for (Catatan c : catatan) {
            Peserta x = known.get(c.pesertaId());
            if (x == null) {
                throw new NotFoundException("kapasitas.pesertaTidakDitemukan", c.pesertaId());
            }
            for (LocalDate d : c.hadir()) {
                if (d.isBefore(p.mulai()) || d.isAfter(p.selesai())) {
                    problems.add(FieldProblem.of("hadir", "kapasitas.hariDiLuarPelatihan", x.nama(), d.toString()));
                } else if (d.isAfter(today)) {
                    problems.add(FieldProblem.of("hadir", "kapasitas.hariBelumTiba", x.nama(), d.toString()));
                }
            }
            for (Integer score : new Integer[] {c.nilaiAwal(), c.nilaiAkhir()}) {
                if (score != null && (score < 0 || score > 100)) {
                    problems.add(FieldProblem.of("nilai", "kapasitas.nilaiPesertaTidakSah", x.nama()));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems, "kapasitas.tidakLengkap");
        }
        int updated = jdbc.sql("UPDATE pelatihan SET versi = versi + 1 WHERE id = :id AND versi = :v")
                .param("id", id)
                .param("v", versi)
                .update();
        if (updated == 0) {
            throw new ConflictException("kapasitas.konflik");
        }
        for (Catatan c : catatan) {
            jdbc.sql("DELETE FROM pelatihan_hadir WHERE peserta_id = :p")
                    .param("p", c.pesertaId())
                    .update();
            for (LocalDate d : c.hadir()) {
                jdbc.sql("INSERT INTO pelatihan_hadir (peserta_id, tanggal) VALUES (:p, :t)")
                        .param("p", c.pesertaId())
                        .param("t", Date.valueOf(d))
                        .update();
            }
            jdbc.sql("UPDATE pelatihan_peserta SET nilai_awal = :a, nilai_akhir = :b WHERE id = :p")
                    .param("a", c.nilaiAwal())
                    .param("b", c.nilaiAkhir())
                    .param("p", c.pesertaId())
                    .update();
        }
        audit.record(
                AuditAction.UBAH,
                "kapasitas.Pelatihan",
                id,
                PelatihanService.desaAtauNull(p.kodeWilayah()),
                null,
                Map.of("peserta", catatan.size()));
    }

    /** Whether a participant earned the certificate: present every day, final score at the pass mark. */
    static boolean layak(List<LocalDate> hari, Set<LocalDate> hadir, Integer nilaiAkhir, int nilaiLulus) {
        return hadir.containsAll(hari) && nilaiAkhir != null && nilaiAkhir >= nilaiLulus;
    }

    /**
     * Numbers a certificate for every participant who earned one and has none yet, once the training
     * is over, and adds the training's competencies to each certified cadre. Returns how many.
     */
    @Transactional
    public int terbitkanSertifikat(long id, PenggunaSaatIni me) {
        Pelatihan p = pelatihan.kelola(id, me);
        if (p.selesai().isAfter(kader.hariIni())) {
            throw new RuleViolationException("kapasitas.pelatihanBelumSelesai");
        }
        int n = 0;
        for (Peserta x : peserta(id)) {
            if (x.sertifikat() == null && layak(p.hari(), x.hadir(), x.nilaiAkhir(), p.nilaiLulus())) {
                String nomor = p.mulai().getYear() + "/" + p.id() + "/" + x.id();
                jdbc.sql("UPDATE pelatihan_peserta SET sertifikat = :s WHERE id = :id AND sertifikat IS NULL")
                        .param("s", nomor)
                        .param("id", x.id())
                        .update();
                if (x.kaderId() != null) {
                    kader.tambahKompetensi(x.kaderId(), p.kompetensi(), x.kodeDesa());
                }
                audit.record(
                        AuditAction.UBAH, "kapasitas.Peserta", x.id(), x.kodeDesa(), null, Map.of("sertifikat", nomor));
                n++;
            }
        }
        return n;
    }

    Peserta pesertaBersertifikat(long id, long pesertaId, PenggunaSaatIni me) {
        pelatihan.pelatihan(id, me);
        return peserta(id).stream()
                .filter(x -> x.id() == pesertaId && x.sertifikat() != null)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("kapasitas.sertifikatTidakAda", pesertaId));
    }

    /** The trainings a cadre took part in, newest first, with the certificate when earned. */
    @Transactional(readOnly = true)
    public List<Map<String, Object>> riwayatKader(long kaderId) {
        return jdbc.sql("SELECT p.id, p.judul, p.mulai, p.selesai, s.sertifikat, s.nilai_akhir FROM pelatihan_peserta s"
                        + " JOIN pelatihan p ON p.id = s.pelatihan_id WHERE s.kader_id = :k ORDER BY p.mulai DESC")
                .param("k", kaderId)
                .query()
                .listOfRows();
    }
}
