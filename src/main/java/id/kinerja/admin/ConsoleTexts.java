package id.kinerja.admin;

import id.kinerja.spreadsheet.Problem;
import id.kinerja.text.Html;
import id.kinerja.text.Language;
import id.kinerja.text.Texts;

/** The texts of bot-scripts as the command line prints them: plain text (no HTML) in one language. */
record ConsoleTexts(Texts texts, Language language) {

    String get(String key, Object... args) {
        return Html.plain(texts.get(language, key, args));
    }

    String problem(Problem problem) {
        return Html.plain(problem.html(texts, language));
    }
}
