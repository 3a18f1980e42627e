package id.kinerja.reminder;

import id.kinerja.employee.Employee;
import id.kinerja.employee.Employees;
import id.kinerja.text.Language;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import id.kinerja.account.AccountLanguage;
import id.kinerja.outbox.Outbox;
import org.springframework.stereotype.Repository;

/** Who can receive a prompt: active employees linked to Telegram, in the language of their account. */
@Repository
class Recipients {

    private final Employees employees;
    private final AccountLanguage languages;
    private final Outbox outbox;

    Recipients(Employees employees, AccountLanguage languages, Outbox outbox) {
        this.employees = employees;
        this.languages = languages;
        this.outbox = outbox;
    }

    Optional<Employee> employee(long employeeId) {
        return employees.byId(employeeId);
    }

    Optional<Recipient> reachable(Employee employee) {
        if (!employee.active() || !employee.isLinked()) {
            return Optional.empty();
        }
        return Optional.of(new Recipient(employee, employee.telegramUserId(), languages.of(employee.telegramUserId())));
    }

    Set<String> alreadyQueued(Collection<String> dedupeKeys) {
        return outbox.alreadyQueued(dedupeKeys);
    }

    record Recipient(Employee employee, long chatId, Language language) {}
}
