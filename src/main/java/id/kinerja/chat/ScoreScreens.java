package id.kinerja.chat;

import id.kinerja.text.Keyboard;
import id.kinerja.appraisal.EvaluationResult;
import id.kinerja.appraisal.FeedbackPage;
import id.kinerja.appraisal.Feedbacks;
import id.kinerja.appraisal.ScoreCard;
import id.kinerja.appraisal.ScoreCards;
import id.kinerja.employee.Employee;
import id.kinerja.text.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import org.springframework.stereotype.Component;

/** /skor (/score) and /umpan_balik (/feedback): an employee's own results, only in their private chat. */
@Component
class ScoreScreens {

    static final int FEEDBACK_PAGE_SIZE = 3;

    private final ScoreCards scoreCards;
    private final Feedbacks feedbacks;
    private final PeerLine peerLine;
    private final Texts texts;
    private final ObjectionScreens objection;
    private final id.kinerja.appraisal.Objections objections;

    ScoreScreens(ScoreCards scoreCards, Feedbacks feedbacks, PeerLine peerLine, Texts texts, ObjectionScreens objection,
                 id.kinerja.appraisal.Objections objections) {
        this.objection = objection;
        this.objections = objections;
        this.scoreCards = scoreCards;
        this.feedbacks = feedbacks;
        this.peerLine = peerLine;
        this.texts = texts;
    }

    void score(Turn turn) {
        Optional<ScoreCard> card = scoreCards.latestFor(turn.me().orElseThrow().id());
        if (card.isEmpty()) {
            turn.say(turn.text("score.none"));
            return;
        }
        boolean hasFeedback = card.get().evaluation().map(e -> e.feedback() != null && !e.feedback().isBlank())
                .orElse(false);
        List<Keyboard.Button> buttons = new ArrayList<>();
        if (hasFeedback) {
            buttons.add(Keyboard.Button.tap(turn.text("score.feedback_button"), new ScoreCallback.OpenFeedback().encode()));
        }
        if (card.get().evaluation().isPresent()) {
            objection.fileButton(turn, card.get().period().id()).ifPresent(buttons::add);
        }
        if (card.get().trend().size() > 1) {
            buttons.add(Keyboard.Button.tap(turn.text("score.chart_button"), new ScoreCallback.TrendChart().encode()));
        }
        turn.say(render(turn, card.get()), buttons.isEmpty() ? Keyboard.NONE : Keyboard.column(buttons));
    }

    /** The caller's own trend, read afresh (nothing in the callback data is trusted), as a photo. */
    boolean trendChart(Turn turn) {
        if (turn.me().isEmpty()) {
            return false;
        }
        Optional<ScoreCard> card = scoreCards.latestFor(turn.me().get().id());
        if (card.isEmpty() || card.get().trend().size() < 2) {
            return false;
        }
        List<ScoreCard.TrendPoint> trend = card.get().trend();
        byte[] png = TrendChart.png(trend, turn.language(), texts);
        String first = trend.get(0).periodCode();
        String last = trend.get(trend.size() - 1).periodCode();
        turn.send(new Reply.SendPhoto(turn.chatId(), "tren-" + first + "-" + last + ".png", png,
                turn.text("score.chart_caption", "first", turn.period(trend.get(0).periodName()),
                        "last", turn.period(trend.get(trend.size() - 1).periodName())),
                turn.text("score.chart_undelivered")));
        return true;
    }

    boolean feedbackOpened(Turn turn) {
        if (turn.me().isEmpty()) {
            return false;
        }
        feedback(turn, 0, false);
        return true;
    }

    void feedback(Turn turn, int page) {
        feedback(turn, page, true);
    }

    private void feedback(Turn turn, int page, boolean inPlace) {
        Employee me = turn.me().orElseThrow();
        FeedbackPage feedbackPage = feedbacks.page(me.id(), page, FEEDBACK_PAGE_SIZE);
        if (feedbackPage.entries().isEmpty()) {
            show(turn, turn.text("feedback.none"), Keyboard.NONE, inPlace);
            return;
        }
        StringJoiner text = new StringJoiner("\n\n");
        text.add(turn.text("feedback.title", "page", feedbackPage.page() + 1, "pages", feedbackPage.pageCount()));
        for (FeedbackPage.Entry entry : feedbackPage.entries()) {
            text.add(turn.text("feedback.entry", "period", turn.period(entry.periodName()),
                    "predicate", turn.text(entry.predicate().textKey()),
                    "evaluator", entry.evaluatorName() == null ? "-" : entry.evaluatorName(),
                    "feedback", entry.feedback()));
        }
        List<Keyboard.Button> navigation = new ArrayList<>();
        if (feedbackPage.hasPrevious()) {
            navigation.add(Keyboard.Button.tap(turn.text("feedback.previous"),
                    new ScoreCallback.FeedbackPage(feedbackPage.page() - 1).encode()));
        }
        if (feedbackPage.hasNext()) {
            navigation.add(Keyboard.Button.tap(turn.text("feedback.next"),
                    new ScoreCallback.FeedbackPage(feedbackPage.page() + 1).encode()));
        }
        show(turn, text.toString(), new Keyboard(List.of(navigation)), inPlace);
    }

    private static void show(Turn turn, String html, Keyboard keyboard, boolean inPlace) {
        if (inPlace) {
            turn.show(html, keyboard);
        } else {
            turn.say(html, keyboard);
        }
    }

    boolean feedbackPage(Turn turn, int page) {
        if (turn.me().isEmpty()) {
            return false;
        }
        feedback(turn, page);
        return true;
    }

    private String render(Turn turn, ScoreCard card) {
        List<String> lines = new ArrayList<>();
        lines.add(turn.text("score.title", "period", turn.period(card.period().name()),
                "status", turn.text(card.period().isOpen() ? "score.status_open" : "score.status_closed")));
        if (card.evaluation().isPresent()) {
            EvaluationResult evaluation = card.evaluation().get();
            lines.add(turn.text("score.predicate", "predicate", turn.text(evaluation.predicate().textKey())));
            lines.add(turn.text("score.work_result", "rating", turn.text(evaluation.workResult().textKey())));
            lines.add(turn.text("score.behaviour", "rating", turn.text(evaluation.behaviour().textKey())));
            if (evaluation.evaluatorName() != null) {
                lines.add(turn.text("score.evaluator", "name", evaluation.evaluatorName()));
            }
            long me = turn.me().orElseThrow().id();
            if (objections.isOpen(me, card.period().id())) {
                lines.add(turn.text("objection.score_open"));
            } else if (objections.changedByObjection(me, card.period().id())) {
                lines.add(turn.text("objection.score_changed"));
            }
        } else {
            lines.add(turn.text("score.not_evaluated"));
        }
        peerLine.of(turn, turn.me().orElseThrow().id(), card.period()).ifPresent(lines::add);
        lines.add("");
        IndicatorLines.appendTo(lines, turn, card.indicators());
        if (card.trend().size() > 1) {
            lines.add("");
            lines.add(turn.text("score.trend_title"));
            StringJoiner trend = new StringJoiner(" → ");
            card.trend().forEach(point -> trend.add(turn.text("score.trend_point", "period", turn.period(point.periodName()),
                    "predicate", turn.text(point.predicate().textKey()))));
            lines.add(trend.toString());
        }
        return String.join("\n", lines);
    }
}
