package id.kinerja.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;


class ExportFormatTest {

    @Test
    void the_format_is_chosen_by_the_file_names_extension_in_any_case() {
        assertThat(ExportFormat.of("rekap-2026-11.xlsx")).contains(ExportFormat.XLSX);
        assertThat(ExportFormat.of("REKAP.XLSX")).contains(ExportFormat.XLSX);
        assertThat(ExportFormat.of("rekap.csv")).contains(ExportFormat.CSV);
        assertThat(ExportFormat.of("rekap.xls")).isEmpty();
        assertThat(ExportFormat.of("rekap.txt")).isEmpty();
        assertThat(ExportFormat.of("rekap")).isEmpty();
        assertThat(ExportFormat.of("xlsx")).isEmpty();
    }

    @Test
    void csv_has_a_bom_and_writes_dates_numbers_and_empty_values_as_text() throws IOException {
        Table table = new Table("2026-11", List.of("nip", "score", "due", "evaluated_at", "note"),
                List.of(Arrays.asList("199004042015042002", new BigDecimal("87.50"), LocalDate.of(2026, 12, 7),
                        LocalDateTime.of(2026, 12, 1, 9, 5), null)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        ExportFormat.CSV.write(table, out);

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("\uFEFFnip,score,due,evaluated_at,note\r\n"
                + "199004042015042002,87.50,2026-12-07,2026-12-01 09:05,\r\n");
    }

    @Test
    void csv_never_hands_a_spreadsheet_a_formula() throws IOException {
        Table table = new Table("2026-11", List.of("name", "feedback", "score"),
                List.of(Arrays.asList("=HYPERLINK(\"http://x\",\"klik\")", "- perlu lebih teliti",
                        new BigDecimal("-1.5")), Arrays.asList("@SUM(A1)", "+62 812", new BigDecimal("2"))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        ExportFormat.CSV.write(table, out);

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("\uFEFFname,feedback,score\r\n"
                + "\"'=HYPERLINK(\"\"http://x\"\",\"\"klik\"\")\",'- perlu lebih teliti,-1.5\r\n"
                + "'@SUM(A1),'+62 812,2\r\n");
    }
}
