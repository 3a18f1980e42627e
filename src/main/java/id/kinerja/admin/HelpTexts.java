package id.kinerja.admin;

import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The usage help in the command line's language: picocli reads descriptions from a resource bundle, which is made
 * here from bot-scripts ({@code cli.help.<command>.description}, {@code cli.help.<command>.<option without dashes>},
 * {@code cli.help.<command>.<PARAMETER LABEL>}; an option whose {@code descriptionKey} is a whole key, e.g.
 * {@code scope.cli.unit_option}, that one). A text missing from bot-scripts leaves the annotation's.
 */
final class HelpTexts {

    static final String ROOT = "root";

    private HelpTexts() {}

    /** Gives the command and, after it, each subcommand its bundle (a bundle set on a command reaches its subcommands). */
    static void apply(CommandLine commandLine, ConsoleTexts texts) {
        commandLine.setResourceBundle(bundle(commandLine, texts));
        for (CommandLine subcommand : commandLine.getSubcommands().values()) {
            apply(subcommand, texts);
        }
    }

    /** The part of bot-scripts of a command: its name, {@value #ROOT} for the top level. */
    static String section(CommandLine commandLine) {
        return commandLine.getParent() == null ? ROOT : commandLine.getCommandName();
    }

    /** The keys of bot-scripts a command's help needs (for tests: every one must exist in both languages). */
    static Map<String, String> keys(CommandLine commandLine) {
        String prefix = "cli.help." + section(commandLine) + ".";
        CommandSpec spec = commandLine.getCommandSpec();
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("usage.description", prefix + "description");
        for (OptionSpec option : spec.options()) {
            if (option.usageHelp() || option.versionHelp()) {
                continue;
            }
            // an option shared by several commands names its text itself (e.g. scope.cli.unit_option)
            String own = descriptionKey(option);
            keys.put(own, own.contains(".") ? own : prefix + option.longestName().replaceFirst("^-+", ""));
        }
        for (PositionalParamSpec parameter : spec.positionalParameters()) {
            keys.put(descriptionKey(parameter), prefix + parameter.paramLabel());
        }
        return keys;
    }

    private static String descriptionKey(OptionSpec option) {
        return option.descriptionKey() == null || option.descriptionKey().isEmpty()
                ? option.longestName().replaceFirst("^-+", "") : option.descriptionKey();
    }

    private static String descriptionKey(PositionalParamSpec parameter) {
        return parameter.descriptionKey() == null || parameter.descriptionKey().isEmpty()
                ? parameter.paramLabel() + "[" + parameter.index() + "]" : parameter.descriptionKey();
    }

    private static ResourceBundle bundle(CommandLine commandLine, ConsoleTexts texts) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("usage.synopsisHeading", texts.get("cli.help.usage_heading"));
        values.put("usage.commandListHeading", texts.get("cli.help.commands_heading") + "%n");
        values.put("mixinStandardHelpOptions.help", texts.get("cli.help.help_option"));
        values.put("mixinStandardHelpOptions.version", texts.get("cli.help.version_option"));
        values.put("helpCommand.help", texts.get("cli.help.help.help_option"));
        values.put("helpCommand.command", texts.get("cli.help.help.COMMAND"));
        keys(commandLine).forEach((bundleKey, textKey) -> {
            if (!texts.has(textKey)) {
                return;
            }
            List<String> lines = texts.get(textKey).lines().toList();
            if (bundleKey.equals("usage.description")) {
                for (int i = 0; i < lines.size(); i++) {
                    values.put(bundleKey + "." + i, lines.get(i));
                }
                // a command with a header (picocli's own help command) is listed by it, not by its description
                if (commandLine.getCommandSpec().usageMessage().header().length > 0) {
                    values.put("usage.header.0", lines.get(0));
                }
            } else {
                values.put(bundleKey, String.join(" ", lines));
            }
        });
        return new ResourceBundle() {
            @Override
            protected Object handleGetObject(String key) {
                return values.get(key);
            }

            @Override
            public Enumeration<String> getKeys() {
                return Collections.enumeration(values.keySet());
            }
        };
    }
}
