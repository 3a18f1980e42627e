package id.kinerja.employee;

import java.util.Objects;
import java.util.Optional;

/**
 * Who asks a use case for something: an employee in the chat, or the command line. Whoever runs the
 * command line has the server, so it is HR by definition; an employee is HR when the roster says so.
 * Use cases that only HR may run (imports, the recap) call {@link #requireHr()} themselves; what part of the
 * organisation HR acts on is its {@link AdminScope} ({@link AdminScopes#of(Requester)}).
 */
public final class Requester {

    private static final Requester COMMAND_LINE = new Requester(null, null);

    private final Employee employee;
    private final Long commandLineUnitId;

    private Requester(Employee employee, Long commandLineUnitId) {
        this.employee = employee;
        this.commandLineUnitId = commandLineUnitId;
    }

    /** The command line acting on the whole organisation. */
    public static Requester commandLine() {
        return COMMAND_LINE;
    }

    /** The command line acting on one unit subtree ({@code --unit}): its {@link AdminScope} is that subtree. */
    public static Requester commandLineWithin(Unit unit) {
        return new Requester(null, unit.id());
    }

    public static Requester of(Employee employee) {
        return new Requester(Objects.requireNonNull(employee, "employee"), null);
    }

    /** The unit the command line was limited to; empty for an employee or the whole organisation. */
    Optional<Long> commandLineUnit() {
        return Optional.ofNullable(commandLineUnitId);
    }

    /** The employee asking; empty for the command line. */
    public Optional<Employee> employee() {
        return Optional.ofNullable(employee);
    }

    public boolean isHr() {
        return employee == null || employee.admin();
    }

    /** Refuses anyone without HR rights, before the use case reads or writes anything. */
    public void requireHr() {
        if (!isHr()) {
            throw new NotHr(this);
        }
    }

    /** Who the audit log names: {@code cli}, or {@code employee:<NIP>}. */
    public String auditActor() {
        if (employee != null) {
            return "employee:" + employee.nip();
        }
        return commandLineUnitId == null ? "cli" : "cli:unit:" + commandLineUnitId;
    }

    @Override
    public String toString() {
        return auditActor();
    }

    /** Raised by a use case that only HR may run, asked by someone else; nothing was read or written. */
    public static final class NotHr extends RuntimeException {
        NotHr(Requester requester) {
            super(requester.auditActor() + " has no HR rights");
        }
    }
}
