package id.kinerja.chat;

import id.kinerja.peer.PeerSummaries;
import id.kinerja.peer.PeerSummary;
import id.kinerja.text.Keyboard;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The comments colleagues wrote about the person tapping (@@docs/SPEC.md §2.4), without names; "still
 * collecting" until the summary is shown at all.
 */
@Component
class PeerCommentsAboutMe {

    private final PeerSummaries summaries;

    PeerCommentsAboutMe(PeerSummaries summaries) {
        this.summaries = summaries;
    }

    void show(Turn turn, long periodId) {
        Optional<PeerSummary> summary = summaries.forRatee(turn.me().orElseThrow().id(), periodId);
        if (summary.isEmpty() || summary.get().comments().isEmpty()) {
            turn.say(turn.text("peer.mine_collecting"));
            return;
        }
        List<String> lines = new ArrayList<>();
        lines.add(turn.text("peer.mine_comments_title", "count", summary.get().comments().size()));
        summary.get().comments().forEach(c -> lines.add(turn.text("peer.mine_comment", "comment", c)));
        turn.say(String.join("\n", lines), Keyboard.NONE, null);
    }
}
