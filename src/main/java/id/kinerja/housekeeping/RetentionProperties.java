package id.kinerja.housekeeping;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long short-lived records are kept (UU 27/2022 Pasal 42–45: nothing longer than its purpose).
 * Processed update ids only guard against Telegram's redelivery (a day at most); failed link
 * attempts only serve the lockout; delivered outbox messages only serve troubleshooting; the language of a
 * Telegram account no employee is linked to (a citizen who took the survey) only serves that person's next visit.
 */
@ConfigurationProperties("kinerja.retention")
record RetentionProperties(Duration processedUpdates, Duration linkAttempts, Duration deliveredMessages,
                           Duration unlinkedAccounts, String cron) {

    public RetentionProperties {
        processedUpdates = processedUpdates == null ? Duration.ofDays(7) : processedUpdates;
        linkAttempts = linkAttempts == null ? Duration.ofDays(2) : linkAttempts;
        deliveredMessages = deliveredMessages == null ? Duration.ofDays(90) : deliveredMessages;
        unlinkedAccounts = unlinkedAccounts == null ? Duration.ofDays(90) : unlinkedAccounts;
        cron = cron == null || cron.isBlank() ? "0 30 2 * * ?" : cron;
    }
}
