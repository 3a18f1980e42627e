package id.kinerja.chat;

import id.kinerja.employee.Employee;
import id.kinerja.peer.PeerProperties;
import id.kinerja.peer.PeerRatings;
import id.kinerja.peer.PeerRefusal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The optional comment after the stars (@@docs/SPEC.md §2.4), typed as the next message. The conversation
 * state names the period, the colleague by an opaque token (never the id) and the message that asked.
 */
@Component
class PeerCommentStep {

    static final String STATE = "PEER_COMMENT";

    private static final Pattern COMMENT_STATE = Pattern.compile("(\\d{1,18}):([0-9a-f]{32})(?::(\\d{1,10}))?");

    private final PeerRatings ratings;
    private final ConversationStore conversations;

    PeerCommentStep(PeerRatings ratings, ConversationStore conversations) {
        this.ratings = ratings;
        this.conversations = conversations;
    }

    /** The stars are saved: the next message typed is the comment on this colleague. */
    void await(Turn turn, Employee me, long periodId, long rateeId) {
        conversations.enter(turn.userId(), STATE, periodId + ":" + ratings.commentToken(me, periodId, rateeId)
                + ":" + turn.tappedMessageId());
    }

    /** Free text while a comment is awaited. */
    void text(Turn turn, String text) {
        Employee me = turn.me().orElseThrow();
        Optional<Matcher> state = conversations.current(turn.userId())
                .filter(s -> STATE.equals(s.name()) && s.data() != null)
                .map(s -> COMMENT_STATE.matcher(s.data())).filter(Matcher::matches);
        if (state.isEmpty()) {
            conversations.clear(turn.userId());
            turn.say(turn.text("unknown"));
            return;
        }
        long periodId = Long.parseLong(state.get().group(1));
        Optional<Employee> ratee = ratings.colleagueForToken(me, periodId, state.get().group(2));
        Optional<PeerRefusal> refusal = ratee.isEmpty() ? Optional.of(PeerRefusal.UNKNOWN)
                : ratings.refusal(turn.me(), ratee.get().id(), periodId);
        if (refusal.isPresent()) {
            conversations.clear(turn.userId());
            turn.say(turn.text(refusal.get().textKey()));
            return;
        }
        int length = text.codePointCount(0, text.length());
        if (length > PeerProperties.MAX_COMMENT) {
            turn.say(turn.text("peer.comment_too_long", "length", length, "max", PeerProperties.MAX_COMMENT));
            return;
        }
        conversations.clear(turn.userId());
        if (ratings.comment(me, ratee.get().id(), periodId, text)) {
            turn.say(turn.text("peer.comment_saved", "name", ratee.get().name(), "comment", text.strip()),
                    PeerColleagueList.backToList(turn, periodId), turn.text("peer.saved_generic"));
        } else {
            turn.say(turn.text("peer.refused_unknown"));
        }
    }

    /** "No comment" tapped: the stars stay, the step ends. */
    void noComment(Turn turn, long periodId) {
        conversations.clear(turn.userId());
        turn.show(turn.text("peer.comment_skipped"), PeerColleagueList.backToList(turn, periodId));
    }

    /** The message asking for the comment, or 0 when not known. */
    static int card(ConversationStore.State state) {
        Matcher m = COMMENT_STATE.matcher(state.data() == null ? "" : state.data());
        return m.matches() && m.group(3) != null ? Integer.parseInt(m.group(3)) : 0;
    }
}
