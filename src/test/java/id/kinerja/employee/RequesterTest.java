package id.kinerja.employee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RequesterTest {

    private static Employee employee(boolean admin) {
        return new Employee(7, new Nip("199004042015042002"), "Maya", "Pranata Komputer", 1, "Seksi", null, admin,
                true, null);
    }

    @Test
    void the_command_line_is_hr_by_definition_and_audited_as_cli() {
        assertThat(Requester.commandLine().isHr()).isTrue();
        assertThat(Requester.commandLine().auditActor()).isEqualTo("cli");
        assertThat(Requester.commandLine().employee()).isEmpty();
        Requester.commandLine().requireHr();
    }

    @Test
    void an_employee_is_hr_only_with_the_roster_rights_and_is_audited_by_nip() {
        Requester hr = Requester.of(employee(true));
        Requester staff = Requester.of(employee(false));

        hr.requireHr();
        assertThat(hr.auditActor()).isEqualTo("employee:199004042015042002");
        assertThat(staff.isHr()).isFalse();
        assertThatThrownBy(staff::requireHr).isInstanceOf(Requester.NotHr.class)
                .hasMessage("employee:199004042015042002 has no HR rights");
    }
}
