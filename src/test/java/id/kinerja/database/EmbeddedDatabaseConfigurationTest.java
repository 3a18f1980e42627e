package id.kinerja.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedDatabaseConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class))
        .withUserConfiguration(EmbeddedDatabaseConfiguration.class);

    @Test
    void external_url_disables_embedded_server() {
        runner.withPropertyValues("spring.datasource.url=jdbc:postgresql://db.example:5432/kinerja",
                "spring.datasource.username=bot")
            .run(context -> {
                assertThat(context).hasNotFailed();
                assertThat(context).doesNotHaveBean(EmbeddedPostgresServer.class);
                assertThat(context).hasSingleBean(DataSource.class);
                HikariDataSource dataSource = context.getBean(HikariDataSource.class);
                assertThat(dataSource.getJdbcUrl()).isEqualTo("jdbc:postgresql://db.example:5432/kinerja");
                assertThat(dataSource.getUsername()).isEqualTo("bot");
            });
    }

    @Test
    void without_url_the_embedded_server_is_the_only_data_source(@TempDir Path dataDir) throws Exception {
        // JUnit creates @TempDir with mode 0700; as root, PostgreSQL runs as nobody and must reach it
        Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwxr-xr-x"));
        runner.withPropertyValues("kinerja.data-dir=" + dataDir, "spring.datasource.hikari.maximum-pool-size=3")
            .run(context -> {
                assertThat(context).hasNotFailed();
                EmbeddedPostgresServer server = context.getBean(EmbeddedPostgresServer.class);
                assertThat(server.clusterDirectory()).isEqualTo(dataDir.resolve("postgres"));
                assertThat(context).hasSingleBean(DataSource.class);
                HikariDataSource dataSource = context.getBean(HikariDataSource.class);
                assertThat(dataSource.getJdbcUrl()).isEqualTo(server.jdbcUrl());
                assertThat(dataSource.getMaximumPoolSize()).isEqualTo(3);
                assertThat(new JdbcTemplate(dataSource).queryForObject("SELECT current_database()", String.class))
                    .isEqualTo("kinerja");
            });
        // the context is closed: the server it started must be stopped
        assertThat(dataDir.resolve("postgres/postmaster.pid")).doesNotExist();
    }
}
