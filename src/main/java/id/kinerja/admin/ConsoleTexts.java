package id.kinerja.admin;

import id.kinerja.spreadsheet.ImportCounts;
import id.kinerja.spreadsheet.Problem;
import id.kinerja.text.Html;
import id.kinerja.text.Language;
import id.kinerja.text.Texts;

/** The texts of bot-scripts as the command line prints them: plain text (no HTML) in one language. */
record ConsoleTexts(Texts texts, Language language) {

    String get(String key, Object... args) {
        return Html.plain(texts.get(language, key, args));
    }

    /** Whether bot-scripts has this key (in the language or in Indonesian). */
    boolean has(String key) {
        return texts.keys(language).contains(key) || texts.keys(Language.ID).contains(key);
    }

    String problem(Problem problem) {
        return Html.plain(problem.html(texts, language));
    }

    /** {@code N added, M updated, K unchanged} in the language. */
    String counts(ImportCounts counts) {
        return get("cli.demo.counts", "added", counts.added(), "updated", counts.updated(), "unchanged",
                counts.unchanged());
    }
}
