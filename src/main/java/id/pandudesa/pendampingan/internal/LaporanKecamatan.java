package id.pandudesa.pendampingan.internal;

import id.pandudesa.platform.RuleViolationException;
import id.pandudesa.platform.audit.Audited;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The kecamatan coordination report of a month: compiled by the PD from all facilitators' work,
 * with the issues that need the Camat; the Camat acknowledges it, and the kabupaten (its TA or the
 * Dinas PMD) receives it for the Bupati (seed 000, duty 7).
 */
@Table("laporan_kecamatan")
public class LaporanKecamatan implements Audited {

    enum Status {
        DRAF,
        DIAJUKAN,
        DIKETAHUI,
        DITERIMA_KABUPATEN
    }

    @Id
    private Long id;

    private final String kodeKecamatan;
    private final String bulan;
    private String penyusun;
    private Status status;
    private String isuCamat;
    private String ringkasan;
    private Instant diajukan;
    private Instant diketahui;
    private String diketahuiOleh;
    private String catatanCamat;
    private Instant diterima;
    private String diterimaOleh;

    @Version
    private Integer versi;

    @PersistenceCreator
    public LaporanKecamatan(
            Long id,
            String kodeKecamatan,
            String bulan,
            String penyusun,
            Status status,
            String isuCamat,
            String ringkasan,
            Instant diajukan,
            Instant diketahui,
            String diketahuiOleh,
            String catatanCamat,
            Instant diterima,
            String diterimaOleh,
            Integer versi) {
        this.id = id;
        this.kodeKecamatan = kodeKecamatan;
        this.bulan = bulan;
        this.penyusun = penyusun;
        this.status = status;
        this.isuCamat = isuCamat;
        this.ringkasan = ringkasan;
        this.diajukan = diajukan;
        this.diketahui = diketahui;
        this.diketahuiOleh = diketahuiOleh;
        this.catatanCamat = catatanCamat;
        this.diterima = diterima;
        this.diterimaOleh = diterimaOleh;
        this.versi = versi;
    }

    public static LaporanKecamatan baru(String kodeKecamatan, String bulan, String penyusun) {
        return new LaporanKecamatan(
                null,
                kodeKecamatan,
                bulan,
                penyusun,
                Status.DRAF,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    /** The PD sends the month to the Camat with the issues that need the Camat's attention. */
    public void ajukan(String pd, String isu, String ringkasanJson, Instant now) {
        if (status != Status.DRAF) {
            throw new RuleViolationException("laporan.langkah.sudahDiajukan");
        }
        this.penyusun = pd;
        this.isuCamat = isu == null || isu.isBlank() ? null : isu.trim();
        this.ringkasan = ringkasanJson;
        this.status = Status.DIAJUKAN;
        this.diajukan = now;
    }

    /** The Camat acknowledges; the report now goes to the kabupaten. */
    public void ketahui(String camat, String catatan, Instant now) {
        if (status != Status.DIAJUKAN) {
            throw new RuleViolationException("laporan.langkah.belumDiajukan");
        }
        this.status = Status.DIKETAHUI;
        this.diketahui = now;
        this.diketahuiOleh = camat;
        this.catatanCamat = catatan == null || catatan.isBlank() ? null : catatan.trim();
    }

    /** The kabupaten (TA or Dinas PMD) receives the acknowledged report. */
    public void terima(String penerima, Instant now) {
        if (status != Status.DIKETAHUI) {
            throw new RuleViolationException(
                    status == Status.DITERIMA_KABUPATEN
                            ? "laporan.langkah.sudahDiterima"
                            : "laporan.langkah.belumDiketahui");
        }
        this.status = Status.DITERIMA_KABUPATEN;
        this.diterima = now;
        this.diterimaOleh = penerima;
    }

    @Override
    public String auditKodeDesa() {
        return null;
    }

    public Long id() {
        return id;
    }

    public String kodeKecamatan() {
        return kodeKecamatan;
    }

    public String bulan() {
        return bulan;
    }

    public String penyusun() {
        return penyusun;
    }

    public Status status() {
        return status;
    }

    public String isuCamat() {
        return isuCamat;
    }

    public String ringkasan() {
        return ringkasan;
    }

    public Instant diajukan() {
        return diajukan;
    }

    public Instant diketahui() {
        return diketahui;
    }

    public String diketahuiOleh() {
        return diketahuiOleh;
    }

    public String catatanCamat() {
        return catatanCamat;
    }

    public Instant diterima() {
        return diterima;
    }

    public String diterimaOleh() {
        return diterimaOleh;
    }

    public Integer versi() {
        return versi;
    }
}
