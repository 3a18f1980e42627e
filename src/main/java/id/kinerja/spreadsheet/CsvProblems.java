package id.kinerja.spreadsheet;

/**
 * Where {@link CsvReader} reports what is wrong with a file: a text key of bot-scripts ({@code problems.*}) and its
 * name/value arguments, on a physical line of the file (1 = the first), or on line 0 when the problem belongs to no
 * line (a missing file, not UTF-8).
 */
@FunctionalInterface
public interface CsvProblems {

    void add(int line, String key, Object... args);
}
