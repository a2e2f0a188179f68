package id.pandudesa.pendampingan.internal;

import id.pandudesa.akun.Peran;
import id.pandudesa.pendampingan.MetodePendampingan;
import id.pandudesa.pendampingan.RuangLingkup;
import id.pandudesa.platform.audit.Audited;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One entry of the daily log: what a facilitator or cadre did in a desa on a day, by which method,
 * in which scope, with whom, to what result and what follows. A draft may be incomplete; a final
 * entry counts in reports. Who wrote it and in which role stays with it (kaderisasi is measured
 * by the share of entries written by the village's own cadres).
 */
@Table("kegiatan_pendampingan")
public class KegiatanPendampingan implements Audited {

    public enum Status {
        DRAF,
        FINAL
    }

    @Id
    private Long id;

    private final String kodeDesa;
    private final String penulis;
    private final Peran peranPenulis;
    private LocalDate tanggal;
    private java.time.LocalTime jamMulai;
    private java.time.LocalTime jamSelesai;
    private Integer menitKerja;
    private Status status;
    private MetodePendampingan metode;
    private RuangLingkup ruangLingkup;
    private String subTopik;
    private String uraian;
    private String hasil;
    private int pesertaLaki;
    private int pesertaPerempuan;
    private String unsur;
    private String tindakLanjut;
    private LocalDate tenggatTindakLanjut;
    private LocalDate tindakLanjutSelesai;
    private BigDecimal lintang;
    private BigDecimal bujur;
    private String rujukanJenis;
    private String rujukanId;
    private final Instant dibuat;
    private Instant diubah;

    @Version
    private Integer versi;

    @MappedCollection(idColumn = "kegiatan_id", keyColumn = "urutan")
    private List<FotoKegiatan> foto;

    @PersistenceCreator
    public KegiatanPendampingan(
            Long id,
            String kodeDesa,
            String penulis,
            Peran peranPenulis,
            LocalDate tanggal,
            java.time.LocalTime jamMulai,
            java.time.LocalTime jamSelesai,
            Integer menitKerja,
            Status status,
            MetodePendampingan metode,
            RuangLingkup ruangLingkup,
            String subTopik,
            String uraian,
            String hasil,
            int pesertaLaki,
            int pesertaPerempuan,
            String unsur,
            String tindakLanjut,
            LocalDate tenggatTindakLanjut,
            LocalDate tindakLanjutSelesai,
            BigDecimal lintang,
            BigDecimal bujur,
            String rujukanJenis,
            String rujukanId,
            Instant dibuat,
            Instant diubah,
            Integer versi,
            List<FotoKegiatan> foto) {
        this.id = id;
        this.kodeDesa = kodeDesa;
        this.penulis = penulis;
        this.peranPenulis = peranPenulis;
        this.tanggal = tanggal;
        this.jamMulai = jamMulai;
        this.jamSelesai = jamSelesai;
        this.menitKerja = menitKerja;
        this.status = status;
        this.metode = metode;
        this.ruangLingkup = ruangLingkup;
        this.subTopik = subTopik;
        this.uraian = uraian;
        this.hasil = hasil;
        this.pesertaLaki = pesertaLaki;
        this.pesertaPerempuan = pesertaPerempuan;
        this.unsur = unsur;
        this.tindakLanjut = tindakLanjut;
        this.tenggatTindakLanjut = tenggatTindakLanjut;
        this.tindakLanjutSelesai = tindakLanjutSelesai;
        this.lintang = lintang;
        this.bujur = bujur;
        this.rujukanJenis = rujukanJenis;
        this.rujukanId = rujukanId;
        this.dibuat = dibuat;
        this.diubah = diubah;
        this.versi = versi;
        this.foto = foto == null ? new ArrayList<>() : new ArrayList<>(foto);
    }

    /** A new entry; its content has been checked by {@link AturanKegiatan}. */
    public static KegiatanPendampingan baru(String kodeDesa, String penulis, Peran peran, Isi isi, Instant now) {
        KegiatanPendampingan k = new KegiatanPendampingan(
                null,
                kodeDesa,
                penulis,
                peran,
                isi.tanggal(),
                null,
                null,
                null,
                isi.status(),
                null,
                null,
                null,
                null,
                null,
                0,
                0,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                now,
                now,
                null,
                List.of());
        k.isi(isi, now);
        return k;
    }

    /** Replaces the content (the author's correction, or finishing a draft). */
    void ubah(Isi isi, Instant now) {
        isi(isi, now);
    }

    private void isi(Isi isi, Instant now) {
        this.tanggal = isi.tanggal();
        this.jamMulai = isi.jam() == null ? null : isi.jam().mulai();
        this.jamSelesai = isi.jam() == null ? null : isi.jam().selesai();
        this.menitKerja = isi.jam() == null ? null : isi.jam().menit();
        // A final entry stays final: it may already count in a report.
        this.status = status == Status.FINAL ? Status.FINAL : isi.status();
        this.metode = isi.metode();
        this.ruangLingkup = isi.ruangLingkup();
        this.subTopik = isi.subTopik();
        this.uraian = isi.uraian();
        this.hasil = isi.hasil();
        this.pesertaLaki = isi.pesertaLaki();
        this.pesertaPerempuan = isi.pesertaPerempuan();
        this.unsur = isi.unsur().isEmpty() ? null : String.join(",", isi.unsur());
        this.tindakLanjut = isi.tindakLanjut();
        this.tenggatTindakLanjut = isi.tenggatTindakLanjut();
        this.lintang = isi.lintang();
        this.bujur = isi.bujur();
        this.rujukanJenis = isi.rujukanJenis();
        this.rujukanId = isi.rujukanId();
        this.diubah = now;
    }

    void tambahFoto(long berkasId, String keterangan) {
        foto.add(new FotoKegiatan(kodeDesa, berkasId, keterangan));
    }

    /** The follow-up is done (on that date); it no longer shows as overdue. */
    public void tindakLanjutSelesai(LocalDate when, Instant now) {
        if (tindakLanjut == null) {
            throw new IllegalStateException("no follow-up to finish");
        }
        this.tindakLanjutSelesai = when;
        this.diubah = now;
    }

    @Override
    public String auditKodeDesa() {
        return kodeDesa;
    }

    public Long id() {
        return id;
    }

    String kodeDesa() {
        return kodeDesa;
    }

    String penulis() {
        return penulis;
    }

    Peran peranPenulis() {
        return peranPenulis;
    }

    LocalDate tanggal() {
        return tanggal;
    }

    Status status() {
        return status;
    }

    /** The working time, or null when none was recorded. */
    JamKerja jam() {
        return jamMulai == null || jamSelesai == null ? null : new JamKerja(jamMulai, jamSelesai);
    }

    MetodePendampingan metode() {
        return metode;
    }

    RuangLingkup ruangLingkup() {
        return ruangLingkup;
    }

    String subTopik() {
        return subTopik;
    }

    String uraian() {
        return uraian;
    }

    String hasil() {
        return hasil;
    }

    int pesertaLaki() {
        return pesertaLaki;
    }

    int pesertaPerempuan() {
        return pesertaPerempuan;
    }

    List<String> unsur() {
        return unsur == null || unsur.isBlank() ? List.of() : List.of(unsur.split(","));
    }

    String tindakLanjut() {
        return tindakLanjut;
    }

    LocalDate tenggatTindakLanjut() {
        return tenggatTindakLanjut;
    }

    public LocalDate tindakLanjutSelesai() {
        return tindakLanjutSelesai;
    }

    BigDecimal lintang() {
        return lintang;
    }

    BigDecimal bujur() {
        return bujur;
    }

    String rujukanJenis() {
        return rujukanJenis;
    }

    String rujukanId() {
        return rujukanId;
    }

    Instant dibuat() {
        return dibuat;
    }

    Instant diubah() {
        return diubah;
    }

    Integer versi() {
        return versi;
    }

    List<FotoKegiatan> foto() {
        return List.copyOf(foto);
    }

    /** The checked content of an entry. */
    public record Isi(
            LocalDate tanggal,
            JamKerja jam,
            Status status,
            MetodePendampingan metode,
            RuangLingkup ruangLingkup,
            String subTopik,
            String uraian,
            String hasil,
            int pesertaLaki,
            int pesertaPerempuan,
            List<String> unsur,
            String tindakLanjut,
            LocalDate tenggatTindakLanjut,
            BigDecimal lintang,
            BigDecimal bujur,
            String rujukanJenis,
            String rujukanId) {}
}
