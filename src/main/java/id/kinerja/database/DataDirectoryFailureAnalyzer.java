package id.kinerja.database;

import id.kinerja.text.ConsoleLanguage;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;

/** A data directory the embedded database cannot use: one sentence naming the directory and the fix. */
@Order(Ordered.HIGHEST_PRECEDENCE)
final class DataDirectoryFailureAnalyzer extends AbstractFailureAnalyzer<DataDirectoryUnusable> {

    private final Environment environment;

    DataDirectoryFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DataDirectoryUnusable cause) {
        String key = switch (cause.reason()) {
            case NOT_WRITABLE -> "cli.startup.data_dir_not_writable";
            case SERVER_USER_CANNOT_REACH -> "cli.startup.data_dir_unreachable_for_server";
        };
        return new FailureAnalysis(ConsoleLanguage.text(environment, key, "dir", cause.directory(),
                "user", System.getProperty("user.name"), "server_user", RunAs.UNPRIVILEGED_USER), null, cause);
    }
}
