package id.kinerja.housekeeping;

import id.kinerja.account.LinkAttempts;
import id.kinerja.account.LinkCodes;
import id.kinerja.chat.ProcessedUpdates;
import id.kinerja.outbox.Outbox;
import java.time.Instant;
import id.kinerja.account.TelegramAccounts;
import id.kinerja.employee.Employees;
import id.kinerja.survey.SurveyRetention;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Removes records past their retention, each through the retention step of the module that owns them;
 * the appraisal data itself is never touched here.
 */
@Service
class Housekeeping {

    private static final Logger log = LoggerFactory.getLogger(Housekeeping.class);

    public record Removed(int processedUpdates, int linkAttempts, int deliveredMessages, int expiredLinkCodes,
                          int surveyRecords, int unlinkedAccounts) {}

    private final RetentionProperties retention;
    private final ProcessedUpdates processedUpdates;
    private final LinkAttempts linkAttempts;
    private final Outbox outbox;
    private final LinkCodes linkCodes;
    private final SurveyRetention survey;
    private final TelegramAccounts accounts;
    private final Employees employees;

    Housekeeping(RetentionProperties retention, ProcessedUpdates processedUpdates, LinkAttempts linkAttempts,
                 Outbox outbox, LinkCodes linkCodes, SurveyRetention survey, TelegramAccounts accounts,
                 Employees employees) {
        this.retention = retention;
        this.processedUpdates = processedUpdates;
        this.linkAttempts = linkAttempts;
        this.outbox = outbox;
        this.linkCodes = linkCodes;
        this.survey = survey;
        this.accounts = accounts;
        this.employees = employees;
    }

    @Transactional
    public Removed runAt(Instant now) {
        Removed removed = new Removed(
                processedUpdates.deleteBefore(now.minus(retention.processedUpdates())),
                linkAttempts.deleteBefore(now.minus(retention.linkAttempts())),
                outbox.deleteFinishedBefore(now.minus(retention.deliveredMessages())),
                linkCodes.deleteSpent(now, now.minus(retention.deliveredMessages())),
                survey.deleteExpired(now),
                accounts.forgetUnlinkedSeenBefore(now.minus(retention.unlinkedAccounts()), employees.linkedTelegramUsers()));
        log.info("Housekeeping removed {}", removed);
        return removed;
    }
}
