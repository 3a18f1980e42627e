package id.kinerja.peer;

import id.kinerja.secret.InstallationSecret;
import org.springframework.stereotype.Component;

/**
 * Rater pseudonyms: {@code HMAC-SHA256(secret, raterEmployeeId + ":" + periodId)}, hex. Stable within a
 * period (one rating per rater, ratee and period; a new one replaces it), different across periods,
 * and not invertible without the secret.
 */
@Component
class RaterPseudonyms {

    private final byte[] key;

    RaterPseudonyms(InstallationSecret secret) {
        this.key = secret.key();
    }

    String of(long raterId, long periodId) {
        return pseudonym(key, raterId, periodId);
    }

    /**
     * What a comment in progress remembers about its ratee: without the secret it names nobody, so the
     * conversation row (keyed by the Telegram account) does not reveal whom the account just rated.
     */
    String commentToken(long raterId, long periodId, long rateeId) {
        return hmacHex(key, "comment:" + of(raterId, periodId) + ":" + rateeId).substring(0, 32);
    }

    static String pseudonym(byte[] key, long raterId, long periodId) {
        return hmacHex(key, raterId + ":" + periodId);
    }

    static String hmacHex(byte[] key, String message) {
        return InstallationSecret.hmacHex(key, message);
    }
}
