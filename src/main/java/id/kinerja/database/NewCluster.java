package id.kinerja.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The cluster directory ({@code <dataDir>/postgres} or elsewhere, see {@link ClusterLocation}) before its server starts: made private to its owner if it holds
 * no cluster yet, and filled by {@code initdb} with a superuser that needs a new random password
 * ({@link ServerPassword}) and a pg_hba.conf of password rules only ({@link PgHba}).
 */
final class NewCluster {

    private final Path dataDir;
    private final Path serverDirectory;
    private final PgCtl pgCtl;

    /**
     * @param dataDir where the password is kept
     * @param serverDirectory the cluster's parent, reachable by the server's user: initdb's copy of the password
     *        goes there for the moment initdb runs
     */
    NewCluster(Path dataDir, Path serverDirectory, PgCtl pgCtl) {
        this.dataDir = dataDir;
        this.serverDirectory = serverDirectory;
        this.pgCtl = pgCtl;
    }

    /** Whether initdb has made a cluster there already. */
    boolean exists() {
        return Files.isRegularFile(pgCtl.clusterDirectory().resolve("PG_VERSION"));
    }

    /** Without a cluster yet: creates the directory (if needed) with mode 0700, as initdb requires. */
    void prepareDirectory() throws IOException {
        if (!exists()) {
            Path clusterDir = pgCtl.clusterDirectory();
            Files.createDirectories(clusterDir);
            Files.setPosixFilePermissions(clusterDir, PosixFilePermissions.fromString("rwx------"));
        }
    }

    /** Runs initdb (the password file it reads is deleted right after) and returns the superuser's password. */
    String create() throws IOException {
        String password = ServerPassword.create(dataDir);
        Path pwfile = ServerPassword.initdbCopy(serverDirectory, password, pgCtl.runAs());
        try {
            pgCtl.initdb(pwfile).requireSuccess("initdb failed for " + pgCtl.clusterDirectory());
        }
        finally {
            ServerPassword.deleteInitdbCopy(pwfile);
        }
        PgHba.write(pgCtl.clusterDirectory(), pgCtl.runAs());
        return password;
    }
}
