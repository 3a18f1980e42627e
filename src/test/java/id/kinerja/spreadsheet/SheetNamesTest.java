package id.kinerja.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SheetNamesTest {

    @Test
    void names_are_made_valid_for_excel_and_unique_without_regard_to_case() {
        SheetNames names = new SheetNames(List.of("Keberatan"));

        assertThat(names.unique("Kelurahan Terjun: Lingkungan I/II [Kantor Lurah]"))
                .isEqualTo("Kelurahan Terjun_ Lingkungan I_");
        assertThat(names.unique("Kelurahan Terjun: Lingkungan I/II [Seksi]")).isEqualTo("Kelurahan Terjun_ Lingkunga (2)");
        assertThat(names.unique("Kelurahan Terjun: Lingkungan I/II *")).isEqualTo("Kelurahan Terjun_ Lingkunga (3)");
        assertThat(names.unique("keberatan")).isEqualTo("keberatan (2)");
        assertThat(names.unique("'Seksi?'")).isEqualTo("Seksi_");
        assertThat(names.unique("  ")).isEqualTo("Sheet");
        assertThat(List.of("Kelurahan Terjun_ Lingkungan I_", "Kelurahan Terjun_ Lingkunga (2)"))
                .allMatch(name -> name.length() <= SheetNames.MAX_LENGTH);
    }
}
