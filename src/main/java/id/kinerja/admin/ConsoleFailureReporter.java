package id.kinerja.admin;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalysisReporter;
import org.springframework.util.StringUtils;

/**
 * Prints the analysis of a start-up failure on the console as it is — our analyzers give one sentence with the fix
 * — instead of Boot's logged banner (LoggingFailureAnalysisReporter is switched off in application.yml), and
 * remembers the failure so that the command line does not report it a second time.
 */
public final class ConsoleFailureReporter implements FailureAnalysisReporter {

    private static final Set<Throwable> REPORTED = ConcurrentHashMap.newKeySet();

    @Override
    public void report(FailureAnalysis analysis) {
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        err.println(analysis.getDescription());
        if (StringUtils.hasText(analysis.getAction())) {
            err.println(analysis.getAction());
        }
        err.flush();
        if (analysis.getCause() != null) {
            REPORTED.add(analysis.getCause());
        }
    }

    /** Whether the failure, or a cause of it, was reported already. */
    static boolean reported(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (REPORTED.contains(cause)) {
                return true;
            }
        }
        return false;
    }
}
