package id.pandudesa.kerjasama.internal;

import id.pandudesa.platform.privasi.Pribadi;
import java.time.LocalDate;
import java.util.List;

/** The cooperation module's records and the rules that need no database. */
public final class Kerjasama {

    private Kerjasama() {}

    static final String MODUL = "kerjasama";

    enum JenisMitra {
        DESA,
        SWASTA,
        LSM,
        PERGURUAN_TINGGI,
        PEMERINTAH,
        LAINNYA
    }

    enum Jenis {
        ANTAR_DESA,
        PIHAK_KETIGA
    }

    enum Status {
        RANCANGAN,
        DITANDATANGANI
    }

    /** What the page shows: a draft, in force, expiring within the alert window, or past its end. */
    enum Keadaan {
        RANCANGAN,
        BERLAKU,
        SEGERA_BERAKHIR,
        BERAKHIR
    }

    enum Bukti {
        POTENSI,
        MITRA,
        MUSYAWARAH,
        DOKUMEN,
        REFLEKSI,
        PRODUK_HUKUM,
        PRODUK
    }

    /**
     * The six steps of seed 004, in the order they must be done, each with the kinds of evidence it
     * accepts. The last one is done by holding the first aksi-refleksi after signing.
     */
    enum Langkah {
        POTENSI(1, List.of(Bukti.POTENSI, Bukti.PRODUK)),
        MITRA(2, List.of(Bukti.MITRA)),
        KEGIATAN(3, List.of(Bukti.MUSYAWARAH, Bukti.DOKUMEN)),
        PERDES(4, List.of(Bukti.PRODUK_HUKUM, Bukti.DOKUMEN, Bukti.MUSYAWARAH)),
        MUSYAWARAH(5, List.of(Bukti.MUSYAWARAH)),
        AKSI_REFLEKSI(6, List.of(Bukti.REFLEKSI));

        final int nomor;
        final List<Bukti> bukti;

        Langkah(int nomor, List<Bukti> bukti) {
            this.nomor = nomor;
            this.bukti = bukti;
        }

        public int nomor() {
            return nomor;
        }

        public List<Bukti> bukti() {
            return bukti;
        }

        static Langkah ke(int nomor) {
            for (Langkah l : values()) {
                if (l.nomor == nomor) {
                    return l;
                }
            }
            return null;
        }
    }

    public record Mitra(
            long id,
            String kodeDesa,
            JenisMitra jenis,
            String nama,
            String kodeDesaMitra,
            @Pribadi String kontak,
            String alamat) {}

    record Perjanjian(
            long id,
            String kodeDesa,
            Jenis jenis,
            String judul,
            String ruangLingkup,
            Long nilai,
            LocalDate mulai,
            LocalDate selesai,
            String perdes,
            String nomorPerjanjian,
            Long musyawarahId,
            Long bkadId,
            Status status,
            LocalDate ditandatangani,
            Long berkasId,
            int versi,
            List<Mitra> pihak,
            List<String> desa) {

        public Keadaan keadaan(LocalDate hariIni, int hariPeringatan) {
            return Kerjasama.keadaan(status, selesai, hariIni, hariPeringatan);
        }

        public boolean ditandatanganiSudah() {
            return status == Status.DITANDATANGANI;
        }
    }

    static Keadaan keadaan(Status status, LocalDate selesai, LocalDate hariIni, int hariPeringatan) {
        if (status == Status.RANCANGAN) {
            return Keadaan.RANCANGAN;
        }
        if (selesai.isBefore(hariIni)) {
            return Keadaan.BERAKHIR;
        }
        return selesai.isAfter(hariIni.plusDays(hariPeringatan)) ? Keadaan.BERLAKU : Keadaan.SEGERA_BERAKHIR;
    }

    /** A step done, with what it cites named for reading and a link where there is one. */
    record LangkahSelesai(
            Langkah langkah,
            Bukti buktiJenis,
            long buktiId,
            String buktiNama,
            String buktiTautan,
            String catatan,
            java.time.Instant selesai,
            String oleh) {}

    record TindakLanjut(long id, String uraian, String penanggungJawab, LocalDate tenggat, java.time.Instant selesai) {
        public boolean terlambat(LocalDate hariIni) {
            return selesai == null && tenggat.isBefore(hariIni);
        }
    }

    record Refleksi(
            long id,
            LocalDate tanggal,
            Long musyawarahId,
            String temuan,
            String kinerjaBkad,
            String dicatatOleh,
            List<TindakLanjut> tindakLanjut) {}

    /** A row of a list: enough to show and to sort. */
    record Baris(
            long id,
            String kodeDesa,
            Jenis jenis,
            String judul,
            Status status,
            LocalDate selesai,
            int langkahSelesai,
            Keadaan keadaan) {}

    record Bkad(
            long id,
            String kodeKecamatan,
            String nama,
            String dasarHukum,
            LocalDate dibentuk,
            Long musyawarahId,
            List<String> anggota,
            List<Pengurus> pengurus) {}

    record Pengurus(long id, String nama, String jabatan, String kodeDesa) {}
}
