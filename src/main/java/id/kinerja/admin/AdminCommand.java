package id.kinerja.admin;

import id.kinerja.spreadsheet.CsvTable;
import id.kinerja.spreadsheet.ImportOutcome;
import id.kinerja.spreadsheet.TableReader;
import id.kinerja.spreadsheet.ValidationReport;
import id.kinerja.text.Language;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * A command-line task created as a Spring bean; writes results to {@link #out()} and problems to
 * {@link #err()}. The writers and the texts are handed over just before it runs (no picocli
 * {@code @Spec}: that would make picocli create every command, and so start Spring, even for
 * {@code help}). Problems are printed one a line in the command line's language.
 */
abstract class AdminCommand implements Callable<Integer> {

    static final int OK = 0;
    static final int REFUSED = 1;
    static final int USAGE = 2;

    private PrintWriter out;
    private PrintWriter err;
    private Supplier<ConsoleTexts> texts;

    void writeTo(PrintWriter out, PrintWriter err, Supplier<ConsoleTexts> texts) {
        this.out = out;
        this.err = err;
        this.texts = texts;
    }

    PrintWriter out() {
        return out;
    }

    PrintWriter err() {
        return err;
    }

    /** The command line's language ({@code kinerja.cli.language}). */
    Language language() {
        return texts.get().language();
    }

    /** A text of bot-scripts in the command line's language, as plain text. */
    String text(String key, Object... args) {
        return texts.get().get(key, args);
    }

    ConsoleTexts texts() {
        return texts.get();
    }

    /** Refuses with a text of bot-scripts. */
    int refuseWith(String key, Object... args) {
        return refuse(text(key, args));
    }

    int refuse(String problem) {
        err.println(problem);
        err.flush();
        return REFUSED;
    }

    int refuse(ValidationReport report) {
        ConsoleTexts console = texts.get();
        report.problems().forEach(problem -> err.println(console.problem(problem)));
        err.flush();
        return REFUSED;
    }

    /** Reads a CSV or XLSX file and hands it to an all-or-nothing import, reporting every bad row or the counts. */
    int importFile(Path file, String whatKey, BiFunction<CsvTable, String, ImportOutcome> importer) {
        ValidationReport report = new ValidationReport();
        CsvTable table = TableReader.read(file, report::add);
        if (!report.isEmpty()) {
            return refuse(report);
        }
        ImportOutcome outcome = importer.apply(table, "file:" + file.getFileName());
        if (!outcome.ok()) {
            err.println(texts.get().get("cli.nothing_imported"));
            return refuse(outcome.problems());
        }
        ConsoleTexts console = texts.get();
        out.println(console.get("cli.imported", "what", console.get(whatKey), "added", outcome.counts().added(),
                "updated", outcome.counts().updated(), "unchanged", outcome.counts().unchanged()));
        return OK;
    }
}
