package id.kinerja.admin;

import id.kinerja.text.ConsoleLanguage;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;

/** The web port ({@code SERVER_PORT}) is taken, e.g. by the bot already running: one sentence with the fix. */
@Order(Ordered.HIGHEST_PRECEDENCE)
final class PortInUseFailureAnalyzer extends AbstractFailureAnalyzer<PortInUseException> {

    private final Environment environment;

    PortInUseFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, PortInUseException cause) {
        return new FailureAnalysis(ConsoleLanguage.text(environment, "cli.startup.port_in_use",
                "port", cause.getPort()), null, cause);
    }
}
