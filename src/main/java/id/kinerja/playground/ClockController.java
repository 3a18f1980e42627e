package id.kinerja.playground;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The clock panel: the playground's time, and moving it forward (the due work then runs at once). */
@RestController
@RequestMapping("/playground/api/clock")
@ConditionalOnProperty(name = PlaygroundMode.ENABLED, havingValue = "true")
class ClockController {

    record ClockJson(String now, String zone, String nextReminder, String deadline) {}

    record AdvanceBody(String advance, Integer days) {}

    private final TimeTravel timeTravel;

    ClockController(TimeTravel timeTravel) {
        this.timeTravel = timeTravel;
    }

    @GetMapping
    ClockJson clock() {
        return json(timeTravel.read());
    }

    @PostMapping
    ClockJson advance(@RequestBody AdvanceBody body) {
        TimeTravel.Advance advance = TimeTravel.Advance.parse(body == null ? null : body.advance())
                .orElseThrow(() -> PlaygroundApiError.badRequest(
                        "advance must be next-reminder, deadline, next-working-day or days"));
        int days = body.days() == null ? 0 : body.days();
        return timeTravel.advance(advance, days).map(ClockController::json).orElseThrow(() ->
                advance == TimeTravel.Advance.DAYS
                        ? PlaygroundApiError.badRequest("days must be between 1 and " + TimeTravel.MAX_DAYS)
                        : new ResponseStatusException(HttpStatus.CONFLICT, "no open period's deadline lies ahead"));
    }

    private static ClockJson json(TimeTravel.Reading reading) {
        return new ClockJson(text(reading.now()), reading.now().getZone().getId(), text(reading.nextReminder()),
                reading.deadline().map(ClockController::text).orElse(null));
    }

    /** ISO 8601 with the offset, to the second: {@code 2026-12-02T08:00:00+07:00}. */
    static String text(ZonedDateTime time) {
        return time.truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
