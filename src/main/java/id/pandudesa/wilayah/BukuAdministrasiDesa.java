package id.pandudesa.wilayah;

import java.util.List;

/**
 * One of the village administration books of Permendagri 47/2016, kept by the module that holds
 * its records (the register of regulations keeps the Buku Peraturan di Desa, capacity keeps the
 * Buku Kader Pemberdayaan Masyarakat, implementation the Buku Kegiatan Pembangunan, …) and printed
 * by {@link CetakBukuDesa} in the village's words. The pages list every bean of this type, so a
 * module adds a book without the others knowing it.
 */
public interface BukuAdministrasiDesa {

    /** The book's part of its address ({@code buku-kader.pdf}): lower case, no spaces. */
    String kunci();

    /** Position in the list of books; the regulation's numbering (A.1 …, D.4) orders them. */
    int urutan();

    /** The book's title in the village's words, as its first page and the list of books say it. */
    String judul(SebutanDesa kata);

    /**
     * Whether the book lists people (names of cadres, members): then each print is a bulk export of
     * personal data and is logged in the access log.
     */
    default boolean dataPribadi() {
        return false;
    }

    /** The book of a desa for a year; the caller has checked the reader may see the desa. */
    Buku susun(Wilayah desa, int tahun);

    /**
     * A printed book: its title, the column heads of the regulation's format, the rows (numbers stay
     * {@link Number}s so Excel keeps them numbers; the PDF writes them with thousands separators),
     * the relative column widths and which columns are numbers.
     */
    record Buku(String judul, List<String> kolom, List<List<Object>> baris, float[] lebar, boolean[] angka) {

        public Buku {
            if (kolom.size() != lebar.length || kolom.size() != angka.length) {
                throw new IllegalArgumentException("one width and one number flag per column");
            }
            baris = List.copyOf(
                    baris.stream().map(java.util.Collections::unmodifiableList).toList());
        }
    }
}
