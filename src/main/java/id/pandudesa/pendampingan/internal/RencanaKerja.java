package id.pandudesa.pendampingan.internal;

import id.pandudesa.pendampingan.MetodePendampingan;
import id.pandudesa.pendampingan.RuangLingkup;
import id.pandudesa.platform.audit.Audited;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** One planned activity of a facilitator's month: which desa, which week, by which method, in which scope. */
@Table("rencana_kerja")
public class RencanaKerja implements Audited {

    @Id
    private Long id;

    private final String penulis;
    private final String bulan;
    private final String kodeDesa;
    private final int minggu;
    private final MetodePendampingan metode;
    private final RuangLingkup ruangLingkup;
    private final String uraian;
    private final Instant dibuat;

    @Version
    private Integer versi;

    @PersistenceCreator
    public RencanaKerja(
            Long id,
            String penulis,
            String bulan,
            String kodeDesa,
            int minggu,
            MetodePendampingan metode,
            RuangLingkup ruangLingkup,
            String uraian,
            Instant dibuat,
            Integer versi) {
        this.id = id;
        this.penulis = penulis;
        this.bulan = bulan;
        this.kodeDesa = kodeDesa;
        this.minggu = minggu;
        this.metode = metode;
        this.ruangLingkup = ruangLingkup;
        this.uraian = uraian;
        this.dibuat = dibuat;
        this.versi = versi;
    }

    public static RencanaKerja baru(
            String penulis,
            String bulan,
            String kodeDesa,
            int minggu,
            MetodePendampingan metode,
            RuangLingkup ruangLingkup,
            String uraian,
            Instant now) {
        if (minggu < 1 || minggu > 5) {
            throw new IllegalArgumentException("week of month is 1..5");
        }
        return new RencanaKerja(null, penulis, bulan, kodeDesa, minggu, metode, ruangLingkup, uraian, now, null);
    }

    @Override
    public String auditKodeDesa() {
        return kodeDesa;
    }

    public Long id() {
        return id;
    }

    public String penulis() {
        return penulis;
    }

    public String bulan() {
        return bulan;
    }

    public String kodeDesa() {
        return kodeDesa;
    }

    public int minggu() {
        return minggu;
    }

    public MetodePendampingan metode() {
        return metode;
    }

    public RuangLingkup ruangLingkup() {
        return ruangLingkup;
    }

    public String uraian() {
        return uraian;
    }
}
