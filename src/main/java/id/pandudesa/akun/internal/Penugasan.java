package id.pandudesa.akun.internal;

import id.pandudesa.akun.Peran;
import id.pandudesa.platform.audit.Audited;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One assignment of a facilitator: the decree (SK) number, from when to when, the villages or
 * kecamatan it covers, and for a MITRA the organisation they come from. Assignments are kept as
 * history; ending one is a change of its end date, audited like every change.
 */
@Table("penugasan")
public class Penugasan implements Audited {

    /** The kinds of organisation a third-party facilitator comes from. */
    public enum JenisOrganisasi {
        LSM,
        PERGURUAN_TINGGI,
        PERUSAHAAN,
        LAINNYA
    }

    @Id
    private Long id;

    private final long penggunaId;
    private final Peran peran;
    private final String nomorSk;
    private final LocalDate mulai;
    private LocalDate selesai;
    private final String organisasi;
    private final JenisOrganisasi jenisOrganisasi;
    private final String wilayah;
    private final Instant dibuat;
    private final String dibuatOleh;
    private String diakhiriOleh;

    @Version
    private Integer versi;

    @PersistenceCreator
    Penugasan(
            Long id,
            long penggunaId,
            Peran peran,
            String nomorSk,
            LocalDate mulai,
            LocalDate selesai,
            String organisasi,
            JenisOrganisasi jenisOrganisasi,
            String wilayah,
            Instant dibuat,
            String dibuatOleh,
            String diakhiriOleh,
            Integer versi) {
        this.id = id;
        this.penggunaId = penggunaId;
        this.peran = peran;
        this.nomorSk = nomorSk;
        this.mulai = mulai;
        this.selesai = selesai;
        this.organisasi = organisasi;
        this.jenisOrganisasi = jenisOrganisasi;
        this.wilayah = wilayah;
        this.dibuat = dibuat;
        this.dibuatOleh = dibuatOleh;
        this.diakhiriOleh = diakhiriOleh;
        this.versi = versi;
    }

    static Penugasan baru(
            long penggunaId,
            Peran peran,
            String nomorSk,
            LocalDate mulai,
            LocalDate selesai,
            String organisasi,
            JenisOrganisasi jenis,
            List<String> wilayah,
            String oleh,
            Instant now) {
        return new Penugasan(
                null,
                penggunaId,
                peran,
                nomorSk,
                mulai,
                selesai,
                organisasi,
                jenis,
                String.join(",", wilayah),
                now,
                oleh,
                null,
                null);
    }

    void akhiri(LocalDate tanggal, String oleh) {
        this.selesai = tanggal;
        this.diakhiriOleh = oleh;
    }

    /** Whether the assignment still runs on that day. */
    boolean berlaku(LocalDate day) {
        return !mulai.isAfter(day) && (selesai == null || !selesai.isBefore(day));
    }

    @Override
    public String auditKodeDesa() {
        List<String> codes = kode();
        return codes.size() == 1 && codes.getFirst().length() == 10 ? codes.getFirst() : null;
    }

    public Long id() {
        return id;
    }

    public long penggunaId() {
        return penggunaId;
    }

    public Peran peran() {
        return peran;
    }

    public String nomorSk() {
        return nomorSk;
    }

    public LocalDate mulai() {
        return mulai;
    }

    public LocalDate selesai() {
        return selesai;
    }

    public String organisasi() {
        return organisasi;
    }

    public JenisOrganisasi jenisOrganisasi() {
        return jenisOrganisasi;
    }

    public List<String> kode() {
        return wilayah == null || wilayah.isBlank() ? List.of() : List.of(wilayah.split(","));
    }

    public String dibuatOleh() {
        return dibuatOleh;
    }

    public String diakhiriOleh() {
        return diakhiriOleh;
    }

    public Integer versi() {
        return versi;
    }
}
