package id.kinerja.admin;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The problems found in an input, one line each, in file order: {@code line N: what is wrong}. */
final class ValidationReport {

    private record Problem(int line, String message) {}

    private final List<Problem> problems = new ArrayList<>();

    void add(int line, String message) {
        problems.add(new Problem(line, message));
    }

    /** A problem that belongs to no line (a missing file, an option). */
    void add(String message) {
        problems.add(new Problem(0, message));
    }

    void addAll(ValidationReport other) {
        problems.addAll(other.problems);
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    List<String> lines() {
        return problems.stream()
                .sorted(Comparator.comparingInt(Problem::line))
                .map(p -> p.line() > 0 ? "line " + p.line() + ": " + p.message() : p.message())
                .toList();
    }

    void printTo(PrintWriter err) {
        lines().forEach(err::println);
        err.flush();
    }

    /** Adds {@code line 1: missing column X} for each required column the header lacks; true if all are there. */
    boolean requireColumns(CsvTable table, List<String> required) {
        boolean complete = true;
        for (String column : required) {
            if (!table.hasColumn(column)) {
                add(1, "missing column " + column);
                complete = false;
            }
        }
        return complete;
    }

    @Override
    public String toString() {
        return String.join("\n", lines());
    }
}
