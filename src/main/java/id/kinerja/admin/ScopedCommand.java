package id.kinerja.admin;

import id.kinerja.employee.Requester;
import id.kinerja.employee.Units;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * An HR command that acts on the whole organisation, or with {@code --unit UNIT} on that unit and every unit below it
 * only, exactly as an HR admin granted that unit would in the chat ({@link Requester#commandLineWithin}).
 */
abstract class ScopedCommand extends AdminCommand {

    @Option(names = "--unit", paramLabel = "UNIT", descriptionKey = "scope.cli.unit_option",
            description = "limit the run to this unit and every unit below it (the unit's name as in the roster)")
    String unit;

    /** Who the use cases are asked for; empty (the problem printed) when no unit has the {@code --unit} name. */
    Optional<Requester> requester(Units units) {
        if (unit == null) {
            return Optional.of(Requester.commandLine());
        }
        return UnitByName.find(units, unit, this).map(Requester::commandLineWithin);
    }
}
