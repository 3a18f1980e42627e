package id.kinerja.playground;

import id.kinerja.appraisal.Period;
import id.kinerja.appraisal.Periods;
import id.kinerja.calendar.CalendarProperties;
import id.kinerja.calendar.WorkingCalendar;
import id.kinerja.digest.WeeklyDigest;
import id.kinerja.followup.CoachingTick;
import id.kinerja.outbox.Outbox;
import id.kinerja.peer.DuePeerWork;
import id.kinerja.reminder.DueReminders;
import id.kinerja.survey.DueSurveyWork;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Moves the playground's clock forward and then runs at once what the schedules would have run by then: the
 * reminder planner, peer prompts and ballots, survey ballots and the suggestion digest, coaching reminders and
 * escalations, HR's weekly digest. The outbox sends what became due.
 */
@Component
@ConditionalOnProperty(name = PlaygroundMode.ENABLED, havingValue = "true")
class TimeTravel {

    /** Where the clock can be moved. */
    enum Advance {
        NEXT_REMINDER, DEADLINE, NEXT_WORKING_DAY, DAYS;

        static Optional<Advance> parse(String value) {
            if (value == null) {
                return Optional.empty();
            }
            try {
                return Optional.of(valueOf(value.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_')));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
    }

    /** The clock as the page shows it; {@code deadline} is empty when no open period's deadline lies ahead. */
    record Reading(ZonedDateTime now, ZonedDateTime nextReminder, Optional<ZonedDateTime> deadline) {}

    static final int MAX_DAYS = 366;
    private static final Logger log = LoggerFactory.getLogger(TimeTravel.class);

    private final PlaygroundClock clock;
    private final WorkingCalendar calendar;
    private final DueReminders reminders;
    private final DuePeerWork peer;
    private final DueSurveyWork survey;
    private final Periods periods;
    private final ApplicationEventPublisher events;
    private final CalendarProperties calendarProperties;
    private final CoachingTick coaching;
    private final WeeklyDigest digest;

    TimeTravel(PlaygroundClock clock, WorkingCalendar calendar, DueReminders reminders, DuePeerWork peer,
               DueSurveyWork survey, Periods periods, ApplicationEventPublisher events,
               CalendarProperties calendarProperties, CoachingTick coaching, WeeklyDigest digest) {
        this.coaching = coaching;
        this.digest = digest;
        this.calendarProperties = calendarProperties;
        this.clock = clock;
        this.calendar = calendar;
        this.reminders = reminders;
        this.peer = peer;
        this.survey = survey;
        this.periods = periods;
        this.events = events;
    }

    /**
     * The clock back to the system's time; at night (the quiet hours, when the bot sends nothing on its own) on to
     * the end of the quiet hours, so that a visitor sees notices arrive as they would in office hours.
     */
    synchronized void restart() {
        clock.reset();
        ZonedDateTime now = clock.instant().atZone(calendar.zone());
        if (calendarProperties.isQuiet(now.toLocalTime())) {
            ZonedDateTime end = now.toLocalDate().atTime(calendarProperties.quietEnd()).atZone(calendar.zone());
            clock.moveTo((end.isAfter(now) ? end : end.plusDays(1)).toInstant());
        }
    }

    Reading read() {
        Instant now = clock.instant();
        return new Reading(now.atZone(calendar.zone()), reminders.nextPromptSlot(now), deadline(now));
    }

    /** The prompt slot on the due date of the first open period whose deadline is still ahead. */
    private Optional<ZonedDateTime> deadline(Instant now) {
        return periods.open().stream().map(Period::due).sorted(Comparator.naturalOrder())
                .map(reminders::promptSlotOn).filter(slot -> slot.toInstant().isAfter(now)).findFirst();
    }

    /**
     * Moves the clock and runs the due work; empty when the target does not exist (no deadline ahead, days out of
     * 1..{@value #MAX_DAYS}).
     */
    synchronized Optional<Reading> advance(Advance advance, int days) {
        Instant now = clock.instant();
        Optional<Instant> target = switch (advance) {
            case NEXT_REMINDER -> Optional.of(reminders.nextPromptSlot(now).toInstant());
            case DEADLINE -> deadline(now).map(ZonedDateTime::toInstant);
            case NEXT_WORKING_DAY -> {
                LocalDate today = now.atZone(calendar.zone()).toLocalDate();
                yield Optional.of(reminders.promptSlotOn(calendar.nextWorkingDay(today)).toInstant());
            }
            case DAYS -> days < 1 || days > MAX_DAYS ? Optional.empty()
                    : Optional.of(now.plus(Duration.ofDays(days)));
        };
        if (target.isEmpty()) {
            return Optional.empty();
        }
        clock.moveTo(target.get());
        runDueWork();
        return Optional.of(read());
    }

    /** What the scheduled jobs would do now; the outbox is woken for rows that became due by the move. */
    void runDueWork() {
        Instant now = clock.instant();
        int queued = reminders.planAt(now) + peer.planPromptsAt(now) + survey.queueDigestAt(now) + coaching.planAt(now)
                + digest.queueAt(now);
        int written = peer.writePendingBallots() + survey.writePendingBallots();
        log.info("Playground: clock at {}; {} message(s) queued, {} ballot(s) written", now.atZone(calendar.zone()),
                queued, written);
        events.publishEvent(new Outbox.MessageQueued("playground-clock:" + now));
    }
}
