package id.kinerja.admin;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.employee.Nip;
import org.junit.jupiter.api.Test;

class DemoPeopleTest {

    @Test
    void everyDemoNipIsAValidDistinctPnsNumber() {
        assertThat(DemoPeople.ALL).hasSize(40);
        assertThat(DemoPeople.ALL).allSatisfy(p -> assertThat(Nip.problemWith(p.nip(), Nip.Kind.PNS)).isEmpty());
        assertThat(DemoPeople.ALL.stream().map(DemoPeople.Person::nip).distinct()).hasSize(40);
    }

    @Test
    void theChainGoesCamatSekcamHeadsStaff() {
        assertThat(DemoPeople.get(DemoPeople.CAMAT).supervisor()).isZero();
        assertThat(DemoPeople.get(DemoPeople.SECTION_HEAD).supervisor()).isEqualTo(2);
        assertThat(DemoPeople.get(2).supervisor()).isEqualTo(DemoPeople.CAMAT);
        assertThat(DemoPeople.get(DemoPeople.STAFF).supervisor()).isEqualTo(DemoPeople.SECTION_HEAD);
        assertThat(DemoPeople.get(DemoPeople.HR_ADMIN).admin()).isTrue();
    }
}
