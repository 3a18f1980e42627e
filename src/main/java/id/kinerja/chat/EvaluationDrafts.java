package id.kinerja.chat;

import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The evaluation draft in progress, kept as the conversation state {@value #STATE} ({@link EvaluationDraft}
 * as JSON), and a new card sent for it.
 */
@Component
class EvaluationDrafts {

    static final String STATE = "EVALUATING";

    private final ConversationStore conversations;
    private final EvaluationCard card;

    EvaluationDrafts(ConversationStore conversations, EvaluationCard card) {
        this.conversations = conversations;
        this.card = card;
    }

    /** The draft this person has in progress, if any. */
    Optional<EvaluationDraft> current(Turn turn) {
        return conversations.current(turn.userId())
                .filter(state -> STATE.equals(state.name()))
                .map(state -> EvaluationDraft.fromJson(state.data()));
    }

    void save(Turn turn, EvaluationDraft draft) {
        conversations.enter(turn.userId(), STATE, draft.json());
    }

    /** The card for this (already saved) draft as a new message, whose id the draft learns once it is sent. */
    void sendCard(Turn turn, EvaluationDraft draft) {
        long userId = turn.userId();
        turn.sayTracked(card.text(turn, draft), card.keyboard(turn, draft), messageId -> cardSent(userId, draft, messageId));
    }

    /**
     * The new card reached the chat: the draft remembers which message it is, so leaving the flow before any
     * tap can still take its buttons off. Only while the draft is still the one just started (a tap or another
     * command that came first wins).
     */
    private void cardSent(long userId, EvaluationDraft started, int messageId) {
        conversations.replace(userId, new ConversationStore.State(STATE, started.json()),
                started.shownIn(messageId).json());
    }
}
