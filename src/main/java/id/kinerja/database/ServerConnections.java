package id.kinerja.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/** JDBC connections of the superuser to the server on {@link PgCtl#HOST}:{@code port}, and what starting needs them for. */
record ServerConnections(Path clusterDirectory, Path passwordFile, int port, String password) {

    static final String DATABASE_NAME = "kinerja";
    private static final String MAINTENANCE_DATABASE = "postgres";

    String jdbcUrl(String database) {
        return "jdbc:postgresql://" + PgCtl.HOST + ":" + port + "/" + database;
    }

    Connection connect(String database, String withPassword) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", PgCtl.SUPERUSER);
        properties.setProperty("password", withPassword);
        properties.setProperty("connectTimeout", "5");
        Connection connection = new org.postgresql.Driver().connect(jdbcUrl(database), properties);
        if (connection == null) {
            throw new SQLException("PostgreSQL driver rejected " + jdbcUrl(database));
        }
        return connection;
    }

    /** For an attached server: it may still be starting up or recovering after a crash. */
    void awaitConnectable(String withPassword, long timeoutSeconds) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (true) {
            try (Connection ignored = connect(MAINTENANCE_DATABASE, withPassword)) {
                return;
            }
            catch (SQLException ex) {
                if (ex.getSQLState() != null && ex.getSQLState().startsWith("28")) { // refused credentials
                    throw new IllegalStateException("PostgreSQL in " + clusterDirectory + " refuses the password in "
                            + passwordFile + ": " + ex.getMessage(), ex);
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("PostgreSQL in " + clusterDirectory + " is running (see "
                            + clusterDirectory.resolve("postmaster.pid") + ") but does not accept connections on "
                            + PgCtl.HOST + ":" + port + ": " + ex.getMessage(), ex);
                }
                sleep(200);
            }
        }
    }

    /** See {@link TrustMigration}. */
    void migrateToPassword(RunAs runAs, long timeoutSeconds) {
        TrustMigration.run(clusterDirectory, passwordFile, PgCtl.SUPERUSER, password,
                withPassword -> connect(MAINTENANCE_DATABASE, withPassword), runAs, timeoutSeconds);
    }

    /** Creates the application's database unless it exists (another process may create it at the same time). */
    void createApplicationDatabase() {
        try (Connection connection = connect(MAINTENANCE_DATABASE, password);
                Statement statement = connection.createStatement()) {
            boolean exists;
            try (ResultSet rs = statement.executeQuery(
                    "SELECT 1 FROM pg_database WHERE datname = '" + DATABASE_NAME + "'")) {
                exists = rs.next();
            }
            if (!exists) {
                try {
                    statement.execute("CREATE DATABASE " + DATABASE_NAME);
                }
                catch (SQLException ex) {
                    if (!"42P04".equals(ex.getSQLState())) { // duplicate_database: created concurrently
                        throw ex;
                    }
                }
            }
        }
        catch (SQLException ex) {
            throw new IllegalStateException("Cannot create database '" + DATABASE_NAME + "' in embedded PostgreSQL on "
                    + PgCtl.HOST + ":" + port + ": " + ex.getMessage(), ex);
        }
    }

    /** Never the password. */
    @Override
    public String toString() {
        return "ServerConnections[" + PgCtl.HOST + ":" + port + ", " + clusterDirectory + "]";
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for embedded PostgreSQL", ex);
        }
    }
}
