package id.kinerja.demo;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.employee.Nip;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DemoPeopleTest {

    @Test
    void every_demo_nip_is_a_valid_distinct_pns_number() {
        assertThat(DemoPeople.ALL).hasSize(40);
        assertThat(DemoPeople.ALL).allSatisfy(p -> assertThat(Nip.problemWith(p.nip(), Nip.Kind.PNS)).isEmpty());
        assertThat(DemoPeople.ALL.stream().map(DemoPeople.Person::nip).distinct()).hasSize(40);
    }

    @Test
    void the_chain_goes_camat_sekcam_heads_staff() {
        assertThat(DemoPeople.get(DemoPeople.CAMAT).supervisor()).isZero();
        assertThat(DemoPeople.get(DemoPeople.SECTION_HEAD).supervisor()).isEqualTo(2);
        assertThat(DemoPeople.get(2).supervisor()).isEqualTo(DemoPeople.CAMAT);
        assertThat(DemoPeople.get(DemoPeople.STAFF).supervisor()).isEqualTo(DemoPeople.SECTION_HEAD);
        assertThat(DemoPeople.get(DemoPeople.HR_ADMIN).admin()).isTrue();
    }

    @Test
    void the_readme_grants_admin_and_issues_a_code_to_someone_the_demo_office_has() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        Matcher example = Pattern.compile("kinerja-bot\\.jar (?:grant-admin|link-code) (\\d{18})").matcher(readme);
        int examples = 0;
        while (example.find()) {
            examples++;
            assertThat(DemoPeople.ALL).extracting(DemoPeople.Person::nip).as("NIP in README").contains(example.group(1));
        }
        assertThat(examples).isGreaterThanOrEqualTo(2);
    }
}
