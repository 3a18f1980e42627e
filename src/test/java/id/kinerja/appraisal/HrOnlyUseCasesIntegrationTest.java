package id.kinerja.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kinerja.spreadsheet.CsvTable;
import id.kinerja.employee.Employee;
import id.kinerja.employee.Employees;
import id.kinerja.employee.Requester;
import id.kinerja.employee.RosterImport;
import id.kinerja.spreadsheet.ExportFormat;
import id.kinerja.support.Fixtures;
import id.kinerja.text.Language;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The recap and the file imports check HR rights themselves: asked by an employee without them, nothing happens. */
@SpringBootTest(properties = {"kinerja.telegram.enabled=false", "spring.main.web-application-type=none",
        "spring.quartz.auto-startup=false"})
class HrOnlyUseCasesIntegrationTest {

    @Autowired
    private RecapExport recaps;
    @Autowired
    private RosterImport rosterImport;
    @Autowired
    private IndicatorImport indicatorImport;
    @Autowired
    private EvaluationImport evaluationImport;
    @Autowired
    private Employees employees;
    @Autowired
    private Periods periods;
    @Autowired
    private JdbcClient jdbc;

    private Employee hr;
    private Employee staff;
    private Period period;

    @BeforeEach
    void officeWithAnOpenPeriod() {
        Fixtures fixtures = new Fixtures(jdbc);
        fixtures.wipe();
        long unit = fixtures.unit("Seksi Pelayanan Umum");
        long head = fixtures.employee("Erwin Saragih", "Kepala Seksi", unit, null);
        long maya = fixtures.employee("Maya Simanjuntak", "Pranata Komputer", unit, head);
        jdbc.sql("update employee set is_admin = true where id = ?").param(head).update();
        hr = employees.byId(head).orElseThrow();
        staff = employees.byId(maya).orElseThrow();
        period = periods.byId(fixtures.period("2026-11", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30),
                LocalDate.of(2026, 12, 7), true)).orElseThrow();
    }

    @Test
    void an_employee_without_hr_rights_gets_no_recap_and_nothing_is_audited() {
        Requester maya = Requester.of(staff);

        assertThatThrownBy(() -> recaps.file(period, ExportFormat.CSV, Language.ID, maya))
                .isInstanceOf(Requester.NotHr.class);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> recaps.export(period, ExportFormat.XLSX, Language.ID, out, "file", maya))
                .isInstanceOf(Requester.NotHr.class);

        assertThat(out.size()).isZero();
        assertThat(auditRows()).isZero();
        assertThat(recaps.file(period, ExportFormat.CSV, Language.ID, Requester.of(hr)).rows()).isEqualTo(2);
    }

    @Test
    void an_employee_without_hr_rights_imports_no_file_and_nothing_is_written() {
        Requester maya = Requester.of(staff);
        CsvTable roster = CsvTable.of(List.of("nip", "name", "position", "unit", "supervisor_nip"),
                List.of(List.of(staff.nip().value(), "Maya Renamed", "Camat", "Kantor Camat", "")));
        CsvTable indicators = CsvTable.of(List.of("nip", "period", "indicator", "target", "unit", "direction"),
                List.of(List.of(staff.nip().value(), "2026-11", "Dokumen", "10", "dokumen", "HIGHER_IS_BETTER")));
        CsvTable evaluations = CsvTable.of(List.of("nip", "period", "work_result", "behaviour"),
                List.of(List.of(staff.nip().value(), "2026-11", "MEETS", "MEETS")));

        assertThatThrownBy(() -> rosterImport.importRoster(roster, "telegram:roster.csv", maya))
                .isInstanceOf(Requester.NotHr.class);
        assertThatThrownBy(() -> indicatorImport.importIndicators(indicators, "telegram:ind.csv", maya))
                .isInstanceOf(Requester.NotHr.class);
        assertThatThrownBy(() -> evaluationImport.importEvaluations(evaluations, "telegram:eval.csv", maya))
                .isInstanceOf(Requester.NotHr.class);
        assertThatThrownBy(() -> evaluationImport.importEvaluations(evaluations, "file:eval.csv", staff, true))
                .isInstanceOf(Requester.NotHr.class);

        assertThat(employees.byId(staff.id()).orElseThrow().name()).isEqualTo("Maya Simanjuntak");
        assertThat(jdbc.sql("select count(*) from unit").query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from indicator").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from evaluation").query(Long.class).single()).isZero();
        assertThat(auditRows()).isZero();
        assertThat(indicatorImport.importIndicators(indicators, "telegram:ind.csv", Requester.of(hr)).ok()).isTrue();
    }

    private long auditRows() {
        return jdbc.sql("select count(*) from audit_log").query(Long.class).single();
    }
}
