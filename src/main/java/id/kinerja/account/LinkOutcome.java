package id.kinerja.account;

import id.kinerja.employee.Employee;
import java.time.Instant;

/** What came of an attempt to link a Telegram account with a code. */
public sealed interface LinkOutcome {

    /**
     * Linked; {@code previousTelegramUserId} is the account the binding moved away from, if any, and
     * {@code replaced} the employee this account was linked as before, if another one.
     */
    record Linked(Employee employee, Long previousTelegramUserId, Employee replaced) implements LinkOutcome {}

    /**
     * A good code, but this account is linked as someone else: nothing changed and the code is not
     * used until the person confirms with {@link LinkingAccount#confirmSwitch}, naming the code by its hash.
     */
    record SwitchAsked(Employee current, Employee requested, String codeHash) implements LinkOutcome {}

    /** Wrong, used, revoked or expired: deliberately indistinguishable to the person trying. */
    record Refused(int attemptsLeft) implements LinkOutcome {}

    record LockedOut(Instant until) implements LinkOutcome {}
}
