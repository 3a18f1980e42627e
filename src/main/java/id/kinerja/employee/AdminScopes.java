package id.kinerja.employee;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reads the {@link AdminScope} of whoever asks: an HR admin's granted subtree, or the command line's {@code --unit}. */
@Service
public class AdminScopes {

    private final JdbcClient jdbc;
    private final Units units;

    AdminScopes(JdbcClient jdbc, Units units) {
        this.jdbc = jdbc;
        this.units = units;
    }

    /** The scope of an HR requester; refuses ({@link Requester.NotHr}) anyone without HR rights. */
    public AdminScope of(Requester requester) {
        requester.requireHr();
        Optional<Long> unitId = requester.employee().isPresent()
                ? jdbc.sql("select admin_unit_id from employee where id = ?").param(requester.employee().get().id())
                        .query((rs, row) -> (Long) rs.getObject(1)).optional().flatMap(Optional::ofNullable)
                : requester.commandLineUnit();
        return unitId.flatMap(units::byId).map(this::subtreeOf).orElse(AdminScope.whole());
    }

    /** The scope of an HR admin in the chat. */
    public AdminScope of(Employee admin) {
        return of(Requester.of(admin));
    }

    /** One unit and everything below it. */
    public AdminScope subtreeOf(Unit unit) {
        return AdminScope.of(unit, units.subtree(unit.id()));
    }
}
