package id.kinerja.account;

import id.kinerja.spreadsheet.CsvWriter;
import id.kinerja.audit.AuditLog;
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
    private static final String ACTOR = Requester.commandLine().auditActor();

    private final Employees employees;
    private final LinkCodes linkCodes;
    private final AuditLog audit;

    LinkCodeSheet(Employees employees, LinkCodes linkCodes, AuditLog audit) {
        this.employees = employees;
        this.linkCodes = linkCodes;
        this.audit = audit;
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

    @Transactional
    public int issue(List<Employee> people, Optional<String> botUsername, CsvWriter csv, String scope) {
        List<List<String>> rows = new ArrayList<>();
        for (Employee employee : people) {
            String code = linkCodes.issue(employee, ACTOR);
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
        audit.record(ACTOR, "LINK_CODES_ISSUED", scope, rows.size() + " codes");
        return rows.size();
    }
}
