package id.kinerja.account;

import id.kinerja.employee.Employee;
import java.time.Instant;

/** What came of an attempt to link a Telegram account with a code. */
public sealed interface LinkOutcome {

    /** Linked; {@code previousTelegramUserId} is the account the binding moved away from, if any. */
    record Linked(Employee employee, Long previousTelegramUserId) implements LinkOutcome {}

    /** Wrong, used, revoked or expired: deliberately indistinguishable to the person trying. */
    record Refused(int attemptsLeft) implements LinkOutcome {}

    record LockedOut(Instant until) implements LinkOutcome {}
}
