package id.kinerja.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** How PostgreSQL binaries are launched: directly, or as nobody when this JVM is root. */
final class RunAs {

    static final String UNPRIVILEGED_USER = "nobody";

    private final List<String> prefix;
    private final int uid;
    private final int gid;

    private RunAs(List<String> prefix, int uid, int gid) {
        this.prefix = prefix;
        this.uid = uid;
        this.gid = gid;
    }

    static RunAs detect() {
        if (effectiveUid() != 0) {
            return new RunAs(List.of(), -1, -1);
        }
        RunAs plain = new RunAs(List.of(), -1, -1);
        int uid = parseId(plain.run(null, 10, "id", "-u", UNPRIVILEGED_USER), "user id");
        int gid = parseId(plain.run(null, 10, "id", "-g", UNPRIVILEGED_USER), "group id");
        List<String> prefix;
        if (Files.isExecutable(Path.of("/usr/bin/setpriv")) || Files.isExecutable(Path.of("/bin/setpriv"))) {
            prefix = List.of("setpriv", "--reuid=" + uid, "--regid=" + gid, "--clear-groups", "--");
        }
        else if (Files.isExecutable(Path.of("/usr/sbin/runuser")) || Files.isExecutable(Path.of("/sbin/runuser"))) {
            prefix = List.of("runuser", "-u", UNPRIVILEGED_USER, "--");
        }
        else {
            throw new IllegalStateException("PostgreSQL cannot run as root and neither setpriv nor runuser is "
                    + "available to run it as '" + UNPRIVILEGED_USER + "'; run the bot as a normal user or set "
                    + "SPRING_DATASOURCE_URL to use an external PostgreSQL");
        }
        return new RunAs(prefix, uid, gid);
    }

    static int effectiveUid() {
        try {
            return (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid");
        }
        catch (IOException | UnsupportedOperationException | IllegalArgumentException ex) {
            return "root".equals(System.getProperty("user.name")) ? 0 : -1;
        }
    }

    private static int parseId(Result result, String what) {
        try {
            return Integer.parseInt(result.requireSuccess("Cannot find the " + what + " of '"
                    + UNPRIVILEGED_USER + "' (needed because PostgreSQL cannot run as root)").output().strip());
        }
        catch (NumberFormatException ex) {
            throw new IllegalStateException("Unexpected output of id: " + result.output(), ex);
        }
    }

    boolean switchesUser() {
        return !prefix.isEmpty();
    }

    /** As root: hand the cluster and log to nobody and check that nobody can reach everything. */
    void prepare(Path installation, Path clusterDir, Path logFile) throws IOException {
        if (!switchesUser()) {
            return;
        }
        chownRecursively(clusterDir);
        chown(logFile);
        requireAccessible(installation.resolve("bin/postgres"), "-x", false,
                "the PostgreSQL binaries extracted there (check java.io.tmpdir)");
        requireAccessible(clusterDir, "-w", true, "the data directory; set KINERJA_DATA_DIR to a directory "
                + "whose parents are all traversable by " + UNPRIVILEGED_USER + ", such as /var/lib/kinerja");
        requireAccessible(logFile, "-w", true, "the log file");
    }

    /** @param dataDirectory whether {@code path} lies where KINERJA_DATA_DIR chooses (not the binaries) */
    private void requireAccessible(Path path, String testFlag, boolean dataDirectory, String advice) {
        Result result = run(null, 10, "test", testFlag, path.toString());
        if (result.exitCode() != 0) {
            String message = "The bot runs as root, so PostgreSQL runs as '" + UNPRIVILEGED_USER + "', but '"
                    + UNPRIVILEGED_USER + "' cannot access " + path + " because a parent directory "
                    + "is not traversable by others (chmod o+x) - " + advice + ".";
            if (!dataDirectory) {
                throw new IllegalStateException(message);
            }
            throw new DataDirectoryUnusable(DataDirectoryUnusable.Reason.SERVER_USER_CANNOT_REACH, path, message, null);
        }
    }

    /** Whether the server's user can enter {@code directory} (and every directory on the way to it). */
    boolean canEnter(Path directory) {
        return !switchesUser() || run(null, 10, "test", "-d", directory.toString(), "-a", "-x", directory.toString())
                .exitCode() == 0;
    }

    /** Whether the server's user can enter {@code directory} and create files in it. */
    boolean canWrite(Path directory) {
        return !switchesUser() || run(null, 10, "test", "-x", directory.toString(), "-a", "-w", directory.toString())
                .exitCode() == 0;
    }

    /**
     * From its owner, group and mode alone: whether the server's user may enter this one directory (the parents are
     * not looked at). For messages; {@link #canEnter(Path)} decides.
     */
    boolean mayEnter(Path directory) {
        if (!switchesUser()) {
            return true;
        }
        try {
            Map<String, Object> attributes = Files.readAttributes(directory, "unix:uid,gid,mode");
            int mode = (Integer) attributes.get("mode");
            if (Integer.valueOf(uid).equals(attributes.get("uid"))) {
                return (mode & 0100) != 0;
            }
            if (Integer.valueOf(gid).equals(attributes.get("gid"))) {
                return (mode & 0010) != 0;
            }
            return (mode & 0001) != 0;
        }
        catch (IOException | RuntimeException ex) {
            return false;
        }
    }

    /** As root: hands this file or directory to the user the server runs as; otherwise does nothing. */
    void giveToServerUser(Path path) throws IOException {
        if (switchesUser()) {
            chown(path);
        }
    }

    private void chownRecursively(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                chown(path);
            }
        }
    }

    private void chown(Path path) throws IOException {
        Map<String, Object> attributes = Files.readAttributes(path, "unix:uid,gid", LinkOption.NOFOLLOW_LINKS);
        if (!Integer.valueOf(uid).equals(attributes.get("uid"))) {
            Files.setAttribute(path, "unix:uid", uid, LinkOption.NOFOLLOW_LINKS);
        }
        if (!Integer.valueOf(gid).equals(attributes.get("gid"))) {
            Files.setAttribute(path, "unix:gid", gid, LinkOption.NOFOLLOW_LINKS);
        }
    }

    /** Runs {@code command} as the server's user (see {@link CommandRun}). */
    Result run(Path workingDirectory, long timeoutSeconds, String... command) {
        List<String> fullCommand = new ArrayList<>(prefix);
        fullCommand.addAll(List.of(command));
        return CommandRun.run(workingDirectory, timeoutSeconds, fullCommand);
    }
}
