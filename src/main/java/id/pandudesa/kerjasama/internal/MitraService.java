package id.pandudesa.kerjasama.internal;

import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.kerjasama.internal.Kerjasama.JenisMitra;
import id.pandudesa.kerjasama.internal.Kerjasama.Mitra;
import id.pandudesa.platform.FieldProblem;
import id.pandudesa.platform.ForbiddenException;
import id.pandudesa.platform.RuleViolationException;
import id.pandudesa.platform.Teks;
import id.pandudesa.platform.audit.AuditAction;
import id.pandudesa.platform.audit.AuditTrail;
import id.pandudesa.platform.privasi.Sandi;
import id.pandudesa.wilayah.KodeWilayah;
import id.pandudesa.wilayah.Wilayah;
import id.pandudesa.wilayah.WilayahApi;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A desa's partners (other villages, companies, NGOs, campuses, agencies), recorded by its recorders. */
@Service
public class MitraService {

    private final JdbcClient jdbc;
    private final WilayahApi wilayah;
    private final AuditTrail audit;
    private final Clock clock;

    public MitraService(JdbcClient jdbc, WilayahApi wilayah, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.wilayah = wilayah;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Mitra> mitra(String kodeDesa) {
        return jdbc.sql("SELECT id, kode_desa, jenis, nama, kode_desa_mitra, kontak, alamat FROM kerjasama_mitra"
                        + " WHERE kode_desa = :d ORDER BY nama, id")
                .param("d", kodeDesa)
                .query(MitraService::bacaMitra)
                .list();
    }

    static Mitra bacaMitra(ResultSet rs, int n) throws SQLException {
        return new Mitra(
                rs.getLong("id"),
                rs.getString("kode_desa"),
                JenisMitra.valueOf(rs.getString("jenis")),
                rs.getString("nama"),
                rs.getString("kode_desa_mitra"),
                Sandi.buka(rs.getString("kontak")),
                rs.getString("alamat"));
    }

    /**
     * Records a partner in a desa's list. A partner village is named by its code (its name comes
     * from the region tree); any other partner by its name.
     */
    @Transactional
    public Mitra catatMitra(
            Wilayah desa,
            String jenis,
            String nama,
            String kodeDesaMitra,
            String kontak,
            String alamat,
            PenggunaSaatIni me) {
        if (!KerjasamaService.bolehCatat(me, desa.kode())) {
            throw new ForbiddenException("kerjasama.bukanPencatat");
        }
        List<FieldProblem> problems = new ArrayList<>();
        JenisMitra j = Teks.pilihan(JenisMitra.class, jenis);
        String n = Teks.baris(nama);
        String mitraDesa = null;
        if (j == null) {
            problems.add(FieldProblem.of("jenisMitra", "kerjasama.pilihanTidakSah"));
        } else if (j == JenisMitra.DESA) {
            String code = KodeWilayah.normalisasi(kodeDesaMitra);
            Optional<Wilayah> other = wilayah.cari(code).filter(Wilayah::isDesa);
            if (other.isEmpty()) {
                problems.add(FieldProblem.of("kodeDesaMitra", "kerjasama.desaTidakDitemukan", code));
            } else if (other.get().kode().equals(desa.kode())) {
                problems.add(FieldProblem.of("kodeDesaMitra", "kerjasama.desaSendiri"));
            } else {
                mitraDesa = other.get().kode();
                n = other.get().nama();
            }
        } else if (n == null || n.length() > 200) {
            problems.add(FieldProblem.of("namaMitra", "kerjasama.wajibDiisi"));
        }
        String k = Teks.baris(kontak);
        String a = Teks.baris(alamat);
        if ((k != null && k.length() > 200) || (a != null && a.length() > 500)) {
            problems.add(FieldProblem.of("kontak", "kerjasama.terlaluPanjang", 200));
        }
        if (mitraDesa != null
                && jdbc.sql("SELECT COUNT(*) FROM kerjasama_mitra WHERE kode_desa = :d AND kode_desa_mitra = :m")
                                .param("d", desa.kode())
                                .param("m", mitraDesa)
                                .query(Long.class)
                                .single()
                        > 0) {
            problems.add(FieldProblem.of("kodeDesaMitra", "kerjasama.mitraSudahAda", n));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems, "kerjasama.tidakLengkap");
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO kerjasama_mitra (kode_desa, jenis, nama, kode_desa_mitra, kontak, kontak_sidik, alamat,"
                        + " dicatat_oleh, dibuat) VALUES (:d, :j, :n, :m, :k, :ks, :a, :o, :t)")
                .param("d", desa.kode())
                .param("j", j.name())
                .param("n", n)
                .param("m", mitraDesa)
                .param("k", Sandi.simpanKontak(k))
                .param("ks", Sandi.sidikKontak(k))
                .param("a", a)
                .param("o", me.username())
                .param("t", Timestamp.from(Instant.now(clock)))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        audit.record(AuditAction.BUAT, "kerjasama.Mitra", id, desa.kode(), null, Map.of("nama", n, "jenis", j.name()));
        return new Mitra(id, desa.kode(), j, n, mitraDesa, k, a);
    }
}
