package id.kinerja.database;

import java.nio.file.Path;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Starts the embedded PostgreSQL and exposes it as the application's only {@link javax.sql.DataSource}
 * when {@code spring.datasource.url} (SPRING_DATASOURCE_URL) is not set. Boot's DataSource
 * auto-configuration then backs off, and Flyway, Quartz and Spring Data JDBC use this pool. With the
 * URL set, this configuration is skipped and Boot configures the DataSource as usual.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDataSourceUrlCondition.class)
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgresServer(@Value("${kinerja.data-dir:./data}") String dataDir,
            @Value("${" + ClusterLocation.BASE_PROPERTY + ":" + ClusterLocation.DEFAULT_BASE + "}") String clusterBase) {
        // Stopped by the context (destroy method) or, if the context is never closed, by a Spring
        // shutdown handler, which runs after all contexts are closed (a plain JVM hook would race
        // with the context shutdown and could stop PostgreSQL under running Quartz jobs).
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(Path.of(dataDir), false, Path.of(clusterBase));
        if (server.ownsProcess()) {
            SpringApplication.getShutdownHandlers().add(server::close);
        }
        return server;
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgresServer server) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setPoolName("kinerja-embedded");
        dataSource.setJdbcUrl(server.jdbcUrl());
        dataSource.setUsername(server.username());
        dataSource.setPassword(server.password());
        dataSource.setMaximumPoolSize(10);
        return dataSource;
    }

    static final class NoDataSourceUrlCondition implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
        }
    }
}
