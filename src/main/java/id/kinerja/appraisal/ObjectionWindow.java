package id.kinerja.appraisal;

import id.kinerja.calendar.WorkingCalendar;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * The one place that says until when an evaluation may be objected to: {@code window} calendar days after the day
 * it was submitted, or {@code window} working days of the office's calendar. The last day counts in full.
 */
@Component
public class ObjectionWindow {

    private final ObjectionProperties properties;
    private final WorkingCalendar calendar;

    public ObjectionWindow(ObjectionProperties properties, WorkingCalendar calendar) {
        this.properties = properties;
        this.calendar = calendar;
    }

    /** The last day an objection may be filed against a result submitted (and told) on {@code submitted}. */
    public LocalDate lastDay(LocalDate submitted) {
        return switch (properties.windowUnit()) {
            case CALENDAR -> submitted.plusDays(properties.window());
            case WORKING -> calendar.plusWorkingDays(submitted, properties.window());
        };
    }

    public boolean isOpen(LocalDate submitted, LocalDate today) {
        return !today.isAfter(lastDay(submitted));
    }

    /** The deadline of an explanation asked for on {@code asked}. */
    public LocalDate explanationDue(LocalDate asked) {
        return calendar.plusWorkingDays(asked, properties.explanationWorkingDays());
    }

    /** By when the decider should decide an objection filed on {@code filed}. */
    public LocalDate decideBy(LocalDate filed) {
        return calendar.plusWorkingDays(filed, properties.decisionWorkingDays());
    }
}
