package id.kinerja.chat;

import id.kinerja.followup.CoachingButtons;
import id.kinerja.followup.CoachingKind;
import id.kinerja.text.Keyboard;
import id.kinerja.text.Language;
import id.kinerja.text.Texts;
import java.util.Arrays;
import org.springframework.stereotype.Component;

/** The buttons under coaching messages from the outbox: the kinds to plan, the outcome, the feedback form. */
@Component
class CoachingPromptButtons implements CoachingButtons {

    private final Texts texts;

    CoachingPromptButtons(Texts texts) {
        this.texts = texts;
    }

    @Override
    public Keyboard kinds(Language language, long employeeId, long requestId) {
        return kindButtons(texts, language, employeeId, requestId);
    }

    static Keyboard kindButtons(Texts texts, Language language, long employeeId, long requestId) {
        return Keyboard.column(Arrays.stream(CoachingKind.values()).map(kind -> Keyboard.Button.tap(
                texts.get(language, kind.textKey()),
                new CoachingCallback.Kind(employeeId, requestId, kind.ordinal()).encode())).toList());
    }

    @Override
    public Keyboard outcome(Language language, long sessionId) {
        return Keyboard.of(Keyboard.Button.tap(texts.get(language, "coaching.outcome_button"),
                new CoachingCallback.Outcome(sessionId).encode()));
    }

    @Override
    public Keyboard feedback(Language language, long sessionId) {
        return Keyboard.of(Keyboard.Button.tap(texts.get(language, "coaching.feedback_button"),
                new CoachingCallback.Feedback(sessionId, 0, 0).encode()));
    }
}
