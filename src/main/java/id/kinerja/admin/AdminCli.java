package id.kinerja.admin;

import java.util.Set;

/** Entry point of the command-line tasks; the real implementation is in progress. */
public final class AdminCli {

    private static final Set<String> COMMANDS = Set.of("import-roster", "open-period", "close-period",
            "import-indicators", "import-evaluations", "link-code", "link-codes", "grant-admin", "export-recap",
            "demo", "help");

    private AdminCli() {}

    public static boolean isCommand(String name) {
        return COMMANDS.contains(name);
    }

    public static int run(String[] args) {
        throw new UnsupportedOperationException("command line not built yet");
    }
}
