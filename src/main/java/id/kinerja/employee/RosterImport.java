package id.kinerja.employee;

import id.kinerja.spreadsheet.CsvTable;
import id.kinerja.audit.AuditLog;
import id.kinerja.spreadsheet.ImportCounts;
import id.kinerja.spreadsheet.ImportCounts.Change;
import id.kinerja.spreadsheet.ImportOutcome;
import id.kinerja.spreadsheet.ValidationReport;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a roster: all rows are checked first and nothing is written if any is bad; then, in one
 * transaction, units are created by name and employees upserted by NIP. A row equal to what is
 * stored is left alone, so {@code updated_at} moves only on a real change. Employees missing from
 * the file are kept as they are. HR for a part of the organisation imports only inside it ({@link RosterScope});
 * someone made HR by the role column gets the importer's part, never a wider one.
 */
@Service
public class RosterImport {

    /** The columns every roster file has. */
    public static final List<String> REQUIRED = RosterFile.REQUIRED;

    private record StoredEmployee(long id, String name, String position, long unitId, String supervisorNip,
            boolean admin, Long adminUnitId, boolean active, Nip.Kind employment) {}

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final AdminScopes scopes;
    private final Units units;

    RosterImport(JdbcClient jdbc, AuditLog audit, AdminScopes scopes, Units units) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.scopes = scopes;
        this.units = units;
    }

    /** Imports the roster for HR, audited as done by {@code requester}; anyone else is refused before any read. */
    @Transactional
    public ImportOutcome importRoster(CsvTable table, String source, Requester requester) {
        requester.requireHr();
        AdminScope scope = scopes.of(requester);
        ValidationReport report = new ValidationReport();
        List<RosterRow> rows = RosterFile.check(table, stored(), report);
        Map<String, StoredEmployee> existing = storedEmployees();
        Map<String, RosterScope.Stored> stored = new HashMap<>();
        existing.forEach((nip, e) -> stored.put(nip, new RosterScope.Stored(e.name(), e.unitId(), e.admin(),
                e.adminUnitId())));
        RosterScope.check(rows, scope, units.all(), stored, report);
        if (!report.isEmpty()) {
            return ImportOutcome.rejected(report);
        }
        Map<String, Long> unitIds = ensureUnits(rows);
        Long adminUnit = scope.root().map(Unit::id).orElse(null);
        ImportCounts counts = ImportCounts.none();
        for (RosterRow row : rows) {
            counts = counts.add(upsert(row, unitIds.get(row.unit()), existing.get(row.nip()), adminUnit));
        }
        for (RosterRow row : rows) {
            StoredEmployee before = existing.get(row.nip());
            if (before == null ? row.supervisorNip() != null : !Objects.equals(before.supervisorNip(), row.supervisorNip())) {
                jdbc.sql("update employee set supervisor_id = (select id from employee where nip = ?), updated_at = now() "
                        + "where nip = ?").params(row.supervisorNip(), row.nip()).update();
            }
        }
        audit.record(requester.auditActor(), "ROSTER_IMPORTED", source, counts.toString());
        return ImportOutcome.done(counts);
    }

    /** {@code adminUnit}: the part of the organisation of someone made HR here (the importer's; null: the whole). */
    private Change upsert(RosterRow row, long unitId, StoredEmployee before, Long adminUnit) {
        if (before == null) {
            boolean admin = Boolean.TRUE.equals(row.admin());
            jdbc.sql("insert into employee (nip, name, position, unit_id, is_admin, admin_unit_id, employment) "
                            + "values (?, ?, ?, ?, ?, ?, ?)")
                    .params(row.nip(), row.name(), row.position(), unitId, admin, admin ? adminUnit : null,
                            (row.employment() == null ? Nip.Kind.PNS : row.employment()).name())
                    .update();
            return Change.ADDED;
        }
        boolean admin = row.admin() == null ? before.admin() : row.admin();
        Long scopeUnit = !admin ? null : before.admin() ? before.adminUnitId() : adminUnit;
        Nip.Kind employment = row.employment() == null ? before.employment() : row.employment();
        boolean same = before.name().equals(row.name()) && before.position().equals(row.position())
                && before.unitId() == unitId && before.admin() == admin && before.active()
                && before.employment() == employment
                && Objects.equals(before.supervisorNip(), row.supervisorNip());
        if (same) {
            return Change.UNCHANGED;
        }
        jdbc.sql("update employee set name = ?, position = ?, unit_id = ?, is_admin = ?, admin_unit_id = ?, employment = ?, "
                + "active = true, updated_at = now() where id = ?")
                .params(row.name(), row.position(), unitId, admin, scopeUnit, employment.name(), before.id()).update();
        return Change.UPDATED;
    }

    private Map<String, Long> ensureUnits(List<RosterRow> rows) {
        Map<String, Long> ids = new HashMap<>();
        for (RosterRow row : rows) {
            ids.computeIfAbsent(row.unit(), this::unitId);
            if (row.parentUnit() != null) {
                ids.computeIfAbsent(row.parentUnit(), this::unitId);
            }
        }
        for (RosterRow row : rows) {
            if (row.parentUnit() != null) {
                jdbc.sql("update unit set parent_id = ? where id = ? and parent_id is distinct from ?")
                        .params(ids.get(row.parentUnit()), ids.get(row.unit()), ids.get(row.parentUnit())).update();
            }
        }
        return ids;
    }

    private long unitId(String name) {
        jdbc.sql("insert into unit (name) values (?) on conflict (name) do nothing").param(name).update();
        return jdbc.sql("select id from unit where name = ?").param(name).query(Long.class).single();
    }

    private RosterFile.Stored stored() {
        Map<String, String> supervisors = new HashMap<>();
        jdbc.sql("select e.nip, s.nip as supervisor_nip from employee e left join employee s on s.id = e.supervisor_id")
                .query(rs -> {
                    supervisors.put(rs.getString("nip"), rs.getString("supervisor_nip"));
                });
        Map<String, String> parents = new HashMap<>();
        jdbc.sql("select u.name, p.name as parent from unit u join unit p on p.id = u.parent_id")
                .query(rs -> {
                    parents.put(rs.getString("name"), rs.getString("parent"));
                });
        return new RosterFile.Stored(supervisors, parents);
    }

    private Map<String, StoredEmployee> storedEmployees() {
        Map<String, StoredEmployee> employees = new HashMap<>();
        jdbc.sql("""
                select e.id, e.nip, e.name, e.position, e.unit_id, s.nip as supervisor_nip, e.is_admin, e.admin_unit_id,
                       e.active, e.employment
                  from employee e left join employee s on s.id = e.supervisor_id
                """).query(rs -> {
                    employees.put(rs.getString("nip"), new StoredEmployee(rs.getLong("id"), rs.getString("name"),
                            rs.getString("position"), rs.getLong("unit_id"), rs.getString("supervisor_nip"),
                            rs.getBoolean("is_admin"), (Long) rs.getObject("admin_unit_id"), rs.getBoolean("active"),
                            Nip.Kind.valueOf(rs.getString("employment"))));
                });
        return employees;
    }
}
