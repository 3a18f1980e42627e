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
    void theCommandLineIsHrByDefinitionAndAuditedAsCli() {
        assertThat(Requester.commandLine().isHr()).isTrue();
        assertThat(Requester.commandLine().auditActor()).isEqualTo("cli");
        assertThat(Requester.commandLine().employee()).isEmpty();
        Requester.commandLine().requireHr();
    }

    @Test
    void anEmployeeIsHrOnlyWithTheRosterRightsAndIsAuditedByNip() {
        Requester hr = Requester.of(employee(true));
        Requester staff = Requester.of(employee(false));

        hr.requireHr();
        assertThat(hr.auditActor()).isEqualTo("employee:199004042015042002");
        assertThat(staff.isHr()).isFalse();
        assertThatThrownBy(staff::requireHr).isInstanceOf(Requester.NotHr.class)
                .hasMessage("employee:199004042015042002 has no HR rights");
    }
}
