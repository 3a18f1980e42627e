package id.kinerja.chat;

import id.kinerja.account.AccountLanguage;
import id.kinerja.appraisal.EvaluatingReport;
import id.kinerja.employee.Employee;
import id.kinerja.outbox.Outbox;
import id.kinerja.outbox.OutgoingMessage;
import id.kinerja.text.Keyboard;
import id.kinerja.text.Language;
import id.kinerja.text.Texts;
import org.springframework.stereotype.Component;

/** Tells the evaluated employee, through the outbox, their predicate with a button to the feedback. */
@Component
class EvaluationNotices {

    private final Outbox outbox;
    private final Texts texts;
    private final AccountLanguage accounts;

    EvaluationNotices(Outbox outbox, Texts texts, AccountLanguage accounts) {
        this.outbox = outbox;
        this.texts = texts;
        this.accounts = accounts;
    }

    void evaluated(Employee evaluator, EvaluatingReport.Submitted submitted) {
        Employee report = submitted.report();
        if (report.telegramUserId() == null) {
            return;
        }
        Language language = accounts.of(report.telegramUserId());
        String html = texts.get(language, submitted.changed() ? "notice.evaluation_changed" : "notice.evaluated",
                "evaluator", evaluator.name(), "period", submitted.period().name().in(texts, language),
                "predicate", texts.get(language, submitted.predicate().textKey()));
        outbox.enqueue(new OutgoingMessage("EVALUATED",
                "evaluated:" + submitted.period().code() + ":" + report.id() + ":" + submitted.at().toEpochMilli(),
                report.telegramUserId(), report.id(), html,
                Keyboard.of(Keyboard.Button.tap(texts.get(language, "notice.read_feedback"), new ScoreCallback.OpenFeedback().encode())),
                submitted.at()));
    }
}
