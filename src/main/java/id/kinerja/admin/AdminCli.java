package id.kinerja.admin;

import id.kinerja.employee.Requester;
import id.kinerja.text.ConsoleLanguage;
import id.kinerja.text.Language;
import id.kinerja.text.Texts;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;

/**
 * Entry point of the command-line tasks (docs/SPEC.md §4): the same jar, no web server, no bot. Results go
 * to stdout, problems to stderr one line each, in the language of {@code kinerja.cli.language}
 * ({@code KINERJA_CLI_LANGUAGE}: usage help and usage mistakes too, which are read before Spring starts); the
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
        Texts texts = ConsoleLanguage.texts();
        String configured = ConsoleLanguage.configuredValue();
        Optional<Language> language = ConsoleLanguage.parse(configured);
        if (language.isEmpty()) {
            err.println(new ConsoleTexts(texts, Language.ID).get("cli.bad_language", "value", configured));
            return AdminCommand.USAGE;
        }
        LazyContext context = new LazyContext(application);
        try {
            // no Spring for help, version or an unknown command: nothing runs, so nothing needs the database
            boolean withoutContext = onlyHelp(args) || !isCommand(args[0]);
            return execute(withoutContext ? null : context, null, new ConsoleTexts(texts, language.get()), out, err,
                    args);
        } finally {
            context.close();
        }
    }

    /** Runs one command against an existing application context (tests use this). */
    static int execute(ApplicationContext context, PrintWriter out, PrintWriter err, String... args) {
        return execute(context, null, out, err, args);
    }

    /** As {@link #execute(ApplicationContext, PrintWriter, PrintWriter, String...)}, speaking {@code language}. */
    static int execute(ApplicationContext context, Language language, PrintWriter out, PrintWriter err,
            String... args) {
        Language console = language != null ? language : context.getBean(CliProperties.class).language();
        return execute(() -> context, language, new ConsoleTexts(context.getBean(Texts.class), console), out, err,
                args);
    }

    /** Parses and runs without Spring: usage help and usage mistakes only (tests use this). */
    static int withoutContext(ConsoleTexts console, PrintWriter out, PrintWriter err, String... args) {
        return execute(null, null, console, out, err, args);
    }

    /**
     * @param language null for the configured {@code kinerja.cli.language}
     * @param console the texts of help and usage mistakes, available without Spring
     */
    private static int execute(Supplier<? extends ApplicationContext> context, Language language,
            ConsoleTexts console, PrintWriter out, PrintWriter err, String... args) {
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
                    if (!ConsoleFailureReporter.reported(e)) { // a start-up failure is said once, by its analyzer
                        commandLine.getErr().println(console.get("cli.error", "message", describe(e)));
                    }
                    commandLine.getErr().flush();
                    return AdminCommand.REFUSED;
                });
        HelpTexts.apply(cli, console);
        cli.setParameterExceptionHandler((e, arguments) -> usageError(e, arguments, console));
        int exit;
        try {
            exit = cli.execute(args);
        } catch (CommandLine.InitializationException e) {
            if (!ConsoleFailureReporter.reported(e)) {
                err.println(console.get("cli.error", "message", describe(e)));
            }
            exit = AdminCommand.REFUSED;
        }
        out.flush();
        err.flush();
        return exit;
    }

    /** A usage mistake is one line in the command line's language, with where to read the usage help. */
    private static int usageError(CommandLine.ParameterException e, String[] args, ConsoleTexts console) {
        CommandLine commandLine = e.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println(UsageMistakes.describe(e, args, console));
        err.flush();
        return commandLine.getCommandSpec().exitCodeOnInvalidInput();
    }

    private static ConsoleTexts consoleTexts(ApplicationContext context, Language language) {
        return new ConsoleTexts(context.getBean(Texts.class),
                language != null ? language : context.getBean(CliProperties.class).language());
    }

    static String describe(Throwable e) {
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
