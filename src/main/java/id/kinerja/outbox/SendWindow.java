package id.kinerja.outbox;

import id.kinerja.calendar.CalendarProperties;
import java.time.Instant;

/** Whether the bot may send at an instant: not in the office's quiet hours (local time in its zone). */
final class SendWindow {

    private final CalendarProperties calendar;

    SendWindow(CalendarProperties calendar) {
        this.calendar = calendar;
    }

    boolean isQuiet(Instant instant) {
        return calendar.isQuiet(instant.atZone(calendar.zone()).toLocalTime());
    }
}
