package id.pandudesa.platform;

import java.util.regex.Pattern;

/**
 * The formats of a phone number and an e-mail address, written once for every form and API that
 * takes one (accounts, cadres, complaints): contact data goes into notifications and pages, so
 * anything that is not plainly an address is refused at the edge.
 */
public final class Kontak {

    /** An Indonesian or international number: digits, optionally a leading +, spaces, dots or dashes. */
    public static final String TELEPON = "^\\+?[0-9][0-9 .\\-]{6,18}[0-9]$";

    /**
     * A plain address: letters, digits and {@code . _ % + -} before the @, a domain of letters,
     * digits and dashes with a top-level part of letters. Quoted local parts, comments and IP
     * literals — legal in RFC 5322, but unused by people and useful to an attacker — are refused.
     */
    public static final String EMAIL =
            "^[A-Za-z0-9._%+\\-]{1,64}@(?:[A-Za-z0-9](?:[A-Za-z0-9\\-]{0,61}[A-Za-z0-9])?\\.)+" + "[A-Za-z]{2,24}$";

    private static final Pattern TELEPON_POLA = Pattern.compile(TELEPON);
    private static final Pattern EMAIL_POLA = Pattern.compile(EMAIL);

    private Kontak() {}

    public static boolean telepon(String text) {
        return text != null && TELEPON_POLA.matcher(text).matches();
    }

    public static boolean email(String text) {
        return text != null && text.length() <= 150 && EMAIL_POLA.matcher(text).matches();
    }
}
