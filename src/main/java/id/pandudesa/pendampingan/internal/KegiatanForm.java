package id.pandudesa.pendampingan.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/** The one-screen log form of the phone page (the API takes {@link CatatKegiatan}). */
class KegiatanForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate tanggal;

    private String jamMulai;
    private String jamSelesai;
    private String kodeDesa;
    private String metode;
    private String ruangLingkup;
    private String subTopik;
    private String uraian;
    private String hasil;
    private Integer pesertaLaki = 0;
    private Integer pesertaPerempuan = 0;
    private List<String> unsur = new ArrayList<>();
    private String tindakLanjut;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate tenggatTindakLanjut;

    private BigDecimal lintang;
    private BigDecimal bujur;
    private boolean simpanLokasiFoto;
    private String rujukanJenis;
    private String rujukanId;
    private int versi;

    static KegiatanForm of(KegiatanPendampingan k) {
        KegiatanForm f = new KegiatanForm();
        f.tanggal = k.tanggal();
        f.kodeDesa = k.kodeDesa();
        f.jamMulai = k.jam() == null ? null : JamKerja.FORMAT.format(k.jam().mulai());
        f.jamSelesai = k.jam() == null ? null : JamKerja.FORMAT.format(k.jam().selesai());
        f.metode = k.metode() == null ? null : k.metode().name();
        f.ruangLingkup = k.ruangLingkup() == null ? null : k.ruangLingkup().name();
        f.subTopik = k.subTopik();
        f.uraian = k.uraian();
        f.hasil = k.hasil();
        f.pesertaLaki = k.pesertaLaki();
        f.pesertaPerempuan = k.pesertaPerempuan();
        f.unsur = new ArrayList<>(k.unsur());
        f.tindakLanjut = k.tindakLanjut();
        f.tenggatTindakLanjut = k.tenggatTindakLanjut();
        f.lintang = k.lintang();
        f.bujur = k.bujur();
        f.rujukanJenis = k.rujukanJenis();
        f.rujukanId = k.rujukanId();
        f.versi = k.versi() == null ? 0 : k.versi();
        return f;
    }

    CatatKegiatan toCommand() {
        return toCommand(false);
    }

    CatatKegiatan toCommand(boolean draf) {
        CatatKegiatan.RujukanDto rujukan = rujukanJenis == null || rujukanJenis.isBlank()
                ? null
                : new CatatKegiatan.RujukanDto(rujukanJenis, rujukanId);
        return new CatatKegiatan(
                tanggal,
                blank(jamMulai),
                blank(jamSelesai),
                kodeDesa,
                blank(metode),
                blank(ruangLingkup),
                blank(subTopik),
                uraian,
                hasil,
                pesertaLaki,
                pesertaPerempuan,
                unsur,
                tindakLanjut,
                tenggatTindakLanjut,
                lintang,
                bujur,
                rujukan,
                draf);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    public LocalDate getTanggal() {
        return tanggal;
    }

    public void setTanggal(LocalDate tanggal) {
        this.tanggal = tanggal;
    }

    public String getJamMulai() {
        return jamMulai;
    }

    public void setJamMulai(String jamMulai) {
        this.jamMulai = jamMulai;
    }

    public String getJamSelesai() {
        return jamSelesai;
    }

    public void setJamSelesai(String jamSelesai) {
        this.jamSelesai = jamSelesai;
    }

    public String getKodeDesa() {
        return kodeDesa;
    }

    public void setKodeDesa(String kodeDesa) {
        this.kodeDesa = kodeDesa;
    }

    public String getMetode() {
        return metode;
    }

    public void setMetode(String metode) {
        this.metode = metode;
    }

    public String getRuangLingkup() {
        return ruangLingkup;
    }

    public void setRuangLingkup(String ruangLingkup) {
        this.ruangLingkup = ruangLingkup;
    }

    public String getSubTopik() {
        return subTopik;
    }

    public void setSubTopik(String subTopik) {
        this.subTopik = subTopik;
    }

    public String getUraian() {
        return uraian;
    }

    public void setUraian(String uraian) {
        this.uraian = uraian;
    }

    public String getHasil() {
        return hasil;
    }

    public void setHasil(String hasil) {
        this.hasil = hasil;
    }

    public Integer getPesertaLaki() {
        return pesertaLaki;
    }

    public void setPesertaLaki(Integer pesertaLaki) {
        this.pesertaLaki = pesertaLaki;
    }

    public Integer getPesertaPerempuan() {
        return pesertaPerempuan;
    }

    public void setPesertaPerempuan(Integer pesertaPerempuan) {
        this.pesertaPerempuan = pesertaPerempuan;
    }

    public List<String> getUnsur() {
        return unsur;
    }

    public void setUnsur(List<String> unsur) {
        this.unsur = unsur == null ? new ArrayList<>() : unsur;
    }

    public String getTindakLanjut() {
        return tindakLanjut;
    }

    public void setTindakLanjut(String tindakLanjut) {
        this.tindakLanjut = tindakLanjut;
    }

    public LocalDate getTenggatTindakLanjut() {
        return tenggatTindakLanjut;
    }

    public void setTenggatTindakLanjut(LocalDate tenggatTindakLanjut) {
        this.tenggatTindakLanjut = tenggatTindakLanjut;
    }

    public BigDecimal getLintang() {
        return lintang;
    }

    public void setLintang(BigDecimal lintang) {
        this.lintang = lintang;
    }

    public BigDecimal getBujur() {
        return bujur;
    }

    public void setBujur(BigDecimal bujur) {
        this.bujur = bujur;
    }

    public boolean isSimpanLokasiFoto() {
        return simpanLokasiFoto;
    }

    public void setSimpanLokasiFoto(boolean simpanLokasiFoto) {
        this.simpanLokasiFoto = simpanLokasiFoto;
    }

    public String getRujukanJenis() {
        return rujukanJenis;
    }

    public void setRujukanJenis(String rujukanJenis) {
        this.rujukanJenis = rujukanJenis;
    }

    public String getRujukanId() {
        return rujukanId;
    }

    public void setRujukanId(String rujukanId) {
        this.rujukanId = rujukanId;
    }

    public int getVersi() {
        return versi;
    }

    public void setVersi(int versi) {
        this.versi = versi;
    }
}
