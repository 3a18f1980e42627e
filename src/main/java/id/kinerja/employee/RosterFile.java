package id.kinerja.employee;

import id.kinerja.spreadsheet.CsvRow;
import id.kinerja.spreadsheet.CsvTable;
import id.kinerja.spreadsheet.Cells;
import id.kinerja.spreadsheet.ValidationReport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a roster table row by row against itself and the stored roster: NIPs, required values,
 * duplicates, supervisors that exist, no supervisor cycles, roles, statuses, unit parents.
 */
final class RosterFile {

    static final List<String> REQUIRED = List.of("nip", "name", "position", "unit", "supervisor_nip");

    /** The longest value of each column, as the employee and unit tables hold them. */
    static final int NAME = 200;
    static final int POSITION = 200;
    static final int UNIT = 200;
    static final Map<String, Integer> LIMITS = Map.of("nip", Cells.CODE, "name", NAME, "position", POSITION,
            "unit", UNIT, "parent_unit", UNIT, "supervisor_nip", Cells.CODE, "role", Cells.CODE, "status", Cells.CODE);

    /** The stored roster as far as validation needs it: supervisor NIP by NIP, parent unit name by unit name. */
    record Stored(Map<String, String> supervisorByNip, Map<String, String> parentByUnit) {}

    private RosterFile() {}

    static List<RosterRow> check(CsvTable table, Stored stored, ValidationReport report) {
        if (!report.requireColumns(table, REQUIRED)) {
            return List.of();
        }
        List<RosterRow> rows = new ArrayList<>();
        Map<String, Integer> lineByNip = new HashMap<>();
        for (CsvRow row : table.rows()) {
            if (Cells.check(row, LIMITS, report)) {
                parse(row, report, lineByNip).ifPresent(rows::add);
            }
        }
        checkSupervisors(rows, lineByNip, stored, report);
        checkUnits(rows, stored, report);
        return rows;
    }

    private static Optional<RosterRow> parse(CsvRow row, ValidationReport report, Map<String, Integer> lineByNip) {
        int line = row.line();
        boolean valid = true;
        Nip.Kind kind = Nip.Kind.PNS;
        String status = row.get("status").toUpperCase(Locale.ROOT);
        if (status.equals("PPPK")) {
            kind = Nip.Kind.PPPK;
        } else if (!status.isEmpty() && !status.equals("PNS")) {
            report.add(line, "problems.unknown_status", "value", row.get("status"));
            valid = false;
        }
        String nip = Nip.normalise(row.get("nip"));
        if (nip.isEmpty()) {
            report.add(line, "problems.empty_value", "column", "nip");
            valid = false;
        } else {
            Optional<Nip.Problem> problem = Nip.check(nip, kind);
            if (problem.isPresent()) {
                report.add(line, NipProblems.key(problem.get()), "nip", row.get("nip"));
                valid = false;
            } else if (lineByNip.containsKey(nip)) {
                report.add(line, "problems.duplicate_nip", "nip", nip, "first", lineByNip.get(nip));
                valid = false;
            } else {
                lineByNip.put(nip, line);
            }
        }
        for (String column : List.of("name", "position", "unit")) {
            if (row.isBlank(column)) {
                report.add(line, "problems.empty_value", "column", column);
                valid = false;
            }
        }
        Boolean admin = null;
        String role = row.get("role").toUpperCase(Locale.ROOT);
        switch (role) {
            case "" -> admin = null;
            case "ADMIN", "HR" -> admin = true;
            case "EMPLOYEE", "PEGAWAI" -> admin = false;
            default -> {
                report.add(line, "problems.unknown_role", "value", row.get("role"));
                valid = false;
            }
        }
        String supervisor = Nip.normalise(row.get("supervisor_nip"));
        String parent = row.get("parent_unit");
        if (!valid) {
            return Optional.empty();
        }
        return Optional.of(new RosterRow(line, nip, row.get("name"), row.get("position"), row.get("unit"),
                parent.isEmpty() ? null : parent, supervisor.isEmpty() ? null : supervisor, admin,
                status.isEmpty() ? null : kind));
    }

    private static void checkSupervisors(List<RosterRow> rows, Map<String, Integer> lineByNip, Stored stored,
            ValidationReport report) {
        Map<String, String> supervisorOf = new HashMap<>(stored.supervisorByNip());
        for (RosterRow row : rows) {
            supervisorOf.put(row.nip(), row.supervisorNip());
        }
        for (RosterRow row : rows) {
            String supervisor = row.supervisorNip();
            if (supervisor == null) {
                continue;
            }
            if (supervisor.equals(row.nip())) {
                report.add(row.line(), "problems.own_supervisor", "nip", row.nip());
            } else if (!lineByNip.containsKey(supervisor) && !stored.supervisorByNip().containsKey(supervisor)) {
                report.add(row.line(), "problems.unknown_supervisor", "nip", supervisor);
            } else {
                cycleThrough(row.nip(), supervisorOf).ifPresent(cycle ->
                        report.add(row.line(), "problems.supervisor_cycle", "cycle", cycle));
            }
        }
    }

    /** The chain {@code A → B → A} when following supervisors from {@code nip} comes back to it. */
    private static Optional<String> cycleThrough(String nip, Map<String, String> supervisorOf) {
        Set<String> chain = new LinkedHashSet<>();
        String current = nip;
        while (current != null && chain.add(current)) {
            current = supervisorOf.get(current);
        }
        if (nip.equals(current)) {
            return Optional.of(String.join(" → ", chain) + " → " + nip);
        }
        return Optional.empty();
    }

    private static void checkUnits(List<RosterRow> rows, Stored stored, ValidationReport report) {
        Map<String, String> parentOf = new HashMap<>(stored.parentByUnit());
        Map<String, RosterRow> firstParentLine = new HashMap<>();
        for (RosterRow row : rows) {
            if (row.parentUnit() == null) {
                continue;
            }
            RosterRow first = firstParentLine.putIfAbsent(row.unit(), row);
            if (row.parentUnit().equals(row.unit())) {
                report.add(row.line(), "problems.own_parent_unit", "unit", row.unit());
            } else if (first != null && !first.parentUnit().equals(row.parentUnit())) {
                report.add(row.line(), "problems.conflicting_parent_unit", "unit", row.unit(),
                        "parent", row.parentUnit(), "first", first.line(), "first_parent", first.parentUnit());
            } else {
                parentOf.put(row.unit(), row.parentUnit());
            }
        }
        for (RosterRow row : firstParentLine.values()) {
            cycleThrough(row.unit(), parentOf).filter(c -> !row.parentUnit().equals(row.unit()))
                    .ifPresent(cycle -> report.add(row.line(), "problems.parent_unit_cycle", "cycle", cycle));
        }
    }
}
