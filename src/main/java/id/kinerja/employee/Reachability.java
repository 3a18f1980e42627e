package id.kinerja.employee;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who the bot cannot reach: not linked yet, or marked unreachable (blocked the bot, chat gone). */
@Repository
public class Reachability {

    /** {@code reason}: the refusal as the Bot API wrote it (for operators); HR reads {@link #cause()}. */
    public record Unreachable(String name, String unit, String reason) {
        public UnreachableCause cause() {
            return UnreachableCause.of(reason);
        }
    }

    /** Someone on the roster, by name and unit (for HR's lists). */
    public record Person(String name, String unit) {}

    private final JdbcClient jdbc;

    Reachability(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public int notLinked() {
        return jdbc.sql("select count(*) from employee where active and telegram_user_id is null")
                .query(Integer.class).single();
    }

    public List<Unreachable> unreachable() {
        return unreachable(AdminScope.whole());
    }

    /** The active employees in scope not linked to Telegram yet. */
    public int notLinked(AdminScope scope) {
        return jdbc.sql("select count(*) from employee e where e.active and e.telegram_user_id is null and "
                + scope.sqlCondition("e.unit_id")).query(Integer.class).single();
    }

    /** The active employees in scope not linked to Telegram yet, by unit and name. */
    public List<Person> notLinkedPeople(AdminScope scope) {
        return jdbc.sql("select e.name, u.name as unit from employee e join unit u on u.id = e.unit_id"
                        + " where e.active and e.telegram_user_id is null and " + scope.sqlCondition("e.unit_id")
                        + " order by u.name, e.name, e.id")
                .query((rs, n) -> new Person(rs.getString("name"), rs.getString("unit"))).list();
    }

    /** The active employees in scope the bot could not reach (blocked it, never pressed Start, …), latest first. */
    public List<Unreachable> unreachable(AdminScope scope) {
        return jdbc.sql("select e.name, u.name as unit, e.unreachable_reason from employee e join unit u on u.id = e.unit_id"
                        + " where e.active and e.unreachable_at is not null and " + scope.sqlCondition("e.unit_id")
                        + " order by e.unreachable_at desc, e.id")
                .query((rs, n) -> new Unreachable(rs.getString("name"), rs.getString("unit"),
                        rs.getString("unreachable_reason")))
                .list();
    }
}
