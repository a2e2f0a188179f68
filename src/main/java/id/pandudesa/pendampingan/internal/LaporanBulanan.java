package id.pandudesa.pendampingan.internal;

import id.pandudesa.akun.Peran;
import id.pandudesa.platform.RuleViolationException;
import id.pandudesa.platform.audit.Audited;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A facilitator's monthly report on its way up: submitted by the author (PLD and MITRA to the PD,
 * the PD to the TA), approved or returned with comments, corrected and submitted again. Each
 * step is a note on the report's timeline; an illegal step is refused here, not by a setter.
 */
@Table("laporan_bulanan")
public class LaporanBulanan implements Audited {

    enum Status {
        DRAF,
        DIAJUKAN,
        DIKEMBALIKAN,
        DISETUJUI
    }

    @Id
    private Long id;

    private final String penulis;
    private final Peran peranPenulis;
    private final String bulan;
    private final String kodeWilayah;
    private Status status;
    private String masalah;
    private String ringkasan;
    private Instant diajukan;
    private Instant ditinjau;
    private String peninjau;

    @Version
    private Integer versi;

    @MappedCollection(idColumn = "laporan_id", keyColumn = "urutan")
    private List<Catatan> catatan;

    @PersistenceCreator
    public LaporanBulanan(
            Long id,
            String penulis,
            Peran peranPenulis,
            String bulan,
            String kodeWilayah,
            Status status,
            String masalah,
            String ringkasan,
            Instant diajukan,
            Instant ditinjau,
            String peninjau,
            Integer versi,
            List<Catatan> catatan) {
        this.id = id;
        this.penulis = penulis;
        this.peranPenulis = peranPenulis;
        this.bulan = bulan;
        this.kodeWilayah = kodeWilayah;
        this.status = status;
        this.masalah = masalah;
        this.ringkasan = ringkasan;
        this.diajukan = diajukan;
        this.ditinjau = ditinjau;
        this.peninjau = peninjau;
        this.versi = versi;
        this.catatan = catatan == null ? new ArrayList<>() : new ArrayList<>(catatan);
    }

    public static LaporanBulanan baru(String penulis, Peran peran, String bulan, String kodeWilayah) {
        return new LaporanBulanan(
                null, penulis, peran, bulan, kodeWilayah, Status.DRAF, null, null, null, null, null, null, List.of());
    }

    /** The author submits (again, after a return) with the month's problems and the figures as of now. */
    public void ajukan(String masalah, String ringkasanJson, Instant now) {
        if (status != Status.DRAF && status != Status.DIKEMBALIKAN) {
            throw new RuleViolationException("laporan.langkah.sudahDiajukan");
        }
        this.masalah = masalah == null || masalah.isBlank() ? null : masalah.trim();
        this.ringkasan = ringkasanJson;
        this.status = Status.DIAJUKAN;
        this.diajukan = now;
        catatan.add(new Catatan(now, penulis, "AJUKAN", this.masalah));
    }

    public void setujui(String reviewer, String komentar, Instant now) {
        if (status != Status.DIAJUKAN) {
            throw new RuleViolationException("laporan.langkah.belumDiajukan");
        }
        this.status = Status.DISETUJUI;
        this.peninjau = reviewer;
        this.ditinjau = now;
        catatan.add(new Catatan(now, reviewer, "SETUJUI", blank(komentar)));
    }

    /** Back to the author with what to correct; a comment is required so they know what. */
    void kembalikan(String reviewer, String komentar, Instant now) {
        if (status != Status.DIAJUKAN) {
            throw new RuleViolationException("laporan.langkah.belumDiajukan");
        }
        if (komentar == null || komentar.isBlank()) {
            throw new RuleViolationException("laporan.langkah.komentarWajib");
        }
        this.status = Status.DIKEMBALIKAN;
        this.peninjau = reviewer;
        this.ditinjau = now;
        catatan.add(new Catatan(now, reviewer, "KEMBALIKAN", komentar.trim()));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    @Override
    public String auditKodeDesa() {
        return null;
    }

    public Long id() {
        return id;
    }

    public String penulis() {
        return penulis;
    }

    public Peran peranPenulis() {
        return peranPenulis;
    }

    public String bulan() {
        return bulan;
    }

    public String kodeWilayah() {
        return kodeWilayah;
    }

    public Status status() {
        return status;
    }

    public String masalah() {
        return masalah;
    }

    public String ringkasan() {
        return ringkasan;
    }

    public Instant diajukan() {
        return diajukan;
    }

    public String peninjau() {
        return peninjau;
    }

    public Integer versi() {
        return versi;
    }

    public List<Catatan> catatan() {
        return List.copyOf(catatan);
    }

    /** One step on the report's timeline. */
    @Table("laporan_bulanan_catatan")
    record Catatan(Instant waktu, String oleh, String aksi, String isi) {}
}
