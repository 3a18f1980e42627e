package id.kinerja.admin;

import id.kinerja.employee.Requester;
import id.kinerja.text.Language;
import id.kinerja.text.Texts;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;

/**
 * Entry point of the command-line tasks (docs/SPEC.md §4): the same jar, no web server, no bot. Results go
 * to stdout, problems to stderr one line each, in the language of {@code kinerja.cli.language}; the
 * exit code is 0 on success, 1 when the task was refused and 2 for a usage error. Spring starts only
 * when a task needs it, so {@code help} works without a database.
 */
final class AdminCli {

    /** The audit-log actor of every command-line action. */
    static final String ACTOR = Requester.commandLine().auditActor();

    private static final Set<String> HELP_OPTIONS = Set.of("-h", "--help", "-V", "--version");

    /** The names of the subcommands of {@link KinerjaCommands} (the one list of them), and the help options. */
    private static final Set<String> COMMANDS = commandNames();

    private AdminCli() {}

    private static Set<String> commandNames() {
        Set<String> names = new java.util.HashSet<>(Set.of("--help", "-h"));
        for (Class<?> command : KinerjaCommands.class.getAnnotation(CommandLine.Command.class).subcommands()) {
            names.add(command.getAnnotation(CommandLine.Command.class).name());
        }
        return Set.copyOf(names);
    }

    public static boolean isCommand(String name) {
        return COMMANDS.contains(name);
    }

    /**
     * Whether these arguments are for the command line rather than a bot start: a command, help or version, or any
     * first word that is not a {@code --property=value} of the bot, so that a mistyped command is reported as
     * unknown instead of starting a second bot.
     */
    public static boolean handles(String... args) {
        return args.length > 0 && (isCommand(args[0]) || HELP_OPTIONS.contains(args[0]) || !args[0].startsWith("--"));
    }

    /** Runs one command in a context of {@code application} (the application class) started for it, then exits. */
    public static int run(Class<?> application, String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        LazyContext context = new LazyContext(application);
        try {
            // no Spring for help, version or an unknown command: nothing runs, so nothing needs the database
            boolean withoutContext = onlyHelp(args) || !isCommand(args[0]);
            return execute(withoutContext ? null : context, null, out, err, args);
        } finally {
            context.close();
        }
    }

    /** Runs one command against an existing application context (tests use this). */
    static int execute(ApplicationContext context, PrintWriter out, PrintWriter err, String... args) {
        return execute(() -> context, null, out, err, args);
    }

    /** As {@link #execute(ApplicationContext, PrintWriter, PrintWriter, String...)}, speaking {@code language}. */
    static int execute(ApplicationContext context, Language language, PrintWriter out, PrintWriter err,
            String... args) {
        return execute(() -> context, language, out, err, args);
    }

    /** @param language null for the configured {@code kinerja.cli.language} */
    private static int execute(Supplier<? extends ApplicationContext> context, Language language, PrintWriter out,
            PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(KinerjaCommands.class, new SpringCommandFactory(context))
                .setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionStrategy(parsed -> {
                    CommandLine chosen = parsed.asCommandLineList().get(parsed.asCommandLineList().size() - 1);
                    if (chosen.getCommand() instanceof AdminCommand command) {
                        command.writeTo(chosen.getOut(), chosen.getErr(),
                                () -> consoleTexts(context.get(), language));
                    }
                    return new CommandLine.RunLast().execute(parsed);
                })
                .setExecutionExceptionHandler((e, commandLine, parsed) -> {
                    commandLine.getErr().println("error: " + describe(e));
                    commandLine.getErr().flush();
                    return 1;
                });
        CommandLine.IParameterExceptionHandler standard = cli.getParameterExceptionHandler();
        cli.setParameterExceptionHandler((e, arguments) -> usageError(e, arguments, standard));
        int exit;
        try {
            exit = cli.execute(args);
        } catch (CommandLine.InitializationException e) {
            err.println("error: could not start: " + describe(e));
            exit = 1;
        }
        out.flush();
        err.flush();
        return exit;
    }

    /** An unknown command is named as such (with picocli's suggestion); other usage errors as picocli says them. */
    private static int usageError(CommandLine.ParameterException e, String[] args,
            CommandLine.IParameterExceptionHandler standard) throws Exception {
        CommandLine commandLine = e.getCommandLine();
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched && commandLine.getParent() == null
                && args.length > 0 && !args[0].startsWith("-")) {
            PrintWriter err = commandLine.getErr();
            err.println("error: unknown command '" + args[0] + "'");
            if (!unmatched.getSuggestions().isEmpty()) {
                err.println("Did you mean: " + String.join(", ", unmatched.getSuggestions()) + "?");
            }
            err.println("Run 'java -jar target/kinerja-bot.jar help' to list the commands.");
            err.flush();
            return commandLine.getCommandSpec().exitCodeOnInvalidInput();
        }
        return standard.handleParseException(e, args);
    }

    private static ConsoleTexts consoleTexts(ApplicationContext context, Language language) {
        return new ConsoleTexts(context.getBean(Texts.class),
                language != null ? language : context.getBean(CliProperties.class).language());
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message);
    }

    /** Only usage help is asked for: commands are then created without Spring, for their annotations only. */
    static boolean onlyHelp(String... args) {
        return args.length == 0 || args[0].equals("help")
                || Arrays.stream(args).anyMatch(a -> HELP_OPTIONS.contains(a));
    }

    /**
     * The Spring context, started on first use without web server and without the bot. The settings
     * are passed as command-line arguments because those take precedence over application.yml. The
     * scheduler does not start: a command must not send reminders.
     */
    private static final class LazyContext implements Supplier<ConfigurableApplicationContext> {
        private final Class<?> application;
        private ConfigurableApplicationContext context;
        private RuntimeException failure;

        LazyContext(Class<?> application) {
            this.application = application;
        }

        @Override
        public ConfigurableApplicationContext get() {
            if (failure != null) {
                throw failure;
            }
            if (context == null) {
                try {
                    context = new SpringApplicationBuilder(application)
                            .web(WebApplicationType.NONE)
                            .logStartupInfo(false)
                            .run("--kinerja.telegram.enabled=false", "--spring.main.banner-mode=off",
                                    "--logging.level.root=WARN", "--spring.quartz.auto-startup=false");
                } catch (RuntimeException e) {
                    failure = e;
                    throw e;
                }
            }
            return context;
        }

        void close() {
            if (context != null) {
                context.close();
            }
        }
    }
}
