package id.kinerja.chat;

import id.kinerja.appraisal.Period;
import id.kinerja.employee.Employee;
import id.kinerja.peer.PeerRatings;
import id.kinerja.peer.PeerSummaries;
import id.kinerja.peer.PeerSummary;
import id.kinerja.text.Keyboard;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The colleagues of the rater's unit to choose from (@@docs/SPEC.md §2.4), paged, each with the stars already
 * given; above them the rater's own average (or "still collecting") and, when there are any, a button to the
 * comments about them.
 */
@Component
class PeerColleagueList {

    static final int PAGE_SIZE = 8;

    private final PeerRatings ratings;
    private final PeerSummaries summaries;

    PeerColleagueList(PeerRatings ratings, PeerSummaries summaries) {
        this.ratings = ratings;
        this.summaries = summaries;
    }

    record Screen(String html, Keyboard keyboard) {}

    /** The list for this period at the requested page (clamped), with an optional note above it. */
    Screen screen(Turn turn, Period period, int requestedPage, String note) {
        Employee me = turn.me().orElseThrow();
        List<Employee> colleagues = ratings.colleaguesOf(me);
        List<String> lines = new ArrayList<>();
        if (note != null) {
            lines.add(note);
            lines.add("");
        }
        lines.add(turn.text("peer.title", "period", turn.period(period.name())));
        Optional<PeerSummary> mine = summaries.forRatee(me.id(), period.id());
        lines.add(mine.map(s -> turn.text("peer.mine_average", "average", s.averageText(turn.language()),
                "count", s.count())).orElseGet(() -> turn.text("peer.mine_collecting")));
        lines.add("");
        if (colleagues.isEmpty()) {
            lines.add(turn.text("peer.no_colleagues"));
            return new Screen(String.join("\n", lines), Keyboard.NONE);
        }
        int pages = (colleagues.size() + PAGE_SIZE - 1) / PAGE_SIZE;
        int page = Math.min(Math.max(requestedPage, 0), pages - 1);
        lines.add(turn.text("peer.intro", "threshold", summaries.threshold()));
        if (pages > 1) {
            lines.add(turn.text("peer.page", "page", page + 1, "pages", pages));
        }
        Map<Long, Integer> given = ratings.givenBy(me, period.id());
        List<List<Keyboard.Button>> rows = new ArrayList<>();
        for (Employee colleague : colleagues.subList(page * PAGE_SIZE, Math.min(colleagues.size(), (page + 1) * PAGE_SIZE))) {
            Integer stars = given.get(colleague.id());
            String label = stars == null ? turn.text("peer.colleague", "name", colleague.name())
                    : turn.text("peer.colleague_rated", "name", colleague.name(), "stars", PeerPromptScreen.stars(stars));
            rows.add(List.of(Keyboard.Button.tap(label, new PeerCallback.Choose(period.id(), colleague.id()).encode())));
        }
        List<Keyboard.Button> navigation = new ArrayList<>();
        if (page > 0) {
            navigation.add(Keyboard.Button.tap(turn.text("peer.previous"),
                    new PeerCallback.ListPage(period.id(), page - 1).encode()));
        }
        if (page < pages - 1) {
            navigation.add(Keyboard.Button.tap(turn.text("peer.next"),
                    new PeerCallback.ListPage(period.id(), page + 1).encode()));
        }
        rows.add(navigation);
        if (mine.isPresent() && !mine.get().comments().isEmpty()) {
            rows.add(List.of(Keyboard.Button.tap(turn.text("peer.mine_comments_button"),
                    new PeerCallback.CommentsAboutMe(period.id()).encode())));
        }
        return new Screen(String.join("\n", lines), new Keyboard(rows));
    }

    /** One "back" button to the first page of the list. */
    static Keyboard backToList(Turn turn, long periodId) {
        return Keyboard.of(Keyboard.Button.tap(turn.text("peer.back"), new PeerCallback.ListPage(periodId, 0).encode()));
    }
}
