package id.pandudesa.platform.privasi;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encryption at rest of the most sensitive columns (a complainant's identity, a dispute's parties):
 * AES-256-GCM with a random nonce per value, stored as {@code v1:<key id>:<base64url(nonce ‖
 * ciphertext ‖ tag)>}, and a keyed fingerprint (HMAC-SHA256) of the normalised value where the app
 * must find a person by it. The 32-byte data key comes from {@code PANDU_KUNCI_DATA} (base64);
 * earlier keys in {@code PANDU_KUNCI_DATA_LAMA} (comma-separated) still decrypt while the startup
 * job re-encrypts every value under the current one (rotation). Without a key — the embedded demo —
 * one is made once in {@code $PANDU_HOME/kunci-data} (owner-only); production sets the variable and
 * keeps the key apart from the database's backups.
 *
 * <p>Values without the prefix (the "(dihapus)" placeholder, rows written before encryption) are
 * read as they are.
 */
@Component
public class Sandi {

    private static final Logger log = LoggerFactory.getLogger(Sandi.class);
    static final String AWALAN = "v1:";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static volatile Sandi aktif;

    record Kunci(String id, SecretKeySpec aes, SecretKeySpec hmac) {}

    /**
     * Every key any instance of this process loaded, by id: a value opens whichever context wrote
     * it (one in production; the tests run several contexts in one JVM).
     */
    private static final Map<String, Kunci> SEMUA = new java.util.concurrent.ConcurrentHashMap<>();

    private final Kunci utama;
    private final Map<String, Kunci> semua = new LinkedHashMap<>();

    Sandi(
            @Value("${pandu.privasi.kunci:}") String kunci,
            @Value("${pandu.privasi.kunci-lama:}") String lama,
            @Value("${pandu.home}") String home) {
        this.utama = kunci(kunci.isBlank() ? kunciBerkas(Path.of(home, "kunci-data")) : kunci.strip());
        semua.put(utama.id(), utama);
        for (String k : lama.split(",")) {
            if (!k.isBlank()) {
                Kunci old = kunci(k.strip());
                semua.putIfAbsent(old.id(), old);
            }
        }
        SEMUA.putAll(semua);
        aktif = this;
    }

    /** The instance of the running app, for the row mappers that read encrypted columns. */
    public static Sandi aktif() {
        Sandi s = aktif;
        if (s == null) {
            throw new IllegalStateException("the data key is not loaded yet");
        }
        return s;
    }

    private static String kunciBerkas(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file).strip();
            }
            byte[] raw = new byte[32];
            RANDOM.nextBytes(raw);
            String b64 = Base64.getEncoder().encodeToString(raw);
            Files.createDirectories(file.getParent());
            Files.writeString(file, b64 + "\n");
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                log.debug("No POSIX permissions here for {}", file);
            }
            log.warn(
                    "No PANDU_KUNCI_DATA: a data key was made in {} — in production set PANDU_KUNCI_DATA and keep"
                            + " it apart from the database's backups",
                    file);
            return b64;
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot read or make the data key " + file, e);
        }
    }

    private static Kunci kunci(String base64) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("PANDU_KUNCI_DATA is not base64", e);
        }
        if (raw.length != 32) {
            throw new IllegalStateException("PANDU_KUNCI_DATA must be 32 bytes (base64 of 32 random bytes)");
        }
        try {
            String id = HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(raw))
                    .substring(0, 8);
            return new Kunci(
                    id,
                    new SecretKeySpec(turunan(raw, "pandu-enkripsi"), "AES"),
                    new SecretKeySpec(turunan(raw, "pandu-sidik"), "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] turunan(byte[] key, String label) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(label.getBytes(StandardCharsets.UTF_8));
    }

    /** The current key's id, as in every value it encrypted. */
    public String idKunci() {
        return utama.id();
    }

    /**
     * Whether a stored value still needs encrypting under the current key: written before
     * encryption, or under an earlier key. Empty values and the anonymised placeholder do not.
     */
    public boolean perluDienkripsi(String stored) {
        return stored != null && !stored.equals(SubjekData.DIHAPUS) && !stored.startsWith(AWALAN + utama.id() + ":");
    }

    public String enkripsi(String plain) {
        if (plain == null) {
            return null;
        }
        try {
            byte[] nonce = new byte[12];
            RANDOM.nextBytes(nonce);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, utama.aes(), new GCMParameterSpec(128, nonce));
            byte[] ct = c.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[nonce.length + ct.length];
            System.arraycopy(nonce, 0, out, 0, nonce.length);
            System.arraycopy(ct, 0, out, nonce.length, ct.length);
            return AWALAN + utama.id() + ":"
                    + Base64.getUrlEncoder().withoutPadding().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String dekripsi(String stored) {
        if (stored == null || !stored.startsWith(AWALAN)) {
            return stored;
        }
        int colon = stored.indexOf(':', AWALAN.length());
        Kunci k = SEMUA.get(stored.substring(AWALAN.length(), colon));
        if (k == null) {
            throw new IllegalStateException("value encrypted with data key " + stored.substring(AWALAN.length(), colon)
                    + ", which is not configured (PANDU_KUNCI_DATA_LAMA)");
        }
        try {
            byte[] in = Base64.getUrlDecoder().decode(stored.substring(colon + 1));
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, k.aes(), new GCMParameterSpec(128, in, 0, 12));
            return new String(c.doFinal(in, 12, in.length - 12), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("an encrypted value does not open with its key", e);
        }
    }

    /** The keyed fingerprint of an already normalised value (64 hex characters), null for null. */
    public String sidik(String normal) {
        if (normal == null || normal.isEmpty()) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(utama.hmac());
            return HexFormat.of().formatHex(mac.doFinal(normal.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether a stored value is one of this class's ciphertexts. */
    public static boolean tersandi(String value) {
        return value != null && value.startsWith(AWALAN);
    }

    /** A contact encrypted for storing, with the running app's key (null stays null). */
    public static String simpanKontak(String kontak) {
        return aktif().enkripsi(kontak);
    }

    /** The fingerprint of a contact as stored beside it (null for null). */
    public static String sidikKontak(String kontak) {
        return kontak == null ? null : aktif().sidik(kontakNormal(kontak));
    }

    /** A stored value opened with the running app's keys. */
    public static String buka(String stored) {
        return aktif().dekripsi(stored);
    }

    /** A name as compared: lower case, single spaces. */
    public static String namaNormal(String nama) {
        return nama == null ? null : nama.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** A contact as compared: an e-mail in lower case, a phone number's digits starting with 0 (62… → 0…). */
    public static String kontakNormal(String kontak) {
        if (kontak == null) {
            return null;
        }
        String k = kontak.strip();
        if (k.contains("@")) {
            return k.toLowerCase(Locale.ROOT);
        }
        String d = k.replaceAll("[^0-9]", "");
        return d.startsWith("62") ? "0" + d.substring(2) : d;
    }
}
