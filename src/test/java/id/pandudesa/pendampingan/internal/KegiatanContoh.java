package id.pandudesa.pendampingan.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * A {@link CatatKegiatan} for tests: starts as a complete, valid entry (a facilitation of the
 * village data in Desa Bandung, Kecamatan Diwek) and each test changes only what it is about.
 */
final class KegiatanContoh {

    private LocalDate tanggal;
    private String kodeDesa = "3517082001";
    private String metode = "FASILITASI";
    private String ruangLingkup = "PEMBANGUNAN_DESA";
    private String subTopik = "PD-DATA";
    private String uraian = "Fasilitasi pendataan desa";
    private String hasil = "Data 3 dusun terkumpul";
    private Integer pesertaLaki = 4;
    private Integer pesertaPerempuan = 6;
    private List<String> unsur = List.of("TOKOH_AGAMA");
    private String tindakLanjut;
    private LocalDate tenggatTindakLanjut;
    private boolean draf;
    private String jamMulai;
    private String jamSelesai;

    private KegiatanContoh(LocalDate tanggal) {
        this.tanggal = tanggal;
    }

    static KegiatanContoh pada(LocalDate tanggal) {
        return new KegiatanContoh(tanggal);
    }

    /** Only the date and village: what a half-filled form sends. */
    KegiatanContoh kosong() {
        metode = null;
        ruangLingkup = null;
        subTopik = null;
        uraian = null;
        hasil = null;
        pesertaLaki = 0;
        pesertaPerempuan = 0;
        unsur = null;
        return this;
    }

    KegiatanContoh subTopik(String v) {
        subTopik = v;
        return this;
    }

    KegiatanContoh uraian(String v) {
        uraian = v;
        return this;
    }

    KegiatanContoh unsur(String... v) {
        unsur = List.of(v);
        return this;
    }

    KegiatanContoh tindakLanjut(String v, LocalDate tenggat) {
        tindakLanjut = v;
        tenggatTindakLanjut = tenggat;
        return this;
    }

    KegiatanContoh jam(String mulai, String selesai) {
        jamMulai = mulai;
        jamSelesai = selesai;
        return this;
    }

    KegiatanContoh desa(String kode) {
        kodeDesa = kode;
        return this;
    }

    KegiatanContoh draf() {
        draf = true;
        return this;
    }

    CatatKegiatan buat() {
        return new CatatKegiatan(
                tanggal,
                jamMulai,
                jamSelesai,
                kodeDesa,
                metode,
                ruangLingkup,
                subTopik,
                uraian,
                hasil,
                pesertaLaki,
                pesertaPerempuan,
                unsur,
                tindakLanjut,
                tenggatTindakLanjut,
                null,
                null,
                null,
                draf);
    }
}
