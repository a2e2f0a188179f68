package id.pandudesa.pengaduan.internal;

import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.musyawarah.MusyawarahApi;
import id.pandudesa.pengaduan.KategoriPengaduan;
import id.pandudesa.platform.ConflictException;
import id.pandudesa.platform.FieldProblem;
import id.pandudesa.platform.ForbiddenException;
import id.pandudesa.platform.RuleViolationException;
import id.pandudesa.platform.Teks;
import id.pandudesa.platform.audit.AuditAction;
import id.pandudesa.platform.audit.AuditTrail;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A dispute (a complaint of category PERSELISIHAN) settled by musyawarah mufakat: its parties,
 * the mediator, the meetings held (each may be a recorded musyawarah) and the agreement reached.
 * Parties' names are personal data: only the case's handlers see them, like the identity.
 */
@Service
public class PerselisihanService {

    enum PeranPihak {
        PENGADU,
        TERADU,
        LAIN
    }

    record Pihak(long id, String nama, PeranPihak peran) {}

    record Pertemuan(long id, LocalDate tanggal, String tempat, String hasil, Long musyawarahId) {}

    record Perselisihan(
            String mediator,
            String kesepakatan,
            LocalDate tanggalKesepakatan,
            int versi,
            List<Pihak> pihak,
            List<Pertemuan> pertemuan) {}

    private final JdbcClient jdbc;
    private final PengaduanService pengaduan;
    private final MusyawarahApi musyawarah;
    private final AuditTrail audit;

    public PerselisihanService(
            JdbcClient jdbc, PengaduanService pengaduan, MusyawarahApi musyawarah, AuditTrail audit) {
        this.jdbc = jdbc;
        this.pengaduan = pengaduan;
        this.musyawarah = musyawarah;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public Optional<Perselisihan> baca(long id) {
        return jdbc.sql(
                        "SELECT mediator, kesepakatan, tanggal_kesepakatan, versi FROM perselisihan WHERE pengaduan_id = :p")
                .param("p", id)
                .query((rs, n) -> new Perselisihan(
                        rs.getString("mediator"),
                        rs.getString("kesepakatan"),
                        rs.getDate("tanggal_kesepakatan") == null
                                ? null
                                : rs.getDate("tanggal_kesepakatan").toLocalDate(),
                        rs.getInt("versi"),
                        pihak(id),
                        pertemuan(id)))
                .optional();
    }

    /** Sets the mediator and the parties (one name per line for each side), replacing the earlier list. */
    @Transactional
    public void simpan(long id, Integer versi, String mediator, String pengadu, String teradu, PenggunaSaatIni me) {
        Kasus k = boleh(id, me);
        List<FieldProblem> problems = new ArrayList<>();
        String m = Teks.bersih(mediator);
        if (m == null) {
            problems.add(FieldProblem.of("mediator", "pengaduan.mediatorWajib"));
        } else if (m.length() > 200) {
            problems.add(FieldProblem.of("mediator", "pengaduan.terlaluPanjang", 200));
        }
        List<String> a = baris(pengadu);
        List<String> b = baris(teradu);
        if (a.isEmpty()) {
            problems.add(FieldProblem.of("pengadu", "pengaduan.pihakWajib"));
        }
        if (b.isEmpty()) {
            problems.add(FieldProblem.of("teradu", "pengaduan.pihakWajib"));
        }
        if (a.size() + b.size() > 50
                || a.stream().anyMatch(x -> x.length() > 200)
                || b.stream().anyMatch(x -> x.length() > 200)) {
            problems.add(FieldProblem.of("pengadu", "pengaduan.terlaluPanjang", 200));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems, "pengaduan.tidakLengkap");
        }
        Optional<Perselisihan> ada = baca(id);
        if (ada.isEmpty()) {
            jdbc.sql("INSERT INTO perselisihan (pengaduan_id, kode_desa, mediator) VALUES (:p, :d, :m)")
                    .param("p", id)
                    .param("d", k.kodeDesa())
                    .param("m", m)
                    .update();
        } else {
            int updated = jdbc.sql(
                            "UPDATE perselisihan SET mediator = :m, versi = versi + 1 WHERE pengaduan_id = :p AND versi = :v")
                    .param("m", m)
                    .param("p", id)
                    .param("v", versi == null ? -1 : versi)
                    .update();
            if (updated == 0) {
                throw new ConflictException("pengaduan.konflik");
            }
        }
        jdbc.sql("DELETE FROM perselisihan_pihak WHERE pengaduan_id = :p")
                .param("p", id)
                .update();
        for (String n : a) {
            tambahPihak(id, n, PeranPihak.PENGADU);
        }
        for (String n : b) {
            tambahPihak(id, n, PeranPihak.TERADU);
        }
        audit.record(
                AuditAction.UBAH,
                "pengaduan.Perselisihan",
                id,
                k.kodeDesa(),
                null,
                Map.of("pihak", a.size() + b.size()));
    }

    @Transactional
    public void pertemuan(
            long id, LocalDate tanggal, String tempat, String hasil, Long musyawarahId, PenggunaSaatIni me) {
        Kasus k = boleh(id, me);
        List<FieldProblem> problems = new ArrayList<>();
        if (baca(id).isEmpty()) {
            problems.add(FieldProblem.of("mediator", "pengaduan.pihakDulu"));
        }
        String t = Teks.bersih(tempat);
        String h = Teks.bersih(hasil);
        if (t == null || t.length() > 200) {
            problems.add(FieldProblem.of("tempat", "pengaduan.tempatWajib"));
        }
        if (h == null || h.length() > 2000) {
            problems.add(FieldProblem.of("hasil", "pengaduan.hasilPertemuanWajib"));
        }
        if (tanggal == null) {
            problems.add(FieldProblem.of("tanggal", "pengaduan.tanggalWajib"));
        } else if (tanggal.isAfter(LocalDate.ofInstant(pengaduan.sekarang(), java.time.ZoneId.of("Asia/Jakarta"))
                .plusDays(1))) {
            problems.add(FieldProblem.of("tanggal", "pengaduan.tanggalMasaDepan"));
        }
        if (musyawarahId != null
                && musyawarah
                        .ringkas(musyawarahId, me)
                        .filter(x -> x.kodeDesa().equals(k.kodeDesa()))
                        .isEmpty()) {
            problems.add(FieldProblem.of("musyawarahId", "pengaduan.musyawarahTidakAda", musyawarahId));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems, "pengaduan.tidakLengkap");
        }
        jdbc.sql("INSERT INTO perselisihan_pertemuan (pengaduan_id, tanggal, tempat, hasil, musyawarah_id)"
                        + " VALUES (:p, :t, :w, :h, :m)")
                .param("p", id)
                .param("t", tanggal)
                .param("w", t)
                .param("h", h)
                .param("m", musyawarahId)
                .update();
        audit.record(
                AuditAction.BUAT,
                "pengaduan.Pertemuan",
                id,
                k.kodeDesa(),
                null,
                Map.of("tanggal", String.valueOf(tanggal)));
    }

    /** The agreement reached; the case is then closed with SELESAI by its handler. */
    @Transactional
    public void kesepakatan(long id, Integer versi, String teks, LocalDate tanggal, PenggunaSaatIni me) {
        Kasus k = boleh(id, me);
        String t = Teks.bersih(teks);
        List<FieldProblem> problems = new ArrayList<>();
        if (t == null || t.length() > 4000) {
            problems.add(FieldProblem.of("kesepakatan", "pengaduan.kesepakatanWajib"));
        }
        if (tanggal == null) {
            problems.add(FieldProblem.of("tanggalKesepakatan", "pengaduan.tanggalWajib"));
        }
        if (baca(id).isEmpty()) {
            problems.add(FieldProblem.of("mediator", "pengaduan.pihakDulu"));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems, "pengaduan.tidakLengkap");
        }
        int updated = jdbc.sql("UPDATE perselisihan SET kesepakatan = :k, tanggal_kesepakatan = :t, versi = versi + 1"
                        + " WHERE pengaduan_id = :p AND versi = :v")
                .param("k", t)
                .param("t", tanggal)
                .param("p", id)
                .param("v", versi == null ? -1 : versi)
                .update();
        if (updated == 0) {
            throw new ConflictException("pengaduan.konflik");
        }
        audit.record(
                AuditAction.UBAH,
                "pengaduan.Kesepakatan",
                id,
                k.kodeDesa(),
                null,
                Map.of("tanggal", tanggal.toString()));
    }

    private Kasus boleh(long id, PenggunaSaatIni me) {
        Kasus k = pengaduan.kasus(id, me);
        if (k.status().akhir() || !AlurPengaduan.bolehBertindak(me.peran(), k.ditugaskan(), k.tingkat())) {
            throw new ForbiddenException("pengaduan.tidakBolehBertindak");
        }
        if (k.kategori() != KategoriPengaduan.PERSELISIHAN) {
            throw new RuleViolationException("pengaduan.bukanPerselisihan");
        }
        return k;
    }

    private void tambahPihak(long id, String nama, PeranPihak peran) {
        jdbc.sql("INSERT INTO perselisihan_pihak (pengaduan_id, nama, nama_sidik, peran) VALUES (:p, :n, :ns, :r)")
                .param("p", id)
                .param("n", Identitas.simpan(nama))
                .param("ns", Identitas.sidikNama(nama))
                .param("r", peran.name())
                .update();
    }

    private List<Pihak> pihak(long id) {
        return jdbc.sql("SELECT id, nama, peran FROM perselisihan_pihak WHERE pengaduan_id = :p ORDER BY id")
                .param("p", id)
                .query((rs, n) -> new Pihak(
                        rs.getLong("id"),
                        Identitas.buka(rs.getString("nama")),
                        PeranPihak.valueOf(rs.getString("peran"))))
                .list();
    }

    private List<Pertemuan> pertemuan(long id) {
        return jdbc.sql("SELECT id, tanggal, tempat, hasil, musyawarah_id FROM perselisihan_pertemuan"
                        + " WHERE pengaduan_id = :p ORDER BY tanggal, id")
                .param("p", id)
                .query((rs, n) -> new Pertemuan(
                        rs.getLong("id"),
                        rs.getDate("tanggal").toLocalDate(),
                        rs.getString("tempat"),
                        rs.getString("hasil"),
                        rs.getObject("musyawarah_id", Long.class)))
                .list();
    }

    private static List<String> baris(String text) {
        if (text == null) {
            return List.of();
        }
        return text.lines().map(Teks::bersih).filter(java.util.Objects::nonNull).toList();
    }
}
