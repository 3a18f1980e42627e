package id.kinerja.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

/** Database failures at start, from the exception chain to the one sentence with the fix. */
class StartupDatabaseFailureAnalyzersTest {

    @Test
    void a_data_directory_nobody_cannot_reach_says_which_and_where_to_move_it() {
        Throwable failure = new BeanCreationException("embeddedPostgresServer", "failed",
                new DataDirectoryUnusable(DataDirectoryUnusable.Reason.SERVER_USER_CANNOT_REACH,
                        Path.of("/root/kinerja/data"), "technical detail", null));

        FailureAnalysis analysis = new DataDirectoryFailureAnalyzer(new MockEnvironment()).analyze(failure);

        assertThat(analysis.getDescription()).isEqualTo("Bot berjalan sebagai root, jadi database berjalan sebagai "
                + "pengguna nobody, yang tidak dapat memakai /root/kinerja/data: isi KINERJA_DATA_DIR dengan folder yang "
                + "dapat dimasuki nobody, misalnya /var/lib/kinerja/data, atau jalankan bot sebagai pengguna biasa.");
    }

    @Test
    void a_data_directory_that_cannot_be_written_names_it_in_english_when_chosen() {
        Throwable failure = new DataDirectoryUnusable(DataDirectoryUnusable.Reason.NOT_WRITABLE, Path.of("/srv/data"),
                "technical detail", new java.nio.file.AccessDeniedException("/srv/data"));

        FailureAnalysis analysis = new DataDirectoryFailureAnalyzer(new MockEnvironment()
                .withProperty("kinerja.cli.language", "en")).analyze(failure);

        assertThat(analysis.getDescription()).startsWith("The data directory /srv/data cannot be created or written by "
                + "the user " + System.getProperty("user.name") + ": set KINERJA_DATA_DIR to a directory that user can "
                + "write");
    }

    @Test
    void the_data_directory_is_checked_before_the_server_starts() throws Exception {
        Path file = java.nio.file.Files.createTempFile("not-a-directory", ".txt");
        try {
            Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
                    () -> ServerStartup.start(file.resolve("data"), false, Path.of("/tmp")));
            assertThat(thrown).isInstanceOf(DataDirectoryUnusable.class);
            assertThat(((DataDirectoryUnusable) thrown).reason()).isEqualTo(DataDirectoryUnusable.Reason.NOT_WRITABLE);
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }

    @Test
    void an_external_database_refusing_connections_is_named_without_its_parameters() {
        Throwable failure = new BeanCreationException("flyway", "failed", new IllegalStateException("Unable to obtain "
                + "connection", new SQLException("Connection to 127.0.0.1:1 refused.", "08001",
                new ConnectException("Connection refused"))));
        MockEnvironment environment = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://127.0.0.1:1/kinerja?password=secret");

        FailureAnalysis analysis = new ExternalDatabaseFailureAnalyzer(environment).analyze(failure);

        assertThat(analysis.getDescription()).isEqualTo("Database jdbc:postgresql://127.0.0.1:1/kinerja tidak dapat "
                + "dihubungi: pastikan server PostgreSQL itu berjalan dan SPRING_DATASOURCE_URL benar, atau kosongkan "
                + "SPRING_DATASOURCE_URL untuk memakai database bawaan.");
    }

    @Test
    void a_refused_login_names_the_user_and_the_variables() {
        Throwable failure = new SQLException("password authentication failed", "28P01");
        MockEnvironment environment = new MockEnvironment().withProperty("kinerja.cli.language", "en")
                .withProperty("spring.datasource.url", "jdbc:postgresql://db/kinerja")
                .withProperty("spring.datasource.username", "kinerja");

        assertThat(new ExternalDatabaseFailureAnalyzer(environment).analyze(failure).getDescription())
                .isEqualTo("The database jdbc:postgresql://db/kinerja refused the login of the user \"kinerja\": check "
                        + "SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD.");
    }

    @Test
    void without_an_external_database_or_a_connection_problem_it_says_nothing() {
        Throwable refused = new SQLException("Connection refused", "08001");
        assertThat(new ExternalDatabaseFailureAnalyzer(new MockEnvironment()).analyze(refused)).isNull();
        assertThat(new ExternalDatabaseFailureAnalyzer(new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db/kinerja"))
                .analyze(new SQLException("syntax error", "42601"))).isNull();
    }
}
