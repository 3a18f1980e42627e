package id.kinerja.admin;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * A usage mistake (unknown command or option, missing or bad value) as one line in the command line's language,
 * ending with where to read the usage help — instead of picocli's English message and the whole usage text.
 */
final class UsageMistakes {

    private UsageMistakes() {}

    static String describe(CommandLine.ParameterException e, String[] args, ConsoleTexts texts) {
        CommandLine commandLine = e.getCommandLine();
        boolean topLevel = commandLine.getParent() == null;
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched && topLevel && args.length > 0
                && !args[0].startsWith("-")) {
            String line = texts.get("cli.usage.unknown_command", "command", args[0]);
            if (!unmatched.getSuggestions().isEmpty()) {
                line += " " + texts.get("cli.usage.did_you_mean", "commands", String.join(", ", unmatched.getSuggestions()));
            }
            return line + " " + texts.get("cli.usage.see_commands");
        }
        String command = topLevel ? "help" : commandLine.getCommandName();
        return problem(e, command, texts) + " " + (topLevel ? texts.get("cli.usage.see_commands")
                : texts.get("cli.usage.see_help", "command", command));
    }

    private static String problem(CommandLine.ParameterException e, String command, ConsoleTexts texts) {
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            return texts.get("cli.usage.unknown_argument", "command", command, "argument", unmatched.getUnmatched().get(0));
        }
        if (e instanceof CommandLine.MissingParameterException missing && !missing.getMissing().isEmpty()) {
            return texts.get("cli.usage.missing", "command", command, "names",
                    missing.getMissing().stream().map(UsageMistakes::name).collect(Collectors.joining(", ")));
        }
        if (e instanceof CommandLine.OverwrittenOptionException overwritten && overwritten.getOverwritten() != null) {
            return texts.get("cli.usage.repeated", "command", command, "name", name(overwritten.getOverwritten()));
        }
        if (e.getArgSpec() != null && e.getValue() != null) {
            String line = texts.get("cli.usage.invalid_value", "command", command, "value", e.getValue(),
                    "name", name(e.getArgSpec()));
            Class<?> type = e.getArgSpec().type();
            if (type != null && type.isEnum()) {
                line += " " + texts.get("cli.usage.choices", "choices", Arrays.stream(type.getEnumConstants())
                        .map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", ")));
            }
            return line;
        }
        return texts.get("cli.usage.other", "command", command);
    }

    private static String name(ArgSpec spec) {
        if (spec instanceof OptionSpec option) {
            return option.longestName();
        }
        return ((PositionalParamSpec) spec).paramLabel().toUpperCase(Locale.ROOT);
    }

}
