package id.kinerja;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One owner per table (docs/ARCHITECTURE.md): the owners are declared with {@link OwnsTables} and
 * {@link FrameworkTables}; the migrations say which tables exist; the main sources' SQL must name only
 * tables of its own module.
 */
class TableOwnershipTest {

    private static final Path SOURCES = Path.of("src/main/java/id/kinerja");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Pattern CREATED = Pattern.compile(
            "create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)", Pattern.CASE_INSENSITIVE);

    private final TableOwners owners = TableOwners.read(SOURCES);

    @Test
    void every_table_the_migrations_create_has_exactly_one_owner() {
        Set<String> created = createdTables();
        List<String> problems = new ArrayList<>();
        created.forEach(table -> {
            List<String> tableOwners = owners.ownersOf(table);
            if (tableOwners.size() != 1) {
                problems.add(table + " is owned by " + (tableOwners.isEmpty() ? "no module" : tableOwners));
            }
        });
        owners.declared().keySet().stream().filter(table -> !created.contains(table))
                .forEach(table -> problems.add(table + " is declared but no migration creates it"));
        assertThat(problems).isEmpty();
    }

    @Test
    void no_module_names_a_table_of_another_module_in_its_sql() {
        assertThat(crossings(mainSources())).isEmpty();
    }

    @Test
    void the_check_sees_a_table_through_a_concatenation_and_through_another_module_s_pasted_constant() {
        Map<String, String> sources = Map.of(
                "employee/Employees.java", """
                        package id.kinerja.employee;
                        public class Employees {
                            public static final String LINKED = "select * from employee where telegram_user_id = ?";
                        }""",
                "chat/Turns.java", """
                        package id.kinerja.chat;
                        import id.kinerja.employee.Employees;
                        class Turns {
                            private static final String FIRST = \"""
                                    select * from conversation c
                                      left join lateral (%s) me on true\""".formatted(Employees.LINKED);
                            // delete from unit (a comment is no SQL)
                            void clean() { run("delete from " + "link_code" + " where used_at is not null"); }
                        }""");

        assertThat(crossings(sources)).containsExactly(
                "chat/Turns.java names employee (owned by employee) via Employees.LINKED",
                "chat/Turns.java names link_code (owned by account)");
    }

    private List<String> crossings(Map<String, String> sources) {
        Set<String> tables = new TreeSet<>(createdTables());
        tables.addAll(owners.declared().keySet());
        owners.frameworkPatterns().stream().filter(p -> !p.endsWith("*")).forEach(tables::add);
        List<String> crossings = new ArrayList<>();
        for (SqlTableReferences.Reference reference : new SqlTableReferences(sources).references(tables)) {
            String owner = owners.ownerOf(reference.table());
            String module = reference.file().contains("/")
                    ? reference.file().substring(0, reference.file().indexOf('/')) : "";
            if (!module.equals(owner)) {
                crossings.add(reference.file() + " names " + reference.table() + " (owned by " + owner + ")"
                        + (reference.via() == null ? "" : " via " + reference.via()));
            }
        }
        return crossings;
    }

    private static Set<String> createdTables() {
        Set<String> tables = new TreeSet<>();
        for (Path migration : files(MIGRATIONS, ".sql")) {
            Matcher matcher = CREATED.matcher(read(migration));
            while (matcher.find()) {
                tables.add(matcher.group(1).toLowerCase());
            }
        }
        return tables;
    }

    private static Map<String, String> mainSources() {
        Map<String, String> sources = new TreeMap<>();
        for (Path file : files(SOURCES, ".java")) {
            sources.put(SOURCES.relativize(file).toString().replace('\\', '/'), read(file));
        }
        return sources;
    }

    private static List<Path> files(Path root, String suffix) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
