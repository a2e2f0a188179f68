package id.pandudesa.platform;

import java.util.Locale;

/** Text as people type it into forms: trimmed, without control characters, empty as null; choices by name. */
public final class Teks {

    private Teks() {}

    /** One line (a name, a title): control characters become spaces; null when nothing is left. */
    public static String baris(String text) {
        if (text == null) {
            return null;
        }
        String t = text.replaceAll("\\p{Cc}", " ").strip();
        return t.isEmpty() ? null : t;
    }

    /** Several lines (a description): line breaks and tabs kept, other control characters dropped. */
    public static String bersih(String text) {
        if (text == null) {
            return null;
        }
        String t = text.replaceAll("[\\p{Cc}&&[^\\n\\t]]", "").strip();
        return t.isEmpty() ? null : t;
    }

    /** The constant of a closed set named by the text (any case, spaces around), or null. */
    public static <E extends Enum<E>> E pilihan(Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
