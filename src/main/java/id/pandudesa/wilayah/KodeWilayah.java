package id.pandudesa.wilayah;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Kemendagri region codes: normalising, formatting and walking up the tree. */
public final class KodeWilayah {

    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private KodeWilayah() {}

    /** Removes dots and spaces: {@code "35.17.08.2007"} → {@code "3517082007"}. */
    public static String normalisasi(String kode) {
        return kode == null ? null : kode.replace(".", "").replace(" ", "").trim();
    }

    /** Whether a code (without dots) has the shape of a region code of some level. */
    public static boolean formatValid(String kode) {
        return kode != null && DIGITS.matcher(kode).matches() && Tingkat.dariKode(kode) != null;
    }

    public static String bertitik(String kode) {
        if (kode == null || kode.length() < 2) {
            return kode;
        }
        StringBuilder out = new StringBuilder(kode.substring(0, 2));
        if (kode.length() >= 4) {
            out.append('.').append(kode, 2, 4);
        }
        if (kode.length() >= 6) {
            out.append('.').append(kode, 4, 6);
        }
        if (kode.length() > 6) {
            out.append('.').append(kode.substring(6));
        }
        return out.toString();
    }

    /** The codes of a region's ancestors and itself, from provinsi down. */
    public static List<String> garisInduk(String kode) {
        List<String> codes = new ArrayList<>();
        for (Tingkat t : Tingkat.values()) {
            if (kode.length() >= t.panjangKode()) {
                codes.add(kode.substring(0, t.panjangKode()));
            }
        }
        return codes;
    }

    public static String induk(String kode) {
        Tingkat tingkat = Tingkat.dariKode(kode);
        if (tingkat == null || tingkat == Tingkat.PROVINSI) {
            return null;
        }
        return kode.substring(0, Tingkat.values()[tingkat.ordinal() - 1].panjangKode());
    }
}
