package id.kinerja.employee;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The part of the organisation an HR admin acts on: the whole organisation, or one unit and every unit below it.
 * The one place that says whether a unit, an employee or a row is inside; everything HR sees and does
 * ({@code /admin}, exports, imports, reminders, link codes) asks it. Read it with {@link AdminScopes#of(Requester)}.
 */
public final class AdminScope {

    private static final AdminScope WHOLE = new AdminScope(null, null);

    private final Unit root;
    private final Set<Long> unitIds;

    private AdminScope(Unit root, Set<Long> unitIds) {
        this.root = root;
        this.unitIds = unitIds;
    }

    /** The whole organisation. */
    public static AdminScope whole() {
        return WHOLE;
    }

    /** {@code root} and the units below it ({@code subtree} includes root, in tree order). */
    static AdminScope of(Unit root, List<Unit> subtree) {
        return new AdminScope(root, subtree.stream().map(Unit::id).collect(Collectors.toUnmodifiableSet()));
    }

    public boolean isWhole() {
        return root == null;
    }

    /** The unit at the top of the subtree; empty for the whole organisation. */
    public Optional<Unit> root() {
        return Optional.ofNullable(root);
    }

    public boolean coversUnit(long unitId) {
        return unitIds == null || unitIds.contains(unitId);
    }

    public boolean covers(Employee employee) {
        return coversUnit(employee.unitId());
    }

    /**
     * An SQL condition on a unit id column: {@code true} for the whole organisation, else {@code column in (…)}
     * with the subtree's ids as literals (numbers, so nothing to escape), e.g. {@code scope.sqlCondition("e.unit_id")}.
     */
    public String sqlCondition(String column) {
        if (unitIds == null) {
            return "true";
        }
        return column + " in (" + unitIds.stream().sorted().map(String::valueOf).collect(Collectors.joining(", ")) + ")";
    }

    @Override
    public String toString() {
        return root == null ? "whole organisation" : "unit:" + root.id() + " " + root.name();
    }
}
