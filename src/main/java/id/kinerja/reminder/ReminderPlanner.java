package id.kinerja.reminder;

import id.kinerja.appraisal.PendingEvaluations;
import id.kinerja.appraisal.PendingReport;
import id.kinerja.appraisal.Period;
import id.kinerja.appraisal.Periods;
import id.kinerja.calendar.WorkingCalendar;
import id.kinerja.outbox.Outbox;
import id.kinerja.outbox.OutgoingMessage;
import id.kinerja.text.Keyboard;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Decides which deadline prompts and escalations are due now and queues them. Safe to call as often
 * as wanted, from any number of instances: every message has a dedupe key naming its slot —
 * {@code prompt:<period>:<supervisor>:<date>} (at most one prompt per supervisor, period and day,
 * whether reminder, snoozed or overdue; none to a supervisor HR reminded that day through {@link RemindingAll})
 * and {@code escalation:<period>:<recipient>:<date>} — and the outbox queues a key only once.
 * Only today (calendar zone) is considered: a prompt missed earlier
 * today goes out on the next call, a day that passed without a call is never caught up.
 */
@Service
class ReminderPlanner {

    private final WorkingCalendar calendar;
    private final ReminderProperties properties;
    private final PromptLadder ladder;
    private final Periods periods;
    private final PendingEvaluations pendingEvaluations;
    private final Snoozes snoozes;
    private final Recipients recipients;
    private final PromptComposer composer;
    private final Outbox outbox;

    ReminderPlanner(WorkingCalendar calendar, ReminderProperties properties, Periods periods,
                    PendingEvaluations pendingEvaluations, Snoozes snoozes, Recipients recipients,
                    PromptComposer composer, Outbox outbox) {
        this.calendar = calendar;
        this.properties = properties;
        this.ladder = new PromptLadder(calendar, properties);
        this.periods = periods;
        this.pendingEvaluations = pendingEvaluations;
        this.snoozes = snoozes;
        this.recipients = recipients;
        this.composer = composer;
        this.outbox = outbox;
    }

    /** Queues what is due at {@code now} and not queued yet; returns how many messages it queued. */
    public int planAt(Instant now) {
        ZonedDateTime local = now.atZone(calendar.zone());
        LocalDate today = local.toLocalDate();
        if (local.toLocalTime().isBefore(properties.promptTime()) || !calendar.isWorkingDay(today)) {
            return 0;
        }
        int queued = 0;
        for (Period period : periods.open()) {
            queued += plan(period, today, now);
        }
        return queued;
    }

    private int plan(Period period, LocalDate today, Instant now) {
        PromptLadder.Step step = ladder.on(period.due(), today);
        Set<Long> snoozed = step.isOverdue() ? Set.of() : snoozes.supervisorsToRemind(period.id(), today);
        if (step.kinds().isEmpty() && snoozed.isEmpty()) {
            return 0;
        }
        Map<Long, List<PendingReport>> bySupervisor = new LinkedHashMap<>();
        for (PendingReport report : pendingEvaluations.inPeriod(period.id())) {
            bySupervisor.computeIfAbsent(report.supervisorId(), id -> new ArrayList<>()).add(report);
        }
        int queued = prompts(period, today, now, step, snoozed, bySupervisor);
        if (step.has(PromptKind.ESCALATION)) {
            queued += escalations(period, today, now, step, bySupervisor);
        }
        return queued;
    }

    private int prompts(Period period, LocalDate today, Instant now, PromptLadder.Step step, Set<Long> snoozed,
                        Map<Long, List<PendingReport>> bySupervisor) {
        Map<String, Long> supervisorByKey = new LinkedHashMap<>();
        for (Long supervisorId : bySupervisor.keySet()) {
            if (kindFor(step, snoozed, supervisorId).isPresent()) {
                supervisorByKey.put(promptKey(period, supervisorId, today), supervisorId);
            }
        }
        supervisorByKey.keySet().removeAll(recipients.alreadyQueued(supervisorByKey.keySet()));
        // HR's "remind everyone now" already prompted them today: one prompt per supervisor and day
        Map<String, Long> remindedByHr = new LinkedHashMap<>();
        supervisorByKey.values().forEach(s -> remindedByHr.put(RemindingAll.key(s, today), s));
        Set<Long> skip = new java.util.HashSet<>();
        recipients.alreadyQueued(remindedByHr.keySet()).forEach(key -> skip.add(remindedByHr.get(key)));
        supervisorByKey.values().removeAll(skip);
        boolean offerSnooze = !step.isOverdue() && !calendar.nextWorkingDay(today).isAfter(period.due());
        int queued = 0;
        for (Map.Entry<String, Long> slot : supervisorByKey.entrySet()) {
            long supervisorId = slot.getValue();
            Optional<Recipients.Recipient> recipient = recipients.employee(supervisorId).flatMap(recipients::reachable);
            if (recipient.isEmpty()) {
                continue;
            }
            PromptComposer.Composed prompt = composer.prompt(period, recipient.get().language(), step,
                    bySupervisor.get(supervisorId), offerSnooze);
            PromptKind kind = kindFor(step, snoozed, supervisorId).orElseThrow();
            if (outbox.enqueue(new OutgoingMessage(kind.name(), slot.getKey(), recipient.get().chatId(), supervisorId,
                    prompt.html(), prompt.keyboard(), now))) {
                queued++;
            }
        }
        return queued;
    }

    private static Optional<PromptKind> kindFor(PromptLadder.Step step, Set<Long> snoozed, long supervisorId) {
        if (step.has(PromptKind.OVERDUE)) {
            return Optional.of(PromptKind.OVERDUE);
        }
        if (step.has(PromptKind.REMINDER)) {
            return Optional.of(PromptKind.REMINDER);
        }
        return snoozed.contains(supervisorId) ? Optional.of(PromptKind.SNOOZED) : Optional.empty();
    }

    /**
     * Late supervisors — linked to Telegram or not — grouped under their own supervisor, who gets one
     * message per period and day if linked.
     */
    private int escalations(Period period, LocalDate today, Instant now, PromptLadder.Step step,
                            Map<Long, List<PendingReport>> bySupervisor) {
        Map<Long, List<PromptComposer.Late>> byRecipient = new LinkedHashMap<>();
        for (Map.Entry<Long, List<PendingReport>> entry : bySupervisor.entrySet()) {
            recipients.employee(entry.getKey())
                    .filter(late -> late.supervisorId() != null)
                    .ifPresent(late -> byRecipient.computeIfAbsent(late.supervisorId(), id -> new ArrayList<>())
                            .add(new PromptComposer.Late(late.id(), late.name(), late.position(),
                                    step.overdueWorkingDays(), entry.getValue())));
        }
        int queued = 0;
        for (Map.Entry<Long, List<PromptComposer.Late>> entry : byRecipient.entrySet()) {
            String key = "escalation:" + period.code() + ":" + entry.getKey() + ":" + today;
            Optional<Recipients.Recipient> recipient = recipients.employee(entry.getKey()).flatMap(recipients::reachable);
            if (recipient.isEmpty() || !recipients.alreadyQueued(List.of(key)).isEmpty()) {
                continue;
            }
            String html = composer.escalation(period, recipient.get().language(), entry.getValue());
            if (outbox.enqueue(new OutgoingMessage(PromptKind.ESCALATION.name(), key, recipient.get().chatId(),
                    entry.getKey(), html, Keyboard.NONE, now))) {
                queued++;
            }
        }
        return queued;
    }

    static String promptKey(Period period, long supervisorId, LocalDate day) {
        return "prompt:" + period.code() + ":" + supervisorId + ":" + day;
    }
}
