package id.pandudesa.kapasitas.internal;

import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.platform.FieldProblem;
import id.pandudesa.platform.ForbiddenException;
import id.pandudesa.platform.NotFoundException;
import id.pandudesa.platform.RuleViolationException;
import id.pandudesa.platform.Teks;
import id.pandudesa.platform.audit.AuditAction;
import id.pandudesa.platform.audit.AuditTrail;
import id.pandudesa.wilayah.Wilayah;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A village's community-centre facilities (balai desa, posko, library, hall, learning room):
 * what there is and in which condition, recorded by those who record the desa's institutions.
 */
@Service
public class FasilitasService {

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

    record Fasilitas(long id, JenisFasilitas jenis, String nama, Kondisi kondisi, String keterangan) {}

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    public FasilitasService(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Fasilitas> fasilitas(String kodeDesa) {
        return jdbc.sql(
                        "SELECT id, jenis, nama, kondisi, keterangan FROM fasilitas_desa WHERE kode_desa = :d ORDER BY jenis, nama")
                .param("d", kodeDesa)
                .query((rs, n) -> new Fasilitas(
                        rs.getLong("id"),
                        JenisFasilitas.valueOf(rs.getString("jenis")),
                        rs.getString("nama"),
                        Kondisi.valueOf(rs.getString("kondisi")),
                        rs.getString("keterangan")))
                .list();
    }

    @Transactional
    public void tambahFasilitas(
            Wilayah w, String jenis, String nama, String kondisi, String keterangan, PenggunaSaatIni me) {
        if (!w.isDesa()) {
            throw new NotFoundException("kapasitas.desaTidakDitemukan", w.kode());
        }
        if (!LembagaService.bolehCatat(w, me)) {
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
}
