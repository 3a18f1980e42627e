package id.kinerja.survey;

import id.kinerja.calendar.WorkingCalendar;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * The survey's retention step: half-finished surveys past their time, yesterday's flood counts, and who
 * answered on an earlier day (needed only to keep one response a day). Responses themselves stay.
 */
@Component
public class SurveyRetention {

    private final SurveyDrafts drafts;
    private final SurveyBallots ballots;
    private final WorkingCalendar calendar;

    SurveyRetention(SurveyDrafts drafts, SurveyBallots ballots, WorkingCalendar calendar) {
        this.drafts = drafts;
        this.ballots = ballots;
        this.calendar = calendar;
    }

    /** Rows removed. */
    public int deleteExpired(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, calendar.zone());
        return drafts.deleteExpired(now, today) + ballots.deleteRespondentsBefore(today);
    }
}
