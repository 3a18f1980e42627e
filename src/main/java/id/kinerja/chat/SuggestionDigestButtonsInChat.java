package id.kinerja.chat;

import id.kinerja.survey.SuggestionDigestButtons;
import id.kinerja.text.Html;
import id.kinerja.text.Keyboard;
import id.kinerja.text.Language;
import id.kinerja.text.Texts;
import org.springframework.stereotype.Component;

/** The digest's button: opens the unit's open suggestions, each with its follow-up button (IkmScreens). */
@Component
class SuggestionDigestButtonsInChat implements SuggestionDigestButtons {

    private final Texts texts;

    SuggestionDigestButtonsInChat(Texts texts) {
        this.texts = texts;
    }

    @Override
    public Keyboard forUnit(long unitId, Language language) {
        return Keyboard.of(Keyboard.Button.tap(Html.plain(texts.get(language, "survey_digest.button")),
                new IkmCallback.Suggestions(unitId).encode()));
    }
}
