package id.kinerja.chat;

import id.kinerja.appraisal.Period;
import id.kinerja.employee.Employee;
import id.kinerja.peer.PeerProperties;
import id.kinerja.peer.PeerRatings;
import id.kinerja.peer.PeerRefusal;
import id.kinerja.peer.PeerSummaries;
import id.kinerja.text.Keyboard;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * One colleague chosen from the list (@@docs/SPEC.md §2.4): 1–5 star buttons or skip; a tapped star is saved
 * and the comment step begins ({@link PeerCommentStep}). The caller has checked the tap is allowed.
 */
@Component
class PeerRatingStep {

    private final PeerRatings ratings;
    private final PeerSummaries summaries;
    private final PeerColleagueList list;
    private final PeerCommentStep comment;

    PeerRatingStep(PeerRatings ratings, PeerSummaries summaries, PeerColleagueList list, PeerCommentStep comment) {
        this.ratings = ratings;
        this.summaries = summaries;
        this.list = list;
        this.comment = comment;
    }

    /** The star buttons for this colleague, with the stars already given when there are any. */
    void stars(Turn turn, Period period, Employee ratee) {
        Integer current = ratings.givenBy(turn.me().orElseThrow(), period.id()).get(ratee.id());
        String html = turn.text("peer.ask_stars", "name", ratee.name(), "position", ratee.position());
        if (current != null) {
            html += "\n" + turn.text("peer.current", "stars", PeerPromptScreen.stars(current));
        }
        List<Keyboard.Button> row = new ArrayList<>();
        for (int s = 1; s <= 5; s++) {
            row.add(Keyboard.Button.tap(turn.text("peer.star_button", "stars", s),
                    new PeerCallback.Rate(period.id(), ratee.id(), s).encode()));
        }
        turn.show(html, new Keyboard(List.of(row, List.of(Keyboard.Button.tap(turn.text("peer.skip"),
                new PeerCallback.Skip(period.id(), ratee.id()).encode())))), null);
    }

    /** Skip: back to the list, which says who was skipped. */
    void skipped(Turn turn, Period period, Employee ratee) {
        PeerColleagueList.Screen screen = list.screen(turn, period, 0,
                turn.text("peer.skipped", "name", ratee.name()));
        turn.show(screen.html(), screen.keyboard(), null);
    }

    /** A star tapped: saved (or replacing the earlier one), then the comment is asked for. */
    void rated(Turn turn, long periodId, Employee ratee, int stars) {
        Employee me = turn.me().orElseThrow();
        Optional<PeerRatings.Recorded> recorded = ratings.rate(me, ratee.id(), periodId, stars);
        if (recorded.isEmpty()) {
            turn.answer(turn.text(PeerRefusal.PERIOD_CLOSED.textKey()), true);
            return;
        }
        comment.await(turn, me, periodId, ratee.id());
        String html = turn.text(recorded.get() == PeerRatings.Recorded.REPLACED ? "peer.replaced" : "peer.saved",
                "name", ratee.name(), "stars", PeerPromptScreen.stars(stars))
                + "\n\n" + turn.text("peer.ask_comment", "max", PeerProperties.MAX_COMMENT,
                "threshold", summaries.threshold());
        turn.answer(turn.text("peer.saved_short"), false);
        turn.show(html, new Keyboard(List.of(
                List.of(Keyboard.Button.tap(turn.text("peer.no_comment"), new PeerCallback.NoComment(periodId).encode())),
                List.of(Keyboard.Button.tap(turn.text("peer.back"), new PeerCallback.ListPage(periodId, 0).encode())))),
                turn.text("peer.saved_generic"));
    }
}
