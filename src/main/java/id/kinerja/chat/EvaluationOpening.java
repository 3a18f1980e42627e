package id.kinerja.chat;

import id.kinerja.appraisal.EvaluatingReport;
import id.kinerja.appraisal.EvaluationRefusal;
import id.kinerja.appraisal.EvaluationResult;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Opening a report's card ({@link EvaluationCallback.Open} from a prompt, /tugas or /tim, @@docs/SPEC.md §2.3):
 * a new draft at the work-result step, starting from the feedback already given when there is one.
 */
@Component
class EvaluationOpening {

    private final EvaluatingReport evaluating;
    private final EvaluationDrafts drafts;

    EvaluationOpening(EvaluatingReport evaluating, EvaluationDrafts drafts) {
        this.evaluating = evaluating;
        this.drafts = drafts;
    }

    boolean open(Turn turn, EvaluationCallback.Open tapped) {
        if (turn.me().isEmpty()) {
            return false;
        }
        long reportId = tapped.reportId();
        long periodId = tapped.periodId();
        Optional<EvaluationRefusal> refusal = evaluating.refusal(turn.me().get(), reportId, periodId);
        if (refusal.isPresent()) {
            turn.answer(EvaluationScreens.refusalText(turn, refusal.get()), true);
            return true;
        }
        EvaluationDraft draft = EvaluationDraft.start(reportId, periodId,
                evaluating.current(reportId, periodId).map(EvaluationResult::feedback).orElse(null));
        drafts.save(turn, draft);
        drafts.sendCard(turn, draft);
        return true;
    }
}
