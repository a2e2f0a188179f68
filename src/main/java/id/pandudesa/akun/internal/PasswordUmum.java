package id.pandudesa.akun.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Passwords an attacker tries first: those of the shipped list ({@code akun/password-umum.txt}),
 * one character repeated, a run of neighbouring digits or letters ({@code 12345678}, {@code
 * abcdefgh}, {@code 98765432}), and the username with digits added. Length stays the only other
 * rule (NIST SP 800-63B: no composition rules, no forced periodic change).
 */
@Component
class PasswordUmum {

    private final Set<String> daftar;

    PasswordUmum() {
        this.daftar = baca("akun/password-umum.txt");
    }

    boolean terlaluUmum(String password, String username) {
        String p = password.toLowerCase(Locale.ROOT);
        if (daftar.contains(p)) {
            return true;
        }
        if (p.chars().distinct().count() == 1 || urut(p)) {
            return true;
        }
        String u = username == null ? "" : username.toLowerCase(Locale.ROOT);
        return !u.isEmpty() && p.startsWith(u) && p.substring(u.length()).matches("\\d*");
    }

    /** Each character one more (or one less) than the one before: 23456789, hgfedcba. */
    private static boolean urut(String p) {
        int step = p.charAt(1) - p.charAt(0);
        if (Math.abs(step) != 1) {
            return false;
        }
        for (int i = 2; i < p.length(); i++) {
            if (p.charAt(i) - p.charAt(i - 1) != step) {
                return false;
            }
        }
        return true;
    }

    int ukuran() {
        return daftar.size();
    }

    private static Set<String> baca(String resource) {
        Set<String> words = new HashSet<>();
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return Set.copyOf(words);
    }
}
