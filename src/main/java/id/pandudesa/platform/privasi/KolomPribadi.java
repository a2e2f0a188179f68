package id.pandudesa.platform.privasi;

import java.util.Objects;

/**
 * One column holding personal data: where, which kind, why, on which lawful basis, and how long.
 *
 * @param tabel the table
 * @param kolom the column
 * @param kategori general or specific (health, finances…)
 * @param tujuan the purpose, a message key under {@code privasi.tujuan.}
 * @param dasar the lawful basis
 * @param retensi the retention rule, a key under {@code pandu.privasi.retensi.} (its period is
 *     configured), or {@link #SELAMA_REKAMAN} when it lives as long as its record
 */
public record KolomPribadi(
        String tabel, String kolom, KategoriData kategori, String tujuan, DasarPemrosesan dasar, String retensi) {

    /** Kept as long as the record it belongs to (an official record the law keeps). */
    public static final String SELAMA_REKAMAN = "selama-rekaman";

    public KolomPribadi {
        Objects.requireNonNull(tabel);
        Objects.requireNonNull(kolom);
        Objects.requireNonNull(kategori);
        Objects.requireNonNull(tujuan);
        Objects.requireNonNull(dasar);
        Objects.requireNonNull(retensi);
    }

    /** A general-category column kept as long as its record. */
    public static KolomPribadi umum(String tabel, String kolom, String tujuan, DasarPemrosesan dasar) {
        return new KolomPribadi(tabel, kolom, KategoriData.UMUM, tujuan, dasar, SELAMA_REKAMAN);
    }

    /** The same column with a retention rule. */
    public KolomPribadi disimpan(String aturan) {
        return new KolomPribadi(tabel, kolom, kategori, tujuan, dasar, aturan);
    }

    /** The same column as specific-category data. */
    public KolomPribadi spesifik() {
        return new KolomPribadi(tabel, kolom, KategoriData.SPESIFIK, tujuan, dasar, retensi);
    }

    public String nama() {
        return tabel + "." + kolom;
    }
}
