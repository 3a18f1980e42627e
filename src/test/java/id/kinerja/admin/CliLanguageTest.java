package id.kinerja.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kinerja.text.Language;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ClassPathResource;

/** KINERJA_CLI_LANGUAGE chooses the command line's language through application.yml; Indonesian by default. */
class CliLanguageTest {

    private static Language withEnvironment(Map<String, Object> variables) throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        MutablePropertySources sources = environment.getPropertySources();
        // only the variables given here, whatever the environment of the test run
        sources.remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        sources.remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        sources.addFirst(new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
        new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"))
                .forEach(sources::addLast);
        return Binder.get(environment).bind("kinerja.cli", CliProperties.class).get().language();
    }

    @Test
    void indonesian_unless_english_is_chosen() throws IOException {
        assertThat(withEnvironment(Map.of())).isEqualTo(Language.ID);
        assertThat(withEnvironment(Map.of("KINERJA_CLI_LANGUAGE", "en"))).isEqualTo(Language.EN);
        assertThat(withEnvironment(Map.of("KINERJA_CLI_LANGUAGE", "id"))).isEqualTo(Language.ID);
    }

    @Test
    void an_unknown_language_is_an_error_not_a_silent_default() {
        assertThatThrownBy(() -> withEnvironment(Map.of("KINERJA_CLI_LANGUAGE", "fr")))
                .isInstanceOf(BindException.class);
    }
}
