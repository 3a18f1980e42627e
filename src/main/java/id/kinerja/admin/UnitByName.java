package id.kinerja.admin;

import id.kinerja.employee.Unit;
import id.kinerja.employee.Units;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Finds the unit a command-line {@code --unit} names (as the roster's unit column writes it); prints the problem otherwise. */
final class UnitByName {

    private UnitByName() {}

    static Optional<Unit> find(Units units, String raw, AdminCommand command) {
        Optional<Unit> unit = units.byName(raw);
        if (unit.isEmpty()) {
            List<Unit> all = units.all();
            command.refuseWith("cli.no_unit", "unit", raw.trim(), "units", all.isEmpty() ? command.text("cli.no_units_in_roster")
                    : command.text("cli.units_list", "units", all.stream().map(Unit::name).collect(Collectors.joining(", "))));
        }
        return unit;
    }
}
