package id.kinerja.employee;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The roster repository without a Spring context, for integration tests of the modules that call it. */
public final class StandaloneEmployees {

    private StandaloneEmployees() {}

    public static Employees on(JdbcClient jdbc) {
        return new Employees(jdbc);
    }
}
