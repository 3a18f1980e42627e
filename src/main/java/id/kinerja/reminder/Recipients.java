package id.kinerja.reminder;

import id.kinerja.employee.Employee;
import id.kinerja.employee.Employees;
import id.kinerja.text.Language;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who can receive a prompt: active employees linked to Telegram, in the language of their account. */
@Repository
class Recipients {

    private final Employees employees;
    private final JdbcClient jdbc;

    Recipients(Employees employees, JdbcClient jdbc) {
        this.employees = employees;
        this.jdbc = jdbc;
    }

    Optional<Employee> employee(long employeeId) {
        return employees.byId(employeeId);
    }

    Optional<Recipient> reachable(Employee employee) {
        if (!employee.active() || !employee.isLinked()) {
            return Optional.empty();
        }
        Language language = jdbc.sql("select language from telegram_account where telegram_user_id = ?")
                .param(employee.telegramUserId()).query(String.class).optional()
                .map(Language::fromCode).orElse(Language.ID);
        return Optional.of(new Recipient(employee, employee.telegramUserId(), language));
    }

    /**
     * Which of these dedupe keys are already in the outbox: lets a tick skip composing slots that are
     * done. Only an optimisation — the outbox's unique key is what guarantees one message per slot.
     */
    Set<String> alreadyQueued(Collection<String> dedupeKeys) {
        if (dedupeKeys.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("select dedupe_key from outbox_message where dedupe_key = any(?)")
                .param(dedupeKeys.toArray(String[]::new)).query(String.class).list());
    }

    record Recipient(Employee employee, long chatId, Language language) {}
}
