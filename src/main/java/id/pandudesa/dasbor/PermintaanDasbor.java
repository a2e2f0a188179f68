package id.pandudesa.dasbor;

import id.pandudesa.akun.Lingkup;
import java.time.LocalDate;

/**
 * One question to a {@link SumberDasbor}: the villages under {@code wilayah} (a set of region codes,
 * or the whole country), summed per group of the first {@code panjang} characters of the desa code
 * (2 provinsi, 4 kabupaten, 6 kecamatan, 10 desa, 0 one total), for {@code tahun}.
 *
 * @param hariIni today in Indonesia, for figures such as "late"
 */
public record PermintaanDasbor(Lingkup wilayah, int panjang, int tahun, LocalDate hariIni) {

    public PermintaanDasbor {
        if (panjang != 0 && panjang != 2 && panjang != 4 && panjang != 6 && panjang != 10) {
            throw new IllegalArgumentException("panjang " + panjang);
        }
    }

    /** The group key of a desa-code column, as SQL: a literal length, so every database plans it alike. */
    public String kelompok(String kolom) {
        return panjang == 0 ? "''" : "SUBSTRING(" + kolom + ", 1, " + panjang + ")";
    }

    /** The WHERE fragment that keeps the requested villages, index-friendly (see {@link Lingkup#sql}). */
    public Lingkup.SqlFilter filter(String kolom, String param) {
        return wilayah.sql(kolom, param);
    }

    public Lingkup.SqlFilter filter(String kolom) {
        return filter(kolom, "dw");
    }

    /** The first and last day of the year, for date columns. */
    public LocalDate awal() {
        return LocalDate.of(tahun, 1, 1);
    }

    public LocalDate akhir() {
        return LocalDate.of(tahun, 12, 31);
    }
}
