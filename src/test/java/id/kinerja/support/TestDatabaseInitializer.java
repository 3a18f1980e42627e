package id.kinerja.support;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points every Spring test context at the one test database (registered in META-INF/spring.factories). */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (context.getEnvironment().getProperty("kinerja.test.own-database", Boolean.class, false)) {
            return;
        }
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-database", Map.of(
                "spring.datasource.url", TestDatabase.jdbcUrl(),
                "spring.datasource.username", TestDatabase.username(),
                "spring.datasource.password", TestDatabase.password(),
                // every cached test context keeps its pool: idle connections go back, so that many contexts
                // together stay well under the server's max_connections (100)
                "spring.datasource.hikari.minimum-idle", "1",
                "spring.datasource.hikari.idle-timeout", "10000",
                // files the application keeps (e.g. the peer-rating key) go to a temporary place, not ./data
                "kinerja.data-dir", TestDatabase.dataDirectory().toString())));
    }
}
