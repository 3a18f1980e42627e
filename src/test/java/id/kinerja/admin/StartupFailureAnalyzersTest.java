package id.kinerja.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.context.ApplicationContextException;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.mock.env.MockEnvironment;

/** The general start-up failures, from the exception chain Spring throws to the one sentence printed. */
class StartupFailureAnalyzersTest {

    @Test
    void a_port_in_use_names_the_port_and_the_fix_in_the_console_language() {
        Throwable failure = new ApplicationContextException("Failed to start bean 'webServerStartStop'",
                new PortInUseException(8080, new java.net.BindException("Address already in use")));

        FailureAnalysis indonesian = new PortInUseFailureAnalyzer(new MockEnvironment()).analyze(failure);
        FailureAnalysis english = new PortInUseFailureAnalyzer(new MockEnvironment()
                .withProperty("kinerja.cli.language", "en")).analyze(failure);

        assertThat(indonesian.getDescription()).isEqualTo("Port 8080 sudah dipakai program lain (mungkin bot ini sudah "
                + "berjalan): hentikan program itu, atau jalankan bot dengan SERVER_PORT berisi port lain yang masih bebas.");
        assertThat(english.getDescription()).isEqualTo("Port 8080 is already in use by another program (perhaps this bot "
                + "is already running): stop that program, or start the bot with SERVER_PORT set to a free port.");
        assertThat(indonesian.getAction()).isNull();
    }

    @Test
    void a_bad_language_names_the_variable_the_value_and_the_choices() {
        StandardEnvironment environment = environment(Map.of("KINERJA_CLI_LANGUAGE", "fr"), Map.of());
        Throwable failure = catchThrowable(() -> Binder.get(environment).bind("kinerja.cli", CliProperties.class));

        FailureAnalysis analysis = new ConfigurationValueFailureAnalyzer(environment)
                .analyze(new IllegalStateException("context failed", failure));

        assertThat(failure).isInstanceOf(BindException.class);
        assertThat(analysis.getDescription()).isEqualTo("Pengaturan KINERJA_CLI_LANGUAGE (kinerja.cli.language) berisi "
                + "\"fr\", padahal harus salah satu dari: id, en: perbaiki nilainya, lalu jalankan lagi.");
    }

    @Test
    void a_bad_duration_from_a_placeholder_names_the_variable_of_application_yml() {
        StandardEnvironment environment = environment(Map.of("KINERJA_CODE_TTL", "seven days"),
                Map.of("kinerja.linking.code-ttl", "${KINERJA_CODE_TTL:7d}", "kinerja.cli.language", "en"));
        Throwable failure = catchThrowable(() -> Binder.get(environment)
                .bind("kinerja.linking.code-ttl", Bindable.of(Duration.class)));

        FailureAnalysis analysis = new ConfigurationValueFailureAnalyzer(environment).analyze(failure);

        assertThat(analysis.getDescription()).isEqualTo("The setting KINERJA_CODE_TTL (kinerja.linking.code-ttl) is "
                + "\"seven days\", but it must be a duration such as 30s, 5m, 2h or 7d: correct the value and start again.");
    }

    @Test
    void other_failures_are_left_to_other_analyzers() {
        assertThat(new PortInUseFailureAnalyzer(new MockEnvironment()).analyze(new IllegalStateException("x"))).isNull();
        assertThat(new ConfigurationValueFailureAnalyzer(new MockEnvironment()).analyze(new IllegalStateException("x")))
                .isNull();
    }

    private static StandardEnvironment environment(Map<String, Object> variables, Map<String, Object> yml) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().addFirst(new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
        environment.getPropertySources().addLast(new MapPropertySource("application.yml", yml));
        return environment;
    }
}
