package id.pandudesa.perencanaan.internal;

import id.pandudesa.platform.RuleViolationException;
import id.pandudesa.platform.audit.Audited;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One version of a desa's APBDes for a year. A draft's lines are replaced as a whole; once adopted
 * (ditetapkan) it never changes, and a change is a new version, the APBDes Perubahan.
 */
@Table("apbdes")
public class Apbdes implements Audited {

    enum Status {
        DRAF,
        DITETAPKAN
    }

    /**
     * One line: a kegiatan (belanja only) and a rekening at objek level, with its amount and, on a
     * belanja line, where its money comes from ({@link SumberDanaApbdes}; null when not given).
     */
    @Table("apbdes_baris")
    record Baris(
            String kodeDesa,
            String kodeKegiatan,
            String kodeRekening,
            String uraian,
            long anggaran,
            String sumberDana) {

        public String akun() {
            return kodeRekening.substring(0, 1);
        }

        public String bidang() {
            return kodeKegiatan == null ? null : kodeKegiatan.substring(0, kodeKegiatan.indexOf('.'));
        }
    }

    @Id
    private Long id;

    private final String kodeDesa;
    private final int tahun;
    private final int nomor;
    private Status status;
    private final String dibuatOleh;
    private final Instant dibuat;
    private String diubahOleh;
    private Instant diubah;
    private String ditetapkanOleh;
    private Instant ditetapkan;

    @MappedCollection(idColumn = "apbdes_id", keyColumn = "urutan")
    private List<Baris> baris;

    @Version
    private Integer versi;

    @PersistenceCreator
    public Apbdes(
            Long id,
            String kodeDesa,
            int tahun,
            int nomor,
            Status status,
            String dibuatOleh,
            Instant dibuat,
            String diubahOleh,
            Instant diubah,
            String ditetapkanOleh,
            Instant ditetapkan,
            List<Baris> baris,
            Integer versi) {
        this.id = id;
        this.kodeDesa = kodeDesa;
        this.tahun = tahun;
        this.nomor = nomor;
        this.status = status;
        this.dibuatOleh = dibuatOleh;
        this.dibuat = dibuat;
        this.diubahOleh = diubahOleh;
        this.diubah = diubah;
        this.ditetapkanOleh = ditetapkanOleh;
        this.ditetapkan = ditetapkan;
        this.baris = baris == null ? List.of() : List.copyOf(baris);
        this.versi = versi;
    }

    static Apbdes draf(String kodeDesa, int tahun, int nomor, List<Baris> baris, String user, Instant now) {
        return new Apbdes(null, kodeDesa, tahun, nomor, Status.DRAF, user, now, user, now, null, null, baris, null);
    }

    /** Replaces the lines of a draft. */
    void ganti(List<Baris> lines, String user, Instant now) {
        if (status != Status.DRAF) {
            throw new RuleViolationException("apbdes.bukanDraf");
        }
        this.baris = List.copyOf(lines);
        this.diubahOleh = user;
        this.diubah = now;
    }

    /** Adopts the draft; its deficit must be covered by net financing. */
    void tetapkan(String user, Instant now) {
        if (status != Status.DRAF) {
            throw new RuleViolationException("apbdes.bukanDraf");
        }
        if (baris.isEmpty()) {
            throw new RuleViolationException("apbdes.kosong");
        }
        RingkasanApbdes sum = RingkasanApbdes.dari(this);
        if (sum.silpaTahunBerjalan() < 0) {
            throw new RuleViolationException("apbdes.tidakSeimbang", -sum.silpaTahunBerjalan());
        }
        this.status = Status.DITETAPKAN;
        this.ditetapkanOleh = user;
        this.ditetapkan = now;
        this.diubahOleh = user;
        this.diubah = now;
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

    public int nomor() {
        return nomor;
    }

    public Status status() {
        return status;
    }

    public List<Baris> baris() {
        return baris;
    }

    public String dibuatOleh() {
        return dibuatOleh;
    }

    public Instant dibuat() {
        return dibuat;
    }

    public String diubahOleh() {
        return diubahOleh;
    }

    public Instant diubah() {
        return diubah;
    }

    public String ditetapkanOleh() {
        return ditetapkanOleh;
    }

    public Instant ditetapkan() {
        return ditetapkan;
    }

    public Integer versi() {
        return versi;
    }
}
