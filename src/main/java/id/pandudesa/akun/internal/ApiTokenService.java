package id.pandudesa.akun.internal;

import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.platform.NotFoundException;
import id.pandudesa.platform.RuleViolationException;
import id.pandudesa.platform.audit.AuditAction;
import id.pandudesa.platform.audit.AuditTrail;
import id.pandudesa.platform.security.ApiTokenAuthenticator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Personal API tokens for scripts: {@code pd_} + 32 random bytes, shown once; only a SHA-256 is
 * stored, so a database dump reveals no usable token.
 */
@Service
public class ApiTokenService implements ApiTokenAuthenticator {

    static final String PREFIX = "pd_";
    static final int MAX_TOKENS = 10;
    /** Request attribute: this request was authenticated by a personal token. */
    static final String LEWAT_TOKEN = ApiTokenService.class.getName() + ".token";

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public ApiTokenService(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Issues a token and returns it in clear text, the only time it is ever shown. */
    @Transactional
    String buat(long penggunaId, String nama) {
        String label = nama == null || nama.isBlank() ? "token" : nama.trim();
        if (label.length() > 80) {
            throw new RuleViolationException("akun.token.namaTerlaluPanjang");
        }
        long active = jdbc.sql("SELECT COUNT(*) FROM token_api WHERE pengguna_id = :p AND dicabut IS NULL")
                .param("p", penggunaId)
                .query(Long.class)
                .single();
        if (active >= MAX_TOKENS) {
            throw new RuleViolationException("akun.token.terlaluBanyak", MAX_TOKENS);
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = Instant.now(clock);
        jdbc.sql("INSERT INTO token_api (pengguna_id, nama, awalan, hash, dibuat) VALUES (:p, :n, :a, :h, :d)")
                .param("p", penggunaId)
                .param("n", label)
                .param("a", token.substring(0, 10))
                .param("h", sha256(token))
                .param("d", Timestamp.from(now))
                .update();
        audit.record(
                AuditAction.BUAT,
                "akun.TokenApi",
                penggunaId + ":" + token.substring(0, 10),
                null,
                null,
                Map.of("nama", label, "awalan", token.substring(0, 10)));
        return token;
    }

    /** Revokes every active token of a user (an admin reset the password); returns how many. */
    @Transactional
    int cabutSemua(long penggunaId) {
        Instant now = Instant.now(clock);
        int n = jdbc.sql("UPDATE token_api SET dicabut = :d WHERE pengguna_id = :p AND dicabut IS NULL")
                .param("d", Timestamp.from(now))
                .param("p", penggunaId)
                .update();
        if (n > 0) {
            audit.record(
                    AuditAction.UBAH,
                    "akun.TokenApi",
                    penggunaId + ":*",
                    null,
                    null,
                    Map.of("dicabut", now, "jumlah", n));
        }
        return n;
    }

    @Transactional
    void cabut(long penggunaId, long tokenId) {
        Instant now = Instant.now(clock);
        int n = jdbc.sql("UPDATE token_api SET dicabut = :d WHERE id = :id AND pengguna_id = :p AND dicabut IS NULL")
                .param("d", Timestamp.from(now))
                .param("id", tokenId)
                .param("p", penggunaId)
                .update();
        if (n == 0) {
            throw new NotFoundException("akun.token.tidakDitemukan");
        }
        audit.record(AuditAction.UBAH, "akun.TokenApi", penggunaId + ":" + tokenId, null, null, Map.of("dicabut", now));
    }

    @Transactional(readOnly = true)
    List<TokenRingkas> daftar(long penggunaId) {
        return jdbc.sql("SELECT id, nama, awalan, dibuat, terakhir_dipakai, dicabut FROM token_api"
                        + " WHERE pengguna_id = :p ORDER BY id DESC")
                .param("p", penggunaId)
                .query((rs, n) -> new TokenRingkas(
                        rs.getLong("id"),
                        rs.getString("nama"),
                        rs.getString("awalan"),
                        toInstant(rs.getTimestamp("dibuat")),
                        toInstant(rs.getTimestamp("terakhir_dipakai")),
                        toInstant(rs.getTimestamp("dicabut"))))
                .list();
    }

    /** How stale "last used" may be before a call records it again. */
    static final java.time.Duration TERAKHIR_DIPAKAI_SELANG = java.time.Duration.ofMinutes(5);

    /**
     * One statement finds the token, its active owner and the owner's scope; the owner is then the
     * request's current user (see {@link AkunQueries#SAAT_INI}), so nothing reads them again. No
     * transaction: the read is one statement and the occasional "last used" write is another.
     */
    @Override
    public Optional<Authentication> authenticate(String rawToken) {
        if (!rawToken.startsWith(PREFIX) || rawToken.length() > 100) {
            return Optional.empty();
        }
        String hash = sha256(rawToken);
        PembacaPengguna reader =
                new PembacaPengguna(3, java.time.LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Jakarta"))));
        long[] tokenId = new long[1];
        Instant[] lastUsed = new Instant[1];
        jdbc.sql("SELECT t.id, t.terakhir_dipakai, " + PembacaPengguna.KOLOM + " FROM token_api t"
                        + " JOIN pengguna p ON p.id = t.pengguna_id" + PembacaPengguna.LINGKUP
                        // an account that must first choose its own password has no API power
                        + " WHERE t.hash = :h AND t.dicabut IS NULL AND p.aktif = TRUE"
                        + " AND p.wajib_ganti_password = FALSE")
                .param("h", hash)
                .query((ResultSet rs) -> {
                    if (reader.kosong()) {
                        tokenId[0] = rs.getLong(1);
                        lastUsed[0] = toInstant(rs.getTimestamp(2));
                    }
                    reader.processRow(rs);
                });
        Optional<PenggunaSaatIni> found = reader.hasil();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        PenggunaSaatIni user = found.get();
        // "Last used" to the nearest few minutes: a script calling many times a second would
        // otherwise write (and wait for the log flush of) the same row on every call, one call at a time.
        Instant now = Instant.now(clock);
        Instant last = lastUsed[0];
        if (last == null || last.isBefore(now.minus(TERAKHIR_DIPAKAI_SELANG))) {
            jdbc.sql("UPDATE token_api SET terakhir_dipakai = :t WHERE id = :id")
                    .param("t", Timestamp.from(now))
                    .param("id", tokenId[0])
                    .update();
        }
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(AkunQueries.SAAT_INI, user, RequestAttributes.SCOPE_REQUEST);
            request.setAttribute(LEWAT_TOKEN, Boolean.TRUE, RequestAttributes.SCOPE_REQUEST);
        }
        PenggunaPrincipal principal =
                new PenggunaPrincipal(user.id(), user.username(), user.peran().name(), null, true, false);
        return Optional.of(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }

    public static String sha256(String token) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant toInstant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    /** A token as its owner sees it in the list: never the token itself. */
    record TokenRingkas(
            long id, String nama, String awalan, Instant dibuat, Instant terakhirDipakai, Instant dicabut) {}
}
