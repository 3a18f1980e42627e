package id.kinerja.calendar;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads one year's holiday file, {@code <year>.yml}: a {@code holidays} list of entries with
 * {@code date}, {@code name} and {@code kind}. Any mistake fails with the file and line, since HR
 * edits these files by hand.
 */
final class HolidayFile {

    private HolidayFile() {}

    static Map<LocalDate, Holiday> read(Path file, int year) {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        Node root;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            root = new Yaml(new LoaderOptions()).compose(reader);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw new MalformedHolidayFile(file, line, "not valid YAML: " + e.getProblem());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read holiday file " + file, e);
        }
        if (root == null) {
            return Map.of();
        }
        Node list = field(file, root, "holidays");
        if (!(list instanceof SequenceNode entries)) {
            throw new MalformedHolidayFile(file, line(list), "'holidays' must be a list of entries");
        }
        Map<LocalDate, Holiday> holidays = new LinkedHashMap<>();
        for (Node entry : entries.getValue()) {
            Holiday holiday = holiday(file, entry);
            if (holiday.date().getYear() != year) {
                throw new MalformedHolidayFile(file, line(entry),
                        "date " + holiday.date() + " is not in " + year + " (each year has its own file)");
            }
            if (holidays.putIfAbsent(holiday.date(), holiday) != null) {
                throw new MalformedHolidayFile(file, line(entry), "date " + holiday.date() + " is listed twice");
            }
        }
        return Map.copyOf(holidays);
    }

    private static Holiday holiday(Path file, Node entry) {
        if (!(entry instanceof MappingNode)) {
            throw new MalformedHolidayFile(file, line(entry), "each holiday needs date, name and kind");
        }
        String dateText = scalar(file, field(file, entry, "date"), "date");
        String name = scalar(file, field(file, entry, "name"), "name");
        Node kindNode = field(file, entry, "kind");
        String kindText = scalar(file, kindNode, "kind");
        LocalDate date;
        try {
            date = LocalDate.parse(dateText);
        } catch (DateTimeParseException e) {
            throw new MalformedHolidayFile(file, line(field(file, entry, "date")),
                    "date '" + dateText + "' is not a date as yyyy-mm-dd");
        }
        if (name.isBlank()) {
            throw new MalformedHolidayFile(file, line(entry), "name is empty");
        }
        Holiday.Kind kind;
        try {
            kind = Holiday.Kind.valueOf(kindText);
        } catch (IllegalArgumentException e) {
            throw new MalformedHolidayFile(file, line(kindNode), "kind '" + kindText + "' is not one of "
                    + Arrays.stream(Holiday.Kind.values()).map(Enum::name).collect(Collectors.joining(", ")));
        }
        return new Holiday(date, name.strip(), kind);
    }

    private static Node field(Path file, Node mapping, String key) {
        if (mapping instanceof MappingNode map) {
            for (NodeTuple tuple : map.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                    return tuple.getValueNode();
                }
            }
        }
        throw new MalformedHolidayFile(file, line(mapping), "'" + key + "' is missing");
    }

    private static String scalar(Path file, Node node, String key) {
        if (node instanceof ScalarNode scalar) {
            return scalar.getValue();
        }
        throw new MalformedHolidayFile(file, line(node), "'" + key + "' must be a single value");
    }

    private static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    /** A holiday file that cannot be used as it is, with the line to look at. */
    static final class MalformedHolidayFile extends IllegalStateException {
        MalformedHolidayFile(Path file, int line, String problem) {
            super("holiday file " + file + " line " + line + ": " + problem);
        }
    }
}
