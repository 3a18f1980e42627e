package id.kinerja.chat;

import id.kinerja.account.AccountLanguage;
import id.kinerja.appraisal.EvaluationSubmitted;
import id.kinerja.appraisal.Period;
import id.kinerja.appraisal.Periods;
import id.kinerja.employee.Employee;
import id.kinerja.employee.Employees;
import id.kinerja.followup.Recognitions;
import id.kinerja.outbox.Outbox;
import id.kinerja.outbox.OutgoingMessage;
import id.kinerja.text.Html;
import id.kinerja.text.Keyboard;
import id.kinerja.text.Language;
import id.kinerja.text.Texts;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * After a Sangat Baik, asks the employee's supervisor (through the outbox) to record a recognition (apresiasi).
 * Once per employee and period: the dedupe key leaves out the moment, so a changed evaluation does not ask again.
 */
@Component
class RecognitionPrompts {

    private final Outbox outbox;
    private final Texts texts;
    private final AccountLanguage accounts;
    private final Employees employees;
    private final Periods periods;
    private final Recognitions recognitions;

    RecognitionPrompts(Outbox outbox, Texts texts, AccountLanguage accounts, Employees employees, Periods periods,
                       Recognitions recognitions) {
        this.outbox = outbox;
        this.texts = texts;
        this.accounts = accounts;
        this.employees = employees;
        this.periods = periods;
        this.recognitions = recognitions;
    }

    @ApplicationModuleListener
    void on(EvaluationSubmitted submitted) {
        if (!Recognitions.prompts(submitted.predicate())) {
            return;
        }
        Employee report = employees.byId(submitted.reportId()).orElse(null);
        if (report == null || report.supervisorId() == null
                || recognitions.of(report.id(), submitted.periodId()).isPresent()) {
            return;
        }
        Employee supervisor = employees.byId(report.supervisorId()).orElse(null);
        if (supervisor == null || supervisor.telegramUserId() == null) {
            return;
        }
        Period period = periods.byId(submitted.periodId()).orElseThrow();
        Language language = accounts.of(supervisor.telegramUserId());
        String html = texts.get(language, "recognition.prompt", "name", report.name(),
                "period", period.name().in(texts, language));
        outbox.enqueue(new OutgoingMessage("RECOGNITION_PROMPT", "recognition:" + period.id() + ":" + report.id(),
                supervisor.telegramUserId(), supervisor.id(), html,
                Keyboard.of(Keyboard.Button.tap(Html.plain(texts.get(language, "recognition.prompt_button")),
                        new RecognitionCallback.Start(report.id(), period.id()).encode())),
                submitted.at()));
    }
}
