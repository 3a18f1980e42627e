package id.kinerja.housekeeping;

import id.kinerja.audit.PersonalDataSection;
import id.kinerja.audit.PersonalDataSource;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * How long what is kept is kept, for a person's data copy ({@code retention}, UU 27/2022 Pasal 42–45): each
 * period of {@code kinerja.retention} as configured, and the records the nightly clean-up never removes (the
 * appraisal record itself).
 */
@Component
class RetentionSource implements PersonalDataSource {

    private final RetentionProperties retention;

    RetentionSource(RetentionProperties retention) {
        this.retention = retention;
    }

    @Override
    public List<PersonalDataSection> about(long employeeId) {
        return List.of(new PersonalDataSection("retention", List.of("record", "kept_for", "kept_for_days", "rule"),
                List.of(row("processed_updates", retention.processedUpdates(),
                                "Telegram update ids, only against a redelivery; removed after this time"),
                        row("link_attempts", retention.linkAttempts(),
                                "failed link code attempts, only for the lockout; removed after this time"),
                        row("delivered_messages", retention.deliveredMessages(),
                                "messages the bot sent on its own, once finished; removed after this time"),
                        row("spent_link_codes", retention.deliveredMessages(),
                                "link codes used, revoked or expired; removed after this time"),
                        row("unlinked_accounts", retention.unlinkedAccounts(),
                                "the language of a Telegram account nobody is linked to; removed after this time unused"),
                        row("appraisal_records", null,
                                "employee record, indicators, evaluations, follow-up and the processing log: the office's "
                                        + "appraisal archive, not removed by the bot"))));
    }

    private static List<Object> row(String record, Duration kept, String rule) {
        return Arrays.asList(record, kept == null ? null : kept.toString(),
                kept == null ? null : (kept.toHours() + 23) / 24, rule);
    }
}
