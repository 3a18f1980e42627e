package id.kinerja.followup;

import id.kinerja.account.AccountLanguage;
import id.kinerja.appraisal.Periods;
import id.kinerja.employee.Employee;
import id.kinerja.employee.Employees;
import id.kinerja.outbox.Outbox;
import id.kinerja.outbox.OutgoingMessage;
import id.kinerja.text.Dates;
import id.kinerja.text.Keyboard;
import id.kinerja.text.Language;
import id.kinerja.text.Texts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Every coaching message the bot sends on its own, through the outbox, each under a dedupe key naming its slot, to
 * the private chat of the one person it is for (active and linked; nobody else gets it).
 */
@Component
class CoachingMessages {

    private final Outbox outbox;
    private final Texts texts;
    private final Employees employees;
    private final AccountLanguage languages;
    private final Periods periods;
    private final CoachingButtons buttons;

    CoachingMessages(Outbox outbox, Texts texts, Employees employees, AccountLanguage languages, Periods periods,
                     CoachingButtons buttons) {
        this.outbox = outbox;
        this.texts = texts;
        this.employees = employees;
        this.languages = languages;
        this.periods = periods;
        this.buttons = buttons;
    }

    /** The supervisor is asked to plan coaching after a low predicate. */
    boolean prompt(CoachingSession request, Instant at) {
        Employee report = employees.byId(request.employeeId()).orElseThrow();
        return send("COACHING_PROMPT", "coaching-prompt:" + request.id() + ":" + at.toEpochMilli(), request.supervisorId(),
                at, language -> texts.get(language, "coaching.prompt", "name", report.name(),
                        "period", periodName(request, language),
                        "predicate", texts.get(language, request.predicate().textKey())),
                language -> buttons.kinds(language, report.id(), request.id()));
    }

    /** The employee is told when and what, privately. */
    boolean planned(CoachingSession session, Instant at) {
        Employee supervisor = employees.byId(session.supervisorId()).orElseThrow();
        return send("COACHING_PLANNED", "coaching-planned:" + session.id() + ":" + at.toEpochMilli(),
                session.employeeId(), at, language -> texts.get(language, "coaching.notice_planned",
                        "supervisor", supervisor.name(), "kind", texts.get(language, session.kind().textKey()),
                        "date", Dates.longDate(session.date(), language), "focus", session.focus()), null);
    }

    /** The employee is told the outcome: held (with the invitation to the feedback form), moved, or not held. */
    boolean outcome(CoachingSession session, Instant at) {
        Employee supervisor = employees.byId(session.supervisorId()).orElseThrow();
        String key = switch (session.status()) {
            case HELD -> "coaching.notice_held";
            case POSTPONED -> "coaching.notice_postponed";
            default -> "coaching.notice_not_held";
        };
        return send("COACHING_OUTCOME", "coaching-outcome:" + session.id() + ":" + at.toEpochMilli(),
                session.employeeId(), at, language -> texts.get(language, key, "supervisor", supervisor.name(),
                        "kind", texts.get(language, session.kind().textKey()),
                        "date", Dates.longDate(session.date(), language), "note", session.outcomeNote()),
                session.status() == CoachingStatus.HELD ? language -> buttons.feedback(language, session.id()) : null);
    }

    /** On the day: the supervisor (with the outcome button) and the employee, once each. */
    int reminders(CoachingSession session, Instant at) {
        Employee supervisor = employees.byId(session.supervisorId()).orElseThrow();
        Employee report = employees.byId(session.employeeId()).orElseThrow();
        String slot = session.id() + ":" + session.date();
        int queued = 0;
        if (send("COACHING_REMINDER", "coaching-reminder:" + slot + ":" + supervisor.id(), supervisor.id(), at,
                language -> texts.get(language, "coaching.reminder_supervisor", "name", report.name(),
                        "kind", texts.get(language, session.kind().textKey()), "focus", session.focus()),
                language -> buttons.outcome(language, session.id()))) {
            queued++;
        }
        if (send("COACHING_REMINDER", "coaching-reminder:" + slot + ":" + report.id(), report.id(), at,
                language -> texts.get(language, "coaching.reminder_employee", "supervisor", supervisor.name(),
                        "kind", texts.get(language, session.kind().textKey()), "focus", session.focus()), null)) {
            queued++;
        }
        return queued;
    }

    /** A low predicate still without a plan, to the supervisor's own supervisor, once. */
    boolean unplanned(CoachingSession request, Employee supervisor, long superiorId, int days, Instant at) {
        Employee report = employees.byId(request.employeeId()).orElseThrow();
        return send("COACHING_ESCALATION", "coaching-unplanned:" + request.id(), superiorId, at,
                language -> texts.get(language, "coaching.escalation_unplanned", "supervisor", supervisor.name(),
                        "name", report.name(), "period", periodName(request, language),
                        "predicate", texts.get(language, request.predicate().textKey()), "days", days), null);
    }

    /** A planned day passed without an outcome, to the supervisor's own supervisor, once per planned day. */
    boolean overdue(CoachingSession session, Employee supervisor, long superiorId, int days, Instant at) {
        Employee report = employees.byId(session.employeeId()).orElseThrow();
        return send("COACHING_ESCALATION", "coaching-overdue:" + session.id() + ":" + session.date(), superiorId, at,
                language -> texts.get(language, "coaching.escalation_overdue", "supervisor", supervisor.name(),
                        "name", report.name(), "kind", texts.get(language, session.kind().textKey()),
                        "date", Dates.longDate(session.date(), language), "days", days), null);
    }

    /** The employee's answers to Format B.1.8, to the supervisor's own supervisor only. */
    boolean feedbackToSuperior(CoachingSession session, long superiorId, Map<Integer, Integer> answers, Instant at) {
        Employee supervisor = employees.byId(session.supervisorId()).orElseThrow();
        Employee report = employees.byId(session.employeeId()).orElseThrow();
        return send("COACHING_FEEDBACK", "coaching-feedback:" + session.id(), superiorId, at, language -> {
            List<String> lines = new ArrayList<>();
            lines.add(texts.get(language, "coaching.feedback_to_superior", "name", report.name(),
                    "supervisor", supervisor.name(), "kind", texts.get(language, session.kind().textKey()),
                    "date", Dates.longDate(session.date(), language)));
            answers.forEach((statement, score) -> lines.add(texts.get(language, "coaching.feedback_line",
                    "number", statement, "statement", texts.get(language, CoachingFeedbackForm.statementKey(statement)),
                    "score", score, "label", texts.get(language, CoachingFeedbackForm.scoreKey(score)))));
            return String.join("\n", lines);
        }, null);
    }

    private String periodName(CoachingSession session, Language language) {
        return session.periodId() == null ? "" : periods.byId(session.periodId())
                .map(period -> period.name().in(texts, language)).orElse("");
    }

    private boolean send(String kind, String key, long recipientId, Instant at, Function<Language, String> html,
                         Function<Language, Keyboard> keyboard) {
        Optional<Employee> recipient = employees.byId(recipientId).filter(Employee::active).filter(Employee::isLinked);
        if (recipient.isEmpty()) {
            return false;
        }
        Language language = languages.of(recipient.get().telegramUserId());
        return outbox.enqueue(new OutgoingMessage(kind, key, recipient.get().telegramUserId(), recipientId,
                html.apply(language), keyboard == null ? Keyboard.NONE : keyboard.apply(language), at));
    }
}
