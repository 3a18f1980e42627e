package id.kinerja.chat;

import id.kinerja.appraisal.EvaluatingReport;
import id.kinerja.appraisal.EvaluationRefused;
import id.kinerja.appraisal.PendingEvaluations;
import id.kinerja.appraisal.PendingReport;
import id.kinerja.employee.Employee;
import id.kinerja.text.Keyboard;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Submit on the confirmation (@@docs/SPEC.md §2.3): the evaluation is saved, the employee is notified, and the
 * card says what was saved and offers the next pending report. A period closed since the step's check refuses.
 */
@Component
class EvaluationSubmit {

    private final EvaluatingReport evaluating;
    private final PendingEvaluations pending;
    private final ConversationStore conversations;

    EvaluationSubmit(EvaluatingReport evaluating, PendingEvaluations pending, ConversationStore conversations) {
        this.evaluating = evaluating;
        this.pending = pending;
        this.conversations = conversations;
    }

    void submit(Turn turn, EvaluationDraft draft) {
        Employee me = turn.me().orElseThrow();
        EvaluatingReport.Submitted submitted;
        try {
            submitted = evaluating.submit(me, draft.reportId(), draft.periodId(), draft.workResult(),
                    draft.behaviour(), draft.feedback());
        } catch (EvaluationRefused refused) {
            // the period closed (or the report moved) after the step's check
            conversations.clear(turn.userId());
            turn.answer(EvaluationScreens.refusalText(turn, refused.refusal()), true);
            turn.show(EvaluationScreens.refusalText(turn, refused.refusal()), Keyboard.NONE);
            return;
        }
        conversations.clear(turn.userId());
        String saved = turn.text(submitted.changed() ? "evaluation.changed" : "evaluation.saved",
                "name", submitted.report().name(), "period", turn.period(submitted.period().name()),
                "predicate", turn.text(submitted.predicate().textKey()));
        List<PendingReport> left = pending.forSupervisor(me.id());
        if (left.isEmpty()) {
            turn.show(saved + "\n\n" + turn.text("evaluation.all_done"), Keyboard.NONE);
        } else {
            PendingReport next = left.get(0);
            turn.show(saved + "\n\n" + turn.text("evaluation.left", "count", left.size()),
                    Keyboard.of(Keyboard.Button.tap(turn.text("evaluation.next", "name", next.employeeName()),
                            new EvaluationCallback.Open(next.employeeId(), next.periodId()).encode())));
        }
    }
}
