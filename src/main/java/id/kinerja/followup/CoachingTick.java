package id.kinerja.followup;

import id.kinerja.audit.AuditLog;
import id.kinerja.calendar.WorkingCalendar;
import id.kinerja.employee.Employee;
import id.kinerja.employee.Employees;
import id.kinerja.reminder.DueReminders;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What coaching calls for today, from the prompt hour of the deadline prompts ({@code kinerja.reminders.prompt-time},
 * read through {@link DueReminders}) on a working day: the reminder on the session's day to both people; and, like a
 * late evaluation, an escalation to the supervisor's own supervisor when a low predicate has had no plan for
 * {@code escalate-after-working-days} working days, or a planned day passed that long ago without an outcome. Each
 * message has a dedupe key naming its slot, so calling this as often as wanted queues each once.
 */
@Service
public class CoachingTick {

    private final CoachingSessions sessions;
    private final CoachingMessages messages;
    private final CoachingProperties properties;
    private final WorkingCalendar calendar;
    private final DueReminders reminders;
    private final Employees employees;
    private final AuditLog audit;

    CoachingTick(CoachingSessions sessions, CoachingMessages messages, CoachingProperties properties,
                 WorkingCalendar calendar, DueReminders reminders, Employees employees, AuditLog audit) {
        this.sessions = sessions;
        this.messages = messages;
        this.properties = properties;
        this.calendar = calendar;
        this.reminders = reminders;
        this.employees = employees;
        this.audit = audit;
    }

    /** Queues what is due at {@code now}; returns how many messages it queued. */
    @Transactional
    public int planAt(Instant now) {
        LocalDate today = now.atZone(calendar.zone()).toLocalDate();
        if (!calendar.isWorkingDay(today) || now.isBefore(reminders.promptSlotOn(today).toInstant())) {
            return 0;
        }
        int queued = 0;
        for (CoachingSession session : sessions.awaitingOn(today)) {
            queued += messages.reminders(session, now);
        }
        LocalDate threshold = calendar.minusWorkingDays(today, properties.escalateAfterWorkingDays());
        for (CoachingSession request : sessions.unplannedSince(threshold)) {
            Optional<Employee> supervisor = currentSupervisor(request);
            Long superior = supervisor.map(Employee::supervisorId).orElse(null);
            if (superior != null && messages.unplanned(request, supervisor.get(), superior,
                    calendar.workingDaysBetween(request.requestedOn(), today), now)) {
                audit.record("system", "COACHING_ESCALATED", "employee:" + request.employeeId(),
                        "session=" + request.id() + " unplanned to=employee:" + superior);
                queued++;
            }
        }
        for (CoachingSession session : sessions.awaitingSince(threshold)) {
            Optional<Employee> supervisor = currentSupervisor(session);
            Long superior = supervisor.map(Employee::supervisorId).orElse(null);
            if (superior != null && messages.overdue(session, supervisor.get(), superior,
                    calendar.workingDaysBetween(session.date(), today), now)) {
                audit.record("system", "COACHING_ESCALATED", "employee:" + session.employeeId(),
                        "session=" + session.id() + " overdue to=employee:" + superior);
                queued++;
            }
        }
        return queued;
    }

    /** The report's supervisor now (the one who has to act), when the report is still active. */
    private Optional<Employee> currentSupervisor(CoachingSession session) {
        return employees.byId(session.employeeId()).filter(Employee::active)
                .map(report -> report.supervisorId() == null ? session.supervisorId() : report.supervisorId())
                .flatMap(employees::byId);
    }
}
