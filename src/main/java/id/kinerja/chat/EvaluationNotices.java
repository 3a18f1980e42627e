package id.kinerja.chat;

import id.kinerja.account.AccountLanguage;
import id.kinerja.appraisal.EvaluationSubmitted;
import id.kinerja.appraisal.Period;
import id.kinerja.appraisal.Periods;
import id.kinerja.employee.Employee;
import id.kinerja.employee.Employees;
import id.kinerja.outbox.Outbox;
import id.kinerja.outbox.OutgoingMessage;
import id.kinerja.text.Html;
import id.kinerja.text.Keyboard;
import id.kinerja.text.Language;
import id.kinerja.text.Texts;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the evaluated employee, through the outbox, their predicate with a button to the feedback. Runs after the
 * evaluation committed, from the event publication registry: a publication left incomplete by a crash is delivered
 * again on restart, and the dedupe key (the submit's own moment) queues the notice once however often it comes.
 */
@Component
class EvaluationNotices {

    private final Outbox outbox;
    private final Texts texts;
    private final AccountLanguage accounts;
    private final Employees employees;
    private final Periods periods;

    EvaluationNotices(Outbox outbox, Texts texts, AccountLanguage accounts, Employees employees, Periods periods) {
        this.outbox = outbox;
        this.texts = texts;
        this.accounts = accounts;
        this.employees = employees;
        this.periods = periods;
    }

    @ApplicationModuleListener
    void on(EvaluationSubmitted submitted) {
        Employee report = employees.byId(submitted.reportId()).orElse(null);
        if (report == null || report.telegramUserId() == null) {
            // no chat to tell (or the employee was removed since): the publication completes with nothing queued
            return;
        }
        Employee evaluator = employees.byId(submitted.evaluatorId()).orElseThrow();
        Period period = periods.byId(submitted.periodId()).orElseThrow();
        Language language = accounts.of(report.telegramUserId());
        String html = texts.get(language, submitted.changed() ? "notice.evaluation_changed" : "notice.evaluated",
                "evaluator", evaluator.name(), "period", period.name().in(texts, language),
                "predicate", texts.get(language, submitted.predicate().textKey()));
        outbox.enqueue(new OutgoingMessage("EVALUATED",
                "evaluated:" + period.code() + ":" + report.id() + ":" + submitted.at().toEpochMilli(),
                report.telegramUserId(), report.id(), html,
                Keyboard.column(java.util.List.of(
                        Keyboard.Button.tap(texts.get(language, "notice.read_feedback"), new ScoreCallback.OpenFeedback().encode()),
                        Keyboard.Button.tap(Html.plain(texts.get(language, "objection.button_file")),
                                new ObjectionCallback.File(period.id()).encode()))),
                submitted.at()));
    }
}
