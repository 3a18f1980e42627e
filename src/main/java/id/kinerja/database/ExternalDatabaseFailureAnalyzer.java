package id.kinerja.database;

import id.kinerja.text.ConsoleLanguage;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * The external database ({@code SPRING_DATASOURCE_URL}) cannot be reached or refuses the login at start: one
 * sentence naming the address (without its parameters, which may hold a password) and the fix.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
final class ExternalDatabaseFailureAnalyzer implements FailureAnalyzer {

    private final Environment environment;

    ExternalDatabaseFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        String url = environment.getProperty("spring.datasource.url");
        if (!StringUtils.hasText(url)) {
            return null; // the embedded database: its failures are of another kind
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            String key = key(cause);
            if (key != null) {
                return new FailureAnalysis(ConsoleLanguage.text(environment, key, "url", withoutParameters(url),
                        "user", environment.getProperty("spring.datasource.username", "")), null, cause);
            }
        }
        return null;
    }

    private static String key(Throwable cause) {
        if (cause instanceof ConnectException || cause instanceof UnknownHostException
                || cause instanceof NoRouteToHostException || cause instanceof SocketTimeoutException) {
            return "cli.startup.database_unreachable";
        }
        if (cause instanceof SQLException sql && sql.getSQLState() != null) {
            if (sql.getSQLState().startsWith("08")) {
                return "cli.startup.database_unreachable";
            }
            if (sql.getSQLState().startsWith("28")) {
                return "cli.startup.database_login_refused";
            }
        }
        return null;
    }

    static String withoutParameters(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }
}
