package id.kinerja.employee;

import id.kinerja.spreadsheet.ValidationReport;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Whether a roster file stays inside the importer's {@link AdminScope}: every line's unit is in it (a new unit hangs
 * below a unit in it), no unit is moved under a unit outside it, nobody listed is now in a unit outside it, and no HR
 * admin for a wider part loses the rights. Supervisors may be outside (a lurah's supervisor is the camat).
 */
final class RosterScope {

    /** What the check needs of a stored employee: the unit now and the HR rights with their unit (null: whole). */
    record Stored(String name, long unitId, boolean admin, Long adminUnitId) {}

    private final AdminScope scope;
    private final Map<String, Unit> unitByName = new HashMap<>();
    private final Map<Long, Unit> unitById = new HashMap<>();
    private final Map<String, String> parentInFile = new HashMap<>();

    private RosterScope(AdminScope scope, List<Unit> units, List<RosterRow> rows) {
        this.scope = scope;
        for (Unit unit : units) {
            unitByName.put(unit.name(), unit);
            unitById.put(unit.id(), unit);
        }
        for (RosterRow row : rows) {
            if (row.parentUnit() != null) {
                parentInFile.putIfAbsent(row.unit(), row.parentUnit());
            }
        }
    }

    /** Adds a problem for each line that reaches outside {@code scope}; nothing for the whole organisation. */
    static void check(List<RosterRow> rows, AdminScope scope, List<Unit> units, Map<String, Stored> stored,
            ValidationReport report) {
        if (scope.isWhole()) {
            return;
        }
        new RosterScope(scope, units, rows).check(rows, stored, report);
    }

    private void check(List<RosterRow> rows, Map<String, Stored> stored, ValidationReport report) {
        String root = scope.root().orElseThrow().name();
        for (RosterRow row : rows) {
            Unit unit = unitByName.get(row.unit());
            if (unit == null) {
                String parent = parentInFile.get(row.unit());
                if (parent == null) {
                    report.add(row.line(), "scope.new_top_unit", "unit", row.unit(), "scope", root);
                } else if (!inScope(row.unit(), new HashSet<>())) {
                    report.add(row.line(), "scope.new_unit_outside", "unit", row.unit(), "parent", parent, "scope", root);
                }
            } else if (!scope.coversUnit(unit.id())) {
                report.add(row.line(), "scope.unit_outside", "unit", row.unit(), "scope", root);
            } else if (row.parentUnit() != null && !row.parentUnit().equals(storedParent(unit))
                    && !inScope(row.parentUnit(), new HashSet<>())) {
                report.add(row.line(), "scope.parent_outside", "unit", row.unit(), "parent", row.parentUnit(),
                        "scope", root);
            }
            Stored before = stored.get(row.nip());
            if (before == null) {
                continue;
            }
            if (!scope.coversUnit(before.unitId())) {
                // the stored name of someone outside is not told
                report.add(row.line(), "scope.employee_outside", "nip", row.nip(), "unit", unitName(before.unitId()),
                        "scope", root);
            } else if (before.admin() && Boolean.FALSE.equals(row.admin())
                    && (before.adminUnitId() == null || !scope.coversUnit(before.adminUnitId()))) {
                report.add(row.line(), "scope.wider_admin", "nip", row.nip(), "name", before.name(), "scope", root);
            }
        }
    }

    /** Whether the unit so named lies in the scope once the file's parents are applied to new units. */
    private boolean inScope(String name, Set<String> seen) {
        Unit unit = unitByName.get(name);
        if (unit != null) {
            return scope.coversUnit(unit.id());
        }
        String parent = parentInFile.get(name);
        return parent != null && seen.add(name) && inScope(parent, seen);
    }

    private String storedParent(Unit unit) {
        return unit.parentId() == null ? null
                : unitById.containsKey(unit.parentId()) ? unitById.get(unit.parentId()).name() : null;
    }

    private String unitName(long unitId) {
        Unit unit = unitById.get(unitId);
        return unit == null ? "?" : Objects.requireNonNull(unit.name());
    }
}
