package id.kinerja.reminder;

import id.kinerja.appraisal.Period;
import id.kinerja.text.Dates;
import id.kinerja.text.Language;
import id.kinerja.text.Texts;
import java.time.LocalDate;

/**
 * What came of a snooze: the day of the extra prompt, or why there is none. {@code period} is null
 * only when the period does not exist; {@code remindOn} only when snoozed.
 */
public record SnoozeResult(Outcome outcome, LocalDate remindOn, Period period) {

    public enum Outcome { SNOOZED, PAST_DEADLINE, PERIOD_CLOSED }

    public boolean snoozed() {
        return outcome == Outcome.SNOOZED;
    }

    /** The answer to show the supervisor ({@code reminder.snoozed} or a {@code reminder.snooze_refused*} text). */
    public String message(Texts texts, Language language) {
        return switch (outcome) {
            case SNOOZED -> texts.get(language, "reminder.snoozed", "date", Dates.longDate(remindOn, language));
            case PAST_DEADLINE -> texts.get(language, "reminder.snooze_refused",
                    "deadline", Dates.longDate(period.due(), language));
            case PERIOD_CLOSED -> texts.get(language, "reminder.snooze_refused_closed");
        };
    }
}
