package id.kinerja.survey;

import id.kinerja.text.Keyboard;
import id.kinerja.text.Language;

/**
 * The button under a suggestions digest, which opens the unit's open suggestions in the chat. Defined here,
 * drawn by the chat module (it owns callback data), so the digest needs nothing from the chat.
 */
public interface SuggestionDigestButtons {

    Keyboard forUnit(long unitId, Language language);
}
