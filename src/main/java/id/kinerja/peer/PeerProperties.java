package id.kinerja.peer;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Peer rating policy (docs/SPEC.md §2.4).
 *
 * @param secret                the HMAC key for rater pseudonyms; blank means "generate once and keep it in
 *                              {@code <data-dir>/peer-secret}" (see {@code secret.InstallationSecret})
 * @param threshold             distinct raters needed before an average, count or comment is shown
 * @param promptDaysBeforeDue   prompts go out from this many calendar days before a period's deadline
 * @param promptCron            when the prompt job runs (Quartz cron, in the calendar's time zone)
 * @param promptsEnabled        whether the scheduled job plans prompts at all
 * @param ballotInterval        how often the ballot job writes pending ballots as ratings
 */
@ConfigurationProperties("kinerja.peer")
public record PeerProperties(String secret, int threshold, int promptDaysBeforeDue, String promptCron,
                             Boolean promptsEnabled, Duration ballotInterval) {

    public static final int COLLEAGUES_PER_PROMPT = 3;
    public static final int MAX_COMMENT = 300;

    public PeerProperties {
        threshold = threshold <= 0 ? 3 : threshold;
        promptDaysBeforeDue = promptDaysBeforeDue <= 0 ? 5 : promptDaysBeforeDue;
        promptCron = promptCron == null || promptCron.isBlank() ? "0 0 9 * * ?" : promptCron;
        promptsEnabled = promptsEnabled == null || promptsEnabled;
        ballotInterval = ballotInterval == null || ballotInterval.isNegative() || ballotInterval.isZero()
                ? Duration.ofMinutes(1) : ballotInterval;
    }
}
