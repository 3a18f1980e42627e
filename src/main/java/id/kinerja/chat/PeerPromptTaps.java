package id.kinerja.chat;

import id.kinerja.appraisal.Periods;
import id.kinerja.employee.Employee;
import id.kinerja.employee.Employees;
import id.kinerja.peer.PeerPromptMessages;
import id.kinerja.peer.PeerRatings;
import id.kinerja.peer.PeerRefusal;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A star or skip tapped on the peer prompt ({@link PeerCallback.PromptTap}, @@docs/SPEC.md §2.4): every
 * colleague on the prompt is re-checked, the stars are saved and the prompt is drawn again in place.
 */
@Component
class PeerPromptTaps {

    private final PeerRatings ratings;
    private final Periods periods;
    private final Employees employees;
    private final PeerPromptScreen prompts;

    PeerPromptTaps(PeerRatings ratings, Periods periods, Employees employees, PeerPromptScreen prompts) {
        this.ratings = ratings;
        this.periods = periods;
        this.employees = employees;
        this.prompts = prompts;
    }

    boolean tap(Turn turn, PeerCallback.PromptTap tap) {
        Optional<PeerRefusal> refusal = Optional.empty();
        for (long colleague : tap.colleagues()) {
            refusal = refusal.or(() -> ratings.refusal(turn.me(), colleague, tap.periodId()));
        }
        return PeerScreens.checked(turn, refusal, () -> {
            Employee me = turn.me().orElseThrow();
            if (!tap.isSkip()) {
                ratings.rate(me, tap.ratee(), tap.periodId(), tap.stars());
            }
            List<Employee> colleagues = tap.colleagues().stream().map(id -> employees.byId(id).orElseThrow()).toList();
            PeerPromptMessages.Message rendered = prompts.render(turn.language(),
                    periods.byId(tap.periodId()).orElseThrow(), colleagues, ratings.givenBy(me, tap.periodId()),
                    tap.skippedAfter());
            turn.answer(turn.text(tap.isSkip() ? "peer.skipped_short" : "peer.saved_short"), false);
            turn.show(rendered.html(), rendered.keyboard(), tap.isSkip() ? null : turn.text("peer.saved_generic"));
        });
    }
}
