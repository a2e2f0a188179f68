package id.pandudesa.platform.idempotency;

import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs a create once per {@code Idempotency-Key} and user. The key is claimed in the same
 * transaction as the record, so both commit together or not at all; a second request with the
 * same key (a phone resending after a dropped connection, or two arriving at once) gets the first
 * result back and stores nothing new. A failed create (bad input) claims nothing.
 */
@Service
public class IdempotentCreate {

    /** Longest key accepted, as the public contract says. */
    public static final int MAX_KEY = 100;

    private final TransactionTemplate tx;
    private final JsonMapper json;
    private final KeyClaim klaim;

    IdempotentCreate(TransactionTemplate tx, JsonMapper json, KeyClaim klaim) {
        this.tx = tx;
        this.json = json;
        this.klaim = klaim;
    }

    /**
     * @param key the client's key, or null to run without idempotency
     * @param request what was asked (the command as received): the same key with a different
     *     request is refused (422), as the IETF Idempotency-Key draft says, instead of answering
     *     the first request's result
     * @param create makes the record inside the transaction and returns the response body
     * @param location where the created record lives (for the Location header), from the body
     */
    public <T> Outcome<T> run(
            String user,
            String key,
            Object request,
            Class<T> type,
            Supplier<T> create,
            java.util.function.Function<T, String> location) {
        if (key == null || key.isBlank()) {
            T body = tx.execute(s -> create.get());
            return new Outcome<>(body, location.apply(body), false);
        }
        if (key.length() > MAX_KEY) {
            throw new id.pandudesa.platform.BadRequestException("idempotensi.kunciTerlaluPanjang", MAX_KEY);
        }
        String sidik = KeyClaim.sidik(java.util.List.of(json.writeValueAsBytes(request)));
        for (int attempt = 0; ; attempt++) {
            Optional<Outcome<T>> stored = stored(user, key, sidik, type);
            if (stored.isPresent()) {
                return stored.get();
            }
            try {
                return tx.execute(s -> {
                    klaim.klaim(user, key, sidik);
                    T body = create.get();
                    String where = location.apply(body);
                    klaim.simpanJawaban(user, key, json.writeValueAsString(body), where);
                    return new Outcome<>(body, where, false);
                });
            } catch (DataIntegrityViolationException | PessimisticLockingFailureException e) {
                // Another request with this key committed first (or holds the claim): read its answer.
                if (attempt >= 20) {
                    throw e;
                }
                KeyClaim.jeda(attempt);
            }
        }
    }

    private <T> Optional<Outcome<T>> stored(String user, String key, String sidik, Class<T> type) {
        Optional<KeyClaim.Tersimpan> stored = klaim.tersimpan(user, key);
        if (stored.isPresent() && !stored.get().untuk(sidik)) {
            throw new id.pandudesa.platform.RuleViolationException("idempotensi.kunciBedaIsi");
        }
        return stored.map(t -> new Outcome<>(json.readValue(t.jawaban(), type), t.lokasi(), true));
    }

    /** The response of a create: the body, where the record lives, and whether it was a replay. */
    public record Outcome<T>(T body, String location, boolean replay) {}
}
