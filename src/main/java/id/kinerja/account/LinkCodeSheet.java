package id.kinerja.account;

import id.kinerja.spreadsheet.CsvWriter;
import id.kinerja.audit.AuditLog;
import id.kinerja.employee.AdminScope;
import id.kinerja.employee.AdminScopes;
import id.kinerja.employee.Employee;
import id.kinerja.employee.Employees;
import id.kinerja.employee.Requester;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues fresh link codes for every active employee of a unit (or of the whole office) and writes
 * them as CSV {@code nip,name,unit,code,deep_link,already_linked}; {@code already_linked} is {@code yes}
 * for someone whose Telegram account is linked now, whose new code would move the link. Issuing and writing form one transaction: if the
 * sheet cannot be written, no code is issued and no older code is revoked. Issued from the command line.
 */
@Service
public class LinkCodeSheet {

    static final List<String> HEADER = List.of("nip", "name", "unit", "code", "deep_link", "already_linked");
    private final Employees employees;
    private final LinkCodes linkCodes;
    private final AuditLog audit;
    private final AdminScopes scopes;

    LinkCodeSheet(Employees employees, LinkCodes linkCodes, AuditLog audit, AdminScopes scopes) {
        this.employees = employees;
        this.linkCodes = linkCodes;
        this.audit = audit;
        this.scopes = scopes;
    }

    /** The active employees inside HR's part of the organisation (all of them for the whole organisation). */
    public List<Employee> employeesOf(Requester hr) {
        AdminScope scope = scopes.of(hr);
        return employees.all().stream().filter(scope::covers).toList();
    }

    /** The active employees of that unit (all units when null); empty when no unit has that name. */
    public Optional<List<Employee>> employeesOf(String unit) {
        List<Employee> all = employees.all();
        if (unit == null) {
            return Optional.of(all);
        }
        List<Employee> inUnit = all.stream().filter(e -> e.unitName().equals(unit)).toList();
        return inUnit.isEmpty() ? Optional.empty() : Optional.of(inUnit);
    }

    /** Issues and writes the sheet for the whole organisation, from the command line. */
    @Transactional
    public int issue(List<Employee> people, Optional<String> botUsername, CsvWriter csv, String scope) {
        return issue(people, botUsername, csv, scope, Requester.commandLine());
    }

    /**
     * Issues and writes the sheet for HR, audited as done by {@code hr}; nobody's code is issued when anyone in
     * {@code people} is outside HR's part of the organisation ({@link IllegalArgumentException}: take them from
     * {@link #employeesOf(Requester)}).
     */
    @Transactional
    public int issue(List<Employee> people, Optional<String> botUsername, CsvWriter csv, String scope, Requester hr) {
        AdminScope within = scopes.of(hr);
        people.stream().filter(e -> !within.covers(e)).findFirst().ifPresent(e -> {
            throw new IllegalArgumentException("employee:" + e.nip() + " is outside " + within);
        });
        String actor = hr.auditActor();
        List<List<String>> rows = new ArrayList<>();
        for (Employee employee : people) {
            String code = linkCodes.issue(employee, actor);
            rows.add(List.of(employee.nip().value(), employee.name(), employee.unitName(), code,
                    botUsername.map(bot -> DeepLinks.link(bot, code)).orElse(""), employee.isLinked() ? "yes" : "no"));
        }
        try {
            csv.row(HEADER);
            for (List<String> row : rows) {
                csv.row(row);
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record(actor, "LINK_CODES_ISSUED", scope, rows.size() + " codes");
        return rows.size();
    }
}
