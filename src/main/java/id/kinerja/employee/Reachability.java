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

    private final JdbcClient jdbc;

    Reachability(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public int notLinked() {
        return jdbc.sql("select count(*) from employee where active and telegram_user_id is null")
                .query(Integer.class).single();
    }

    public List<Unreachable> unreachable() {
        return jdbc.sql("""
                        select e.name, u.name as unit, e.unreachable_reason from employee e join unit u on u.id = e.unit_id
                         where e.active and e.unreachable_at is not null order by e.unreachable_at desc""")
                .query((rs, n) -> new Unreachable(rs.getString("name"), rs.getString("unit"),
                        rs.getString("unreachable_reason")))
                .list();
    }
}
