package id.kinerja.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void every_text_a_spreadsheet_would_run_as_a_formula_gets_a_leading_apostrophe() throws IOException {
        StringWriter out = new StringWriter();

        CsvWriter.plain(out).row(List.of("=HYPERLINK(\"http://x\",\"klik\")", "+1", "-2", "@x", "\tTab", "\rCR"))
            .flush();

        assertThat(out.toString()).isEqualTo(
                "\"'=HYPERLINK(\"\"http://x\"\",\"\"klik\"\")\",'+1,'-2,'@x,'\tTab,\"'\rCR\"\r\n");
    }

    @Test
    void numbers_empty_values_and_ordinary_texts_are_written_as_they_are() throws IOException {
        StringWriter out = new StringWriter();

        CsvWriter.plain(out).row(Arrays.asList(new BigDecimal("-1.5"), -2, null, "", "Maya = Simanjuntak", "a-b"))
            .flush();

        assertThat(out.toString()).isEqualTo("-1.5,-2,,,Maya = Simanjuntak,a-b\r\n");
    }
}
