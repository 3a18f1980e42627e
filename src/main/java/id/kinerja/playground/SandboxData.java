package id.kinerja.playground;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Empties the playground's database without knowing its tables: every table of the schema, found at run time,
 * except the migrations' history, the scheduler's tables ({@code qrtz_}) and the tables the migrations themselves
 * fill (their rows are part of the schema). Only ever pointed at the playground's own database.
 */
final class SandboxData {

    private static final Pattern SEEDED = Pattern.compile("insert\\s+into\\s+([a-z_][a-z0-9_]*)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]*");

    private final JdbcClient jdbc;
    private final Set<String> kept;

    SandboxData(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.kept = seededByMigrations();
        kept.add("flyway_schema_history");
    }

    /** The tables that would be emptied. */
    List<String> tables() {
        return jdbc.sql("""
                        select table_name from information_schema.tables
                         where table_schema = current_schema() and table_type = 'BASE TABLE'
                         order by table_name""")
                .query(String.class).list().stream()
                .filter(t -> NAME.matcher(t).matches() && !t.startsWith("qrtz_") && !kept.contains(t))
                .toList();
    }

    /** Truncates them all at once; a deadlock with work still running is tried again. */
    void wipe() {
        String statement = "truncate table " + String.join(", ", tables()) + " restart identity cascade";
        for (int attempt = 1; ; attempt++) {
            try {
                jdbc.sql(statement).update();
                return;
            } catch (DataAccessException e) {
                if (attempt == 5) {
                    throw e;
                }
                try {
                    Thread.sleep(200L * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private static Set<String> seededByMigrations() {
        try {
            Set<String> seeded = new TreeSet<>();
            for (Resource migration : new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:db/migration/*.sql")) {
                Matcher m = SEEDED.matcher(migration.getContentAsString(StandardCharsets.UTF_8));
                while (m.find()) {
                    seeded.add(m.group(1).toLowerCase());
                }
            }
            return seeded.stream().collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the migrations", e);
        }
    }
}
