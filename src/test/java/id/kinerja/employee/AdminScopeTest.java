package id.kinerja.employee;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AdminScopeTest {

    private static final Unit KELURAHAN_A = new Unit(3, "Kelurahan A", 1L);
    private static final Unit LINGKUNGAN_A1 = new Unit(5, "Lingkungan A1", 3L);

    private static Employee in(long unitId) {
        return new Employee(7, new Nip("199004042015042002"), "Maya", "Staf", unitId, "unit", null, false, true, null);
    }

    @Test
    void the_whole_organisation_covers_every_unit_and_filters_nothing() {
        AdminScope whole = AdminScope.whole();
        assertThat(whole.isWhole()).isTrue();
        assertThat(whole.root()).isEmpty();
        assertThat(whole.coversUnit(42)).isTrue();
        assertThat(whole.sqlCondition("e.unit_id")).isEqualTo("true");
    }

    @Test
    void a_subtree_covers_its_units_only_and_says_so_in_sql() {
        AdminScope a = AdminScope.of(KELURAHAN_A, List.of(KELURAHAN_A, LINGKUNGAN_A1));
        assertThat(a.isWhole()).isFalse();
        assertThat(a.root()).contains(KELURAHAN_A);
        assertThat(a.covers(in(3))).isTrue();
        assertThat(a.covers(in(5))).isTrue();
        assertThat(a.covers(in(4))).as("Kelurahan B").isFalse();
        assertThat(a.coversUnit(1)).as("the parent above the subtree").isFalse();
        assertThat(a.sqlCondition("e.unit_id")).isEqualTo("e.unit_id in (3, 5)");
    }

    @Test
    void the_command_line_limited_to_a_unit_is_audited_with_it() {
        assertThat(Requester.commandLineWithin(KELURAHAN_A).auditActor()).isEqualTo("cli:unit:3");
        assertThat(Requester.commandLineWithin(KELURAHAN_A).commandLineUnit()).contains(3L);
        assertThat(Requester.commandLine().commandLineUnit()).isEmpty();
    }
}
