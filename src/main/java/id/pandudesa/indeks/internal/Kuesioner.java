package id.pandudesa.indeks.internal;

import id.pandudesa.platform.RuleViolationException;
import id.pandudesa.platform.audit.Audited;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The IDM questionnaire of a desa-year (pemutakhiran data IDM), one version of it: raw answers are
 * filled in as a draft, submitted, reviewed (approved into a final version, or returned with a
 * note). A final version never changes; a later change is a new version that replaces it.
 */
@Table("indeks_kuesioner")
class Kuesioner implements Audited {

    enum Status {
        DRAF,
        DIAJUKAN,
        FINAL,
        DIGANTI
    }

    @Id
    private Long id;

    private final String kodeDesa;
    private final int tahun;
    private final String katalog;
    private final int nomor;
    private Status status;
    private String jawaban;
    private final String dibuatOleh;
    private String diubahOleh;
    private final Instant dibuat;
    private Instant diubah;
    private String diajukanOleh;
    private Instant diajukan;
    private String peninjau;
    private Instant ditinjau;
    private String catatanPeninjau;

    @Version
    private Integer versi;

    @PersistenceCreator
    Kuesioner(
            Long id,
            String kodeDesa,
            int tahun,
            String katalog,
            int nomor,
            Status status,
            String jawaban,
            String dibuatOleh,
            String diubahOleh,
            Instant dibuat,
            Instant diubah,
            String diajukanOleh,
            Instant diajukan,
            String peninjau,
            Instant ditinjau,
            String catatanPeninjau,
            Integer versi) {
        this.id = id;
        this.kodeDesa = kodeDesa;
        this.tahun = tahun;
        this.katalog = katalog;
        this.nomor = nomor;
        this.status = status;
        this.jawaban = jawaban;
        this.dibuatOleh = dibuatOleh;
        this.diubahOleh = diubahOleh;
        this.dibuat = dibuat;
        this.diubah = diubah;
        this.diajukanOleh = diajukanOleh;
        this.diajukan = diajukan;
        this.peninjau = peninjau;
        this.ditinjau = ditinjau;
        this.catatanPeninjau = catatanPeninjau;
        this.versi = versi;
    }

    static Kuesioner baru(
            String kodeDesa, int tahun, String katalog, int nomor, String jawaban, String user, Instant now) {
        return new Kuesioner(
                null,
                kodeDesa,
                tahun,
                katalog,
                nomor,
                Status.DRAF,
                jawaban,
                user,
                user,
                now,
                now,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    void jawab(String jawabanJson, String user, Instant now) {
        if (status != Status.DRAF) {
            throw new RuleViolationException("kuesioner.langkah.bukanDraf");
        }
        this.jawaban = jawabanJson;
        this.diubahOleh = user;
        this.diubah = now;
    }

    void ajukan(String user, Instant now) {
        if (status != Status.DRAF) {
            throw new RuleViolationException("kuesioner.langkah.bukanDraf");
        }
        this.status = Status.DIAJUKAN;
        this.diajukanOleh = user;
        this.diajukan = now;
    }

    /** The reviewer approves: the version is final; someone other than the one who submitted it. */
    void setujui(String reviewer, Instant now) {
        periksaTinjauan(reviewer);
        this.status = Status.FINAL;
        this.peninjau = reviewer;
        this.ditinjau = now;
        this.catatanPeninjau = null;
    }

    void kembalikan(String reviewer, String catatan, Instant now) {
        periksaTinjauan(reviewer);
        if (catatan == null || catatan.isBlank()) {
            throw new RuleViolationException("kuesioner.langkah.catatanWajib");
        }
        this.status = Status.DRAF;
        this.peninjau = reviewer;
        this.ditinjau = now;
        this.catatanPeninjau = catatan.trim();
    }

    void gantikan() {
        if (status != Status.FINAL) {
            throw new RuleViolationException("kuesioner.langkah.bukanFinal");
        }
        this.status = Status.DIGANTI;
    }

    private void periksaTinjauan(String reviewer) {
        if (status != Status.DIAJUKAN) {
            throw new RuleViolationException("kuesioner.langkah.belumDiajukan");
        }
        if (reviewer.equals(diajukanOleh)) {
            throw new RuleViolationException("kuesioner.langkah.tinjauSendiri");
        }
    }

    @Override
    public String auditKodeDesa() {
        return kodeDesa;
    }

    public Long id() {
        return id;
    }

    public String kodeDesa() {
        return kodeDesa;
    }

    public int tahun() {
        return tahun;
    }

    public String katalog() {
        return katalog;
    }

    public int nomor() {
        return nomor;
    }

    public Status status() {
        return status;
    }

    public String jawaban() {
        return jawaban;
    }

    public String dibuatOleh() {
        return dibuatOleh;
    }

    public String diubahOleh() {
        return diubahOleh;
    }

    public Instant diubah() {
        return diubah;
    }

    public String diajukanOleh() {
        return diajukanOleh;
    }

    public Instant diajukan() {
        return diajukan;
    }

    public String peninjau() {
        return peninjau;
    }

    public Instant ditinjau() {
        return ditinjau;
    }

    public String catatanPeninjau() {
        return catatanPeninjau;
    }

    public Integer versi() {
        return versi;
    }
}
