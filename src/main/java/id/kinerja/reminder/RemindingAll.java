package id.kinerja.reminder;

import id.kinerja.appraisal.PendingEvaluations;
import id.kinerja.appraisal.PendingReport;
import id.kinerja.appraisal.Period;
import id.kinerja.appraisal.Periods;
import id.kinerja.audit.AuditLog;
import id.kinerja.calendar.WorkingCalendar;
import id.kinerja.employee.AdminScope;
import id.kinerja.employee.AdminScopes;
import id.kinerja.employee.Reports;
import id.kinerja.employee.Requester;
import id.kinerja.outbox.Outbox;
import id.kinerja.outbox.OutgoingMessage;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * HR's "remind everyone now": the prompt supervisors know (same text and buttons as the scheduled one) to every
 * supervisor with evaluations pending for employees in the HR admin's scope, through the outbox (rate limits,
 * quiet hours). At most one such prompt per supervisor and day ({@code remind-all:<supervisor>:<date>}), and none
 * to a supervisor whose scheduled prompt for that period already went today. A supervisor with pending reports in
 * several open periods is prompted about the earliest due one; the prompt lists only the reports in scope.
 */
@Service
public class RemindingAll {

    /**
     * {@code toReach}: supervisors who would get a prompt now; {@code notLinked}: with pending reports but not
     * reachable through Telegram; {@code alreadyToday}: reminded today already.
     */
    public record Reach(int toReach, int notLinked, int alreadyToday) {
        public int supervisors() {
            return toReach + notLinked + alreadyToday;
        }
    }

    private record Target(Recipients.Recipient recipient, Period period, List<PendingReport> reports, String key) {}

    private record Plan(List<Target> targets, int notLinked, int alreadyToday) {
        Reach reach() {
            return new Reach(targets.size(), notLinked, alreadyToday);
        }
    }

    private final AdminScopes scopes;
    private final Periods periods;
    private final PendingEvaluations pending;
    private final Reports reports;
    private final Recipients recipients;
    private final PromptComposer composer;
    private final Outbox outbox;
    private final WorkingCalendar calendar;
    private final Clock clock;
    private final AuditLog audit;

    RemindingAll(AdminScopes scopes, Periods periods, PendingEvaluations pending, Reports reports,
                 Recipients recipients, PromptComposer composer, Outbox outbox, WorkingCalendar calendar, Clock clock,
                 AuditLog audit) {
        this.scopes = scopes;
        this.periods = periods;
        this.pending = pending;
        this.reports = reports;
        this.recipients = recipients;
        this.composer = composer;
        this.outbox = outbox;
        this.calendar = calendar;
        this.clock = clock;
        this.audit = audit;
    }

    /** How many supervisors a remind-all would reach now; HR only ({@link Requester.NotHr}). */
    public Reach preview(Requester hr) {
        return plan(scopes.of(hr), today()).reach();
    }

    /** Queues the prompts and audits who asked and how many; what was reached (a second call the same day: 0). */
    @Transactional
    public Reach remindAll(Requester hr) {
        AdminScope scope = scopes.of(hr);
        LocalDate today = today();
        Instant now = clock.instant();
        Plan plan = plan(scope, today);
        int queued = 0;
        int already = plan.alreadyToday();
        for (Target target : plan.targets()) {
            PromptComposer.Composed prompt = composer.prompt(target.period(), target.recipient().language(),
                    step(target.period(), today), target.reports(), offerSnooze(target.period(), today));
            PromptKind kind = today.isAfter(target.period().due()) ? PromptKind.OVERDUE : PromptKind.REMINDER;
            if (outbox.enqueue(new OutgoingMessage(kind.name(), target.key(), target.recipient().chatId(),
                    target.recipient().employee().id(), prompt.html(), prompt.keyboard(), now))) {
                queued++;
            } else {
                already++; // another tap queued it in the meantime
            }
        }
        Reach reach = new Reach(queued, plan.notLinked(), already);
        audit.record(hr.auditActor(), "REMIND_ALL", "scope:" + scope,
                "reached=" + reach.toReach() + " not_linked=" + reach.notLinked() + " already_today=" + already);
        return reach;
    }

    static String key(long supervisorId, LocalDate day) {
        return "remind-all:" + supervisorId + ":" + day;
    }

    private Plan plan(AdminScope scope, LocalDate today) {
        Set<Long> inScope = reports.inScope(scope).stream().map(Reports.UnitReport::employeeId)
                .collect(Collectors.toSet());
        Map<Long, Period> periodOf = new LinkedHashMap<>();
        Map<Long, List<PendingReport>> bySupervisor = new LinkedHashMap<>();
        for (Period period : periods.open()) { // earliest due date first
            for (PendingReport report : pending.inPeriod(period.id())) {
                if (!inScope.contains(report.employeeId())) {
                    continue;
                }
                Period first = periodOf.computeIfAbsent(report.supervisorId(), s -> period);
                if (first.id() == period.id()) {
                    bySupervisor.computeIfAbsent(report.supervisorId(), s -> new ArrayList<>()).add(report);
                }
            }
        }
        Map<String, Long> keys = new LinkedHashMap<>();
        bySupervisor.keySet().forEach(s -> {
            keys.put(key(s, today), s);
            keys.put(ReminderPlanner.promptKey(periodOf.get(s), s, today), s);
        });
        Set<Long> reminded = recipients.alreadyQueued(keys.keySet()).stream().map(keys::get)
                .collect(Collectors.toSet());
        List<Target> targets = new ArrayList<>();
        int notLinked = 0;
        for (Map.Entry<Long, List<PendingReport>> entry : bySupervisor.entrySet()) {
            long supervisorId = entry.getKey();
            if (reminded.contains(supervisorId)) {
                continue;
            }
            Optional<Recipients.Recipient> recipient = recipients.employee(supervisorId).flatMap(recipients::reachable);
            if (recipient.isEmpty()) {
                notLinked++;
            } else {
                targets.add(new Target(recipient.get(), periodOf.get(supervisorId), entry.getValue(),
                        key(supervisorId, today)));
            }
        }
        return new Plan(targets, notLinked, reminded.size());
    }

    /** The prompt's wording as the ladder would have it today, whether or not today is a scheduled day. */
    private PromptLadder.Step step(Period period, LocalDate today) {
        if (today.isAfter(period.due())) {
            return new PromptLadder.Step(EnumSet.of(PromptKind.OVERDUE), 0,
                    Math.max(1, calendar.workingDaysBetween(period.due(), today)));
        }
        return new PromptLadder.Step(EnumSet.of(PromptKind.REMINDER),
                Math.max(0, calendar.workingDaysBetween(today, period.due())), 0);
    }

    private boolean offerSnooze(Period period, LocalDate today) {
        return !today.isAfter(period.due()) && !calendar.nextWorkingDay(today).isAfter(period.due());
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), calendar.zone());
    }
}
