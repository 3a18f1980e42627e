package id.kinerja.reliability;

import id.kinerja.support.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * A database of its own for a test class, created empty on the test server (the one {@link TestDatabase} runs), so
 * the application processes it starts migrate and use it without touching the shared test database.
 */
record FreshDatabase(String jdbcUrl, String username, String password) {

    private static final Pattern URL = Pattern.compile("^(jdbc:postgresql://[^/]+/)([^?]*)(.*)$");

    /** Drops the database of that name if a previous run left it, and creates it empty. */
    static FreshDatabase create(String name) {
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain database name: " + name);
        }
        String serverUrl = TestDatabase.jdbcUrl();
        Matcher matcher = URL.matcher(serverUrl);
        if (!matcher.matches()) {
            throw new IllegalStateException("unexpected test database URL " + serverUrl);
        }
        try (Connection connection = DriverManager.getConnection(serverUrl, TestDatabase.username(),
                TestDatabase.password());
             Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name + " on " + serverUrl, e);
        }
        return new FreshDatabase(matcher.group(1) + name + matcher.group(3), TestDatabase.username(),
                TestDatabase.password());
    }

    JdbcClient jdbc() {
        return JdbcClient.create(new SimpleDriverDataSource(new org.postgresql.Driver(), jdbcUrl, username, password));
    }
}
