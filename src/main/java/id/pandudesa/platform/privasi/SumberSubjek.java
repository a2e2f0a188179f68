package id.pandudesa.platform.privasi;

import java.util.List;
import java.util.Objects;

/**
 * A table a person can be found in by name, phone or e-mail (for the requests of data subjects,
 * UU 27/2022 Pasal 5–8): its key, where its region code comes from (for the admin's scope), the
 * columns that hold the person's name and contacts, and whether a request may anonymise it.
 *
 * @param tabel the table (alias {@code t} in the expressions)
 * @param kunci the columns identifying one row
 * @param wilayah an SQL expression over {@code t} giving the row's region code
 * @param nama the column holding a person's name, or null
 * @param kontak columns holding a phone number or e-mail
 * @param tampil further columns shown and exported with a finding (context: a title, a date)
 * @param bolehDianonimkan whether a request may anonymise it; false where a legal duty keeps it
 * @param alasanTetap when not: why (a message key under {@code subjek.tetap.})
 * @param tersandi the encrypted columns ({@link Sandi}), each with its fingerprint column: found by
 *     the fingerprint, shown decrypted
 */
public record SumberSubjek(
        String tabel,
        List<String> kunci,
        String wilayah,
        String nama,
        List<String> kontak,
        List<String> tampil,
        boolean bolehDianonimkan,
        String alasanTetap,
        java.util.Map<String, String> tersandi) {

    public SumberSubjek {
        tersandi = java.util.Map.copyOf(tersandi);
        Objects.requireNonNull(tabel);
        kunci = List.copyOf(kunci);
        Objects.requireNonNull(wilayah);
        kontak = List.copyOf(kontak);
        tampil = List.copyOf(tampil);
        if (!bolehDianonimkan && alasanTetap == null) {
            throw new IllegalArgumentException(tabel + ": a source kept against a request says why");
        }
    }

    /** A source a request may anonymise. */
    public static SumberSubjek hapusBoleh(
            String tabel, String wilayah, String nama, List<String> kontak, List<String> tampil) {
        return new SumberSubjek(tabel, List.of("id"), wilayah, nama, kontak, tampil, true, null, java.util.Map.of());
    }

    /** A source kept by a legal duty ({@code alasan}: a message key under {@code subjek.tetap.}). */
    public static SumberSubjek tetap(
            String tabel, String wilayah, String nama, List<String> kontak, List<String> tampil, String alasan) {
        return new SumberSubjek(tabel, List.of("id"), wilayah, nama, kontak, tampil, false, alasan, java.util.Map.of());
    }

    /** The same source with another key (a table without an id column). */
    public SumberSubjek denganKunci(String... kolom) {
        return new SumberSubjek(
                tabel, List.of(kolom), wilayah, nama, kontak, tampil, bolehDianonimkan, alasanTetap, tersandi);
    }

    /** The same source with {@code kolom} stored encrypted and its fingerprint in {@code kolomSidik}. */
    public SumberSubjek tersandi(String kolom, String kolomSidik) {
        java.util.Map<String, String> m = new java.util.HashMap<>(tersandi);
        m.put(kolom, kolomSidik);
        return new SumberSubjek(tabel, kunci, wilayah, nama, kontak, tampil, bolehDianonimkan, alasanTetap, m);
    }

    /** The columns a correction may change: the name and the contacts. */
    public List<String> bolehDikoreksi() {
        List<String> out = new java.util.ArrayList<>();
        if (nama != null) {
            out.add(nama);
        }
        out.addAll(kontak);
        return out;
    }
}
