package id.kinerja.admin;

import id.kinerja.text.Language;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Runs commands inside one Spring context against the real database, starting from empty tables. */
@SpringBootTest(properties = {"kinerja.telegram.enabled=false", "spring.main.web-application-type=none",
        "spring.quartz.auto-startup=false"})
abstract class CliIntegrationTest {

    static final String CAMAT = "197001012000011001";
    static final String SEKCAM = "198002022005021002";
    static final String KASI = "198503032010031001";
    static final String STAFF = "199004042015042002";

    static final String ROSTER = """
            nip,name,position,unit,supervisor_nip,role,parent_unit
            %s,"Rahmat Siregar, S.STP",Camat,Kantor Camat,,,
            %s,Nurhayati Lubis,Sekretaris Camat,Kantor Camat,%s,,
            %s,Erwin Saragih,Kepala Seksi Pelayanan Umum,Seksi Pelayanan Umum,%s,HR,Kantor Camat
            %s,Maya Simanjuntak,Pranata Komputer,Seksi Pelayanan Umum,%s,,Kantor Camat
            """.formatted(CAMAT, SEKCAM, CAMAT, KASI, SEKCAM, STAFF, KASI);

    record Run(int exit, String out, String err) {
        List<String> outLines() {
            return out.lines().toList();
        }

        List<String> errLines() {
            return err.lines().toList();
        }
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    @BeforeEach
    void emptyTables() {
        jdbc.sql("truncate table audit_log, link_attempt, link_code, evaluation, indicator, employee, "
                + "appraisal_period, unit restart identity cascade").update();
    }

    /** Runs a command in the configured language ({@code kinerja.cli.language}). */
    Run cli(String... args) {
        return cli(null, args);
    }

    /** Runs a command whose messages are in {@code language}. */
    Run cli(Language language, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = language == null
                ? AdminCli.execute(context, new PrintWriter(out), new PrintWriter(err), args)
                : AdminCli.execute(context, language, new PrintWriter(out), new PrintWriter(err), args);
        return new Run(exit, out.toString(), err.toString());
    }

    Path file(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    Run importRoster() throws IOException {
        return cli("import-roster", file("roster.csv", ROSTER).toString());
    }

    List<Map<String, Object>> rows(String table) {
        return jdbc.sql("select * from " + table + " order by id").query().listOfRows();
    }

    long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
