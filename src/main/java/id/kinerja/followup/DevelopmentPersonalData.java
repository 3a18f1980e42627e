package id.kinerja.followup;

import id.kinerja.appraisal.Period;
import id.kinerja.appraisal.Periods;
import id.kinerja.audit.PersonalDataSection;
import id.kinerja.audit.PersonalDataSource;
import id.kinerja.calendar.WorkingCalendar;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** The person's development activities and the recognitions they received, for their data copy. */
@Component
class DevelopmentPersonalData implements PersonalDataSource {

    private final DevelopmentHours hours;
    private final Recognitions recognitions;
    private final Periods periods;
    private final ZoneId zone;

    DevelopmentPersonalData(DevelopmentHours hours, Recognitions recognitions, Periods periods,
                            WorkingCalendar calendar) {
        this.hours = hours;
        this.recognitions = recognitions;
        this.periods = periods;
        this.zone = calendar.zone();
    }

    @Override
    public List<PersonalDataSection> about(long employeeId) {
        List<List<Object>> activities = new ArrayList<>();
        for (DevelopmentActivity a : hours.allActivities(employeeId)) {
            activities.add(List.of(a.kind().name(), a.title(), a.organiser(), a.start(), a.end(), (long) a.jp(),
                    local(a.recordedAt())));
        }
        List<List<Object>> received = new ArrayList<>();
        for (Recognition r : recognitions.of(employeeId)) {
            List<Object> row = new ArrayList<>();
            row.add(periods.byId(r.periodId()).map(Period::code).orElse(null));
            row.add(r.recordedByName());
            row.add(r.note());
            row.add(r.recommendation().name());
            row.add(local(r.recordedAt()));
            received.add(row);
        }
        return List.of(
                new PersonalDataSection("development",
                        List.of("kind", "title", "organiser", "start_date", "end_date", "jp", "recorded_at"), activities),
                new PersonalDataSection("recognition",
                        List.of("period", "recorded_by", "note", "recommendation", "recorded_at"), received));
    }

    private LocalDateTime local(Instant at) {
        return LocalDateTime.ofInstant(at, zone);
    }
}
