package id.pandudesa.perencanaan.internal;

import id.pandudesa.platform.audit.Audited;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A realisation point of a desa-year: each line's cumulative realisation up to {@code sampai},
 * matched to an adopted APBDes version by (kegiatan, rekening). Lines not named are 0. The same
 * date again replaces the point; a later date is a new one, marked the latest.
 */
@Table("apbdes_realisasi")
public class Realisasi implements Audited {

    /** Where the figures came from. */
    public enum Sumber {
        LEMBAR,
        SISKEUDES
    }

    /** A line's cumulative realisation; the kegiatan only on belanja. */
    @Table("apbdes_realisasi_baris")
    record Baris(String kodeKegiatan, String kodeRekening, long realisasi) {}

    @Id
    private Long id;

    private final String kodeDesa;
    private final int tahun;
    private final LocalDate sampai;
    private Long apbdesId;
    private Sumber sumber;
    private long pendapatan;
    private long belanja;
    private long penerimaanPembiayaan;
    private long pengeluaranPembiayaan;
    private long danaDesaDiterima;
    private long danaDesaDibelanjakan;
    private boolean terbaru;
    private String dicatatOleh;
    private Instant dicatat;

    @MappedCollection(idColumn = "realisasi_id", keyColumn = "urutan")
    private List<Baris> baris;

    @Version
    private Integer versi;

    @PersistenceCreator
    Realisasi(
            Long id,
            String kodeDesa,
            int tahun,
            LocalDate sampai,
            Long apbdesId,
            Sumber sumber,
            long pendapatan,
            long belanja,
            long penerimaanPembiayaan,
            long pengeluaranPembiayaan,
            long danaDesaDiterima,
            long danaDesaDibelanjakan,
            boolean terbaru,
            String dicatatOleh,
            Instant dicatat,
            List<Baris> baris,
            Integer versi) {
        this.id = id;
        this.kodeDesa = kodeDesa;
        this.tahun = tahun;
        this.sampai = sampai;
        this.apbdesId = apbdesId;
        this.sumber = sumber;
        this.pendapatan = pendapatan;
        this.belanja = belanja;
        this.penerimaanPembiayaan = penerimaanPembiayaan;
        this.pengeluaranPembiayaan = pengeluaranPembiayaan;
        this.danaDesaDiterima = danaDesaDiterima;
        this.danaDesaDibelanjakan = danaDesaDibelanjakan;
        this.terbaru = terbaru;
        this.dicatatOleh = dicatatOleh;
        this.dicatat = dicatat;
        this.baris = baris == null ? List.of() : List.copyOf(baris);
        this.versi = versi;
    }

    static Realisasi baru(String kodeDesa, int tahun, LocalDate sampai) {
        return new Realisasi(
                null, kodeDesa, tahun, sampai, null, null, 0, 0, 0, 0, 0, 0, false, null, null, List.of(), null);
    }

    /** Sets (or replaces) the point's lines, read against {@code apbdes}, with their totals by account. */
    void isi(Apbdes apbdes, List<Baris> lines, Sumber source, String user, Instant now) {
        this.apbdesId = apbdes.id();
        this.baris = List.copyOf(lines);
        this.sumber = source;
        this.dicatatOleh = user;
        this.dicatat = now;
        long income = 0;
        long spending = 0;
        long receipts = 0;
        long expenditure = 0;
        for (Baris b : lines) {
            String code = b.kodeRekening();
            if (code.startsWith("4")) {
                income = Math.addExact(income, b.realisasi());
            } else if (code.startsWith("5")) {
                spending = Math.addExact(spending, b.realisasi());
            } else if (code.startsWith("6.1")) {
                receipts = Math.addExact(receipts, b.realisasi());
            } else {
                expenditure = Math.addExact(expenditure, b.realisasi());
            }
        }
        // Dana Desa received, and spent on belanja whose source is Dana Desa.
        java.util.Map<BacaRealisasi.Kunci, String> fund = BacaRealisasi.sumberDana(apbdes);
        long received = 0;
        long spentDd = 0;
        for (Baris b : lines) {
            if (b.kodeRekening().startsWith("4.2.1.")) {
                received = Math.addExact(received, b.realisasi());
            } else if (b.kodeRekening().startsWith("5")
                    && "DDS".equals(fund.get(new BacaRealisasi.Kunci(b.kodeKegiatan(), b.kodeRekening())))) {
                spentDd = Math.addExact(spentDd, b.realisasi());
            }
        }
        this.danaDesaDiterima = received;
        this.danaDesaDibelanjakan = spentDd;
        this.pendapatan = income;
        this.belanja = spending;
        this.penerimaanPembiayaan = receipts;
        this.pengeluaranPembiayaan = expenditure;
    }

    void tandaiTerbaru(boolean latest) {
        this.terbaru = latest;
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

    public LocalDate sampai() {
        return sampai;
    }

    public Long apbdesId() {
        return apbdesId;
    }

    public Sumber sumber() {
        return sumber;
    }

    public boolean terbaru() {
        return terbaru;
    }

    public List<Baris> baris() {
        return baris;
    }

    public long pendapatan() {
        return pendapatan;
    }

    public long belanja() {
        return belanja;
    }
}
