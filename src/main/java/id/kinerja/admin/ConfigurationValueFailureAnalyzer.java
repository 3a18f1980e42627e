package id.kinerja.admin;

import id.kinerja.text.ConsoleLanguage;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertySource;

/**
 * A configuration value that does not fit its setting (e.g. {@code KINERJA_CLI_LANGUAGE=fr}, a duration without a
 * unit): one sentence naming the setting — the environment variable when it comes from one —, the value and what is
 * expected.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
final class ConfigurationValueFailureAnalyzer extends AbstractFailureAnalyzer<BindException> {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]");
    private static final Pattern ENVIRONMENT_ORIGIN = Pattern.compile("System Environment Property \"([^\"]+)\"");

    private final Environment environment;

    ConfigurationValueFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, BindException cause) {
        ConfigurationProperty property = cause.getProperty();
        if (property == null) {
            Throwable root = cause;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            return new FailureAnalysis(ConsoleLanguage.text(environment, "cli.startup.bad_settings",
                    "setting", cause.getName(), "reason", firstLine(root)), null, cause);
        }
        String name = property.getName().toString();
        String variable = variable(property);
        return new FailureAnalysis(ConsoleLanguage.text(environment, "cli.startup.bad_value",
                "setting", variable == null ? name : variable + " (" + name + ")",
                "value", environment.resolvePlaceholders(String.valueOf(property.getValue())),
                "expected", expected(cause.getTarget().getType().resolve(Object.class))), null, cause);
    }

    private String expected(Class<?> type) {
        if (type.isEnum()) {
            return ConsoleLanguage.text(environment, "cli.startup.expected_one_of", "values",
                    Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT))
                            .collect(Collectors.joining(", ")));
        }
        String key;
        if (type == Duration.class) {
            key = "cli.startup.expected_duration";
        } else if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            key = "cli.startup.expected_number";
        } else if (type == boolean.class || type == Boolean.class) {
            key = "cli.startup.expected_boolean";
        } else if (type == LocalTime.class) {
            key = "cli.startup.expected_time";
        } else {
            key = "cli.startup.expected_type";
        }
        return ConsoleLanguage.text(environment, key, "type", type.getSimpleName());
    }

    /** The environment variable the value came from: named in the origin, or as the placeholder of application.yml. */
    static String variable(ConfigurationProperty property) {
        if (property.getOrigin() != null) {
            Matcher origin = ENVIRONMENT_ORIGIN.matcher(property.getOrigin().toString());
            if (origin.find()) {
                return origin.group(1);
            }
        }
        if (property.getSource() != null && property.getSource().getUnderlyingSource()
                instanceof org.springframework.core.env.SystemEnvironmentPropertySource) {
            return property.getName().toString().toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace("-", "");
        }
        if (property.getSource() != null && property.getSource().getUnderlyingSource() instanceof PropertySource<?> source) {
            Object raw = source.getProperty(property.getName().toString());
            Matcher placeholder = PLACEHOLDER.matcher(String.valueOf(raw));
            if (raw != null && placeholder.find()) {
                return placeholder.group(1);
            }
        }
        return null;
    }

    private static String firstLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
