package id.kinerja.spreadsheet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The problems found in an input. Each is a text key of bot-scripts with its arguments, so that it
 * can be shown in the chat in the reader's language and on the command line in the configured one.
 */
public final class ValidationReport {

    private final List<Problem> problems = new ArrayList<>();

    /** A problem on a line of the file; its text gets the line as {@code {line}}. */
    public void add(int line, String key, Object... args) {
        problems.add(Problem.of(line, key, args));
    }

    /** A problem that belongs to no line (a missing file, an option). */
    public void add(String key, Object... args) {
        problems.add(Problem.of(0, key, args));
    }

    public void add(Problem problem) {
        problems.add(problem);
    }

    public void addAll(ValidationReport other) {
        problems.addAll(other.problems);
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    /** In file order: by line (problems without a line first), then in the order they were found. */
    public List<Problem> problems() {
        return problems.stream().sorted(Comparator.comparingInt(Problem::line)).toList();
    }

    /** Adds {@code missing_column} on line 1 for each required column the header lacks; true if all are there. */
    public boolean requireColumns(CsvTable table, List<String> required) {
        boolean complete = true;
        for (String column : required) {
            if (!table.hasColumn(column)) {
                add(1, "problems.missing_column", "column", column);
                complete = false;
            }
        }
        return complete;
    }

    /** For test failures and logs: keys and arguments, not texts. */
    @Override
    public String toString() {
        return problems().stream().map(p -> p.key() + p.args()).collect(Collectors.joining("\n"));
    }
}
