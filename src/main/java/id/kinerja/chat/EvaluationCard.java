package id.kinerja.chat;

import id.kinerja.appraisal.EvaluatingReport;
import id.kinerja.appraisal.Predicate;
import id.kinerja.appraisal.Rating;
import id.kinerja.appraisal.ReportSummary;
import id.kinerja.chat.EvaluationCallback.Action;
import id.kinerja.text.Dates;
import id.kinerja.text.Html;
import id.kinerja.text.Keyboard;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The evaluation card for a draft's step (@@docs/SPEC.md §2.3): the report's summary (indicators, previous
 * predicate, peer line at the first step), the question of the step, and its buttons
 * ({@link EvaluationCallback.Step}s carrying the draft's nonce).
 */
@Component
class EvaluationCard {

    private final EvaluatingReport evaluating;
    private final PeerLine peerLine;

    EvaluationCard(EvaluatingReport evaluating, PeerLine peerLine) {
        this.evaluating = evaluating;
        this.peerLine = peerLine;
    }

    String text(Turn turn, EvaluationDraft draft) {
        ReportSummary summary = evaluating.summary(draft.reportId(), draft.periodId());
        List<String> lines = new ArrayList<>();
        lines.add(turn.text("evaluation.title", "name", summary.name(), "position", summary.position(),
                "period", turn.period(summary.period().name()), "due", Dates.longDate(summary.period().due(), turn.language())));
        if (draft.step() == EvaluationDraft.Step.WORK) {
            lines.add("");
            IndicatorLines.appendTo(lines, turn, summary.indicators());
            lines.add("");
            lines.add(summary.previous()
                    .map(p -> turn.text("evaluation.previous", "period", turn.period(p.periodName()),
                            "predicate", turn.text(p.predicate().textKey())))
                    .orElseGet(() -> turn.text("evaluation.no_previous")));
            peerLine.of(turn, summary.employeeId(), summary.period()).ifPresent(lines::add);
            summary.current().ifPresent(c -> lines.add(turn.text("evaluation.current",
                    "predicate", turn.text(c.predicate().textKey()))));
        }
        int max = EvaluationScreens.MAX_FEEDBACK;
        lines.add("");
        lines.add(switch (draft.step()) {
            case WORK -> turn.text("evaluation.ask_work", "name", summary.name());
            case BEHAVIOUR -> turn.text("evaluation.ask_behaviour", "name", summary.name(),
                    "work", turn.text(draft.workResult().textKey()));
            case FEEDBACK -> draft.hasFeedback()
                    ? turn.text("evaluation.ask_feedback_current", "name", summary.name(), "max", max,
                            "feedback", draft.feedback())
                    : turn.text(draft.feedbackRequired() ? "evaluation.ask_feedback_required"
                            : "evaluation.ask_feedback_optional", "name", summary.name(), "max", max);
            case CONFIRM -> turn.text("evaluation.confirm",
                    "work", turn.text(draft.workResult().textKey()),
                    "behaviour", turn.text(draft.behaviour().textKey()),
                    "predicate", turn.text(Predicate.of(draft.workResult(), draft.behaviour()).textKey()),
                    "feedback", draft.feedback() == null ? Html.raw(turn.text("evaluation.no_feedback"))
                            : draft.feedback());
        });
        return String.join("\n", lines);
    }

    Keyboard keyboard(Turn turn, EvaluationDraft draft) {
        String nonce = draft.nonce();
        Keyboard.Button back = action(turn, "evaluation.back", nonce, Action.BACK);
        Keyboard.Button cancel = action(turn, "evaluation.cancel", nonce, Action.CANCEL);
        return switch (draft.step()) {
            case WORK -> ratings(turn, nonce, Action.WORK, List.of(cancel));
            case BEHAVIOUR -> ratings(turn, nonce, Action.BEHAVIOUR, List.of(back, cancel));
            case FEEDBACK -> new Keyboard(List.of(feedbackChoices(turn, draft), List.of(back, cancel)));
            case CONFIRM -> new Keyboard(List.of(
                    List.of(action(turn, "evaluation.submit", nonce, Action.SUBMIT)),
                    List.of(back, cancel)));
        };
    }

    private static Keyboard.Button action(Turn turn, String label, String nonce, Action action) {
        return Keyboard.Button.tap(turn.text(label), EvaluationCallback.Step.of(nonce, action).encode());
    }

    /** Keep or clear the feedback there is, or skip when there is none; nothing to tap when it must be typed. */
    private static List<Keyboard.Button> feedbackChoices(Turn turn, EvaluationDraft draft) {
        List<Keyboard.Button> choices = new ArrayList<>();
        if (draft.hasFeedback()) {
            if (draft.feedbackKeepable()) {
                choices.add(action(turn, "evaluation.keep_feedback", draft.nonce(), Action.KEEP));
            }
            if (!draft.feedbackRequired()) {
                choices.add(action(turn, "evaluation.clear_feedback", draft.nonce(), Action.CLEAR));
            }
        } else if (!draft.feedbackRequired()) {
            choices.add(action(turn, "evaluation.skip", draft.nonce(), Action.SKIP));
        }
        return choices;
    }

    /** One rating per row: the labels are long and must stay readable on a phone. */
    private static Keyboard ratings(Turn turn, String nonce, Action rated, List<Keyboard.Button> lastRow) {
        List<List<Keyboard.Button>> rows = new ArrayList<>();
        for (Rating rating : List.of(Rating.ABOVE, Rating.MEETS, Rating.BELOW)) {
            rows.add(List.of(Keyboard.Button.tap(turn.text(rating.textKey()),
                    new EvaluationCallback.Step(nonce, rated, rating).encode())));
        }
        rows.add(lastRow);
        return new Keyboard(rows);
    }
}
