package id.pandudesa.pendampingan.internal;

import id.pandudesa.akun.Peran;
import id.pandudesa.platform.audit.Audited;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A facilitator's quarter as assessed: each assessor's scores (a later assessment by the same
 * assessor replaces theirs), the weighted result once both kinds of assessor are in, and the
 * person's answer. Every change is audited with the scores and comments.
 */
@Table("evaluasi_kinerja")
public class EvaluasiKinerja implements Audited {

    @Id
    private Long id;

    private final String username;
    private final Peran peran;
    private final String triwulan;
    private final String kodeWilayah;
    private BigDecimal nilaiAkhir;
    private String tanggapan;
    private Instant ditanggapi;
    private final Instant dibuat;
    private Instant diubah;

    @Version
    private Integer versi;

    @MappedCollection(idColumn = "evaluasi_id", keyColumn = "urutan")
    private List<Penilaian> penilaian;

    @PersistenceCreator
    EvaluasiKinerja(
            Long id,
            String username,
            Peran peran,
            String triwulan,
            String kodeWilayah,
            BigDecimal nilaiAkhir,
            String tanggapan,
            Instant ditanggapi,
            Instant dibuat,
            Instant diubah,
            Integer versi,
            List<Penilaian> penilaian) {
        this.id = id;
        this.username = username;
        this.peran = peran;
        this.triwulan = triwulan;
        this.kodeWilayah = kodeWilayah;
        this.nilaiAkhir = nilaiAkhir;
        this.tanggapan = tanggapan;
        this.ditanggapi = ditanggapi;
        this.dibuat = dibuat;
        this.diubah = diubah;
        this.versi = versi;
        this.penilaian = penilaian == null ? new ArrayList<>() : new ArrayList<>(penilaian);
    }

    static EvaluasiKinerja baru(String username, Peran peran, String triwulan, String kodeWilayah, Instant now) {
        return new EvaluasiKinerja(
                null, username, peran, triwulan, kodeWilayah, null, null, null, now, now, null, List.of());
    }

    /** The assessor's scores, replacing theirs of the same kind; the result is computed again. */
    void nilai(Penilaian scores, java.util.Map<AturanEvaluasi.Sebagai, BigDecimal> bobot, Instant now) {
        penilaian.removeIf(p -> p.penilai().equals(scores.penilai()) && p.sebagai() == scores.sebagai());
        penilaian.add(scores);
        nilaiAkhir = AturanEvaluasi.nilaiAkhir(penilaian, bobot).orElse(null);
        diubah = now;
    }

    void tanggapi(String text, Instant now) {
        tanggapan = text;
        ditanggapi = now;
        diubah = now;
    }

    @Override
    public String auditKodeDesa() {
        return kodeWilayah.length() == 10 ? kodeWilayah : null;
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public Peran peran() {
        return peran;
    }

    public String triwulan() {
        return triwulan;
    }

    public String kodeWilayah() {
        return kodeWilayah;
    }

    public BigDecimal nilaiAkhir() {
        return nilaiAkhir;
    }

    public String tanggapan() {
        return tanggapan;
    }

    public Instant ditanggapi() {
        return ditanggapi;
    }

    public Integer versi() {
        return versi;
    }

    public List<Penilaian> penilaian() {
        return List.copyOf(penilaian);
    }
}
