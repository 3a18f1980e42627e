package id.kinerja.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    private final ValidationReport report = new ValidationReport();

    private CsvTable parse(String text) {
        return CsvReader.read(text.getBytes(StandardCharsets.UTF_8), report);
    }

    @Test
    void quotedValuesKeepCommasDoubledQuotesAndLineBreaks() {
        CsvTable table = parse("name,note\r\n\"Lubis, S.H.\",\"he said \"\"ok\"\"\"\r\n\"two\nlines\",x\r\nlast,y\r\n");

        assertThat(report.isEmpty()).isTrue();
        assertThat(table.header()).containsExactly("name", "note");
        assertThat(table.rows()).extracting(r -> r.get("name")).containsExactly("Lubis, S.H.", "two\nlines", "last");
        assertThat(table.rows().get(0).get("note")).isEqualTo("he said \"ok\"");
        assertThat(table.rows()).extracting(CsvRow::line).containsExactly(2, 3, 5);
    }

    @Test
    void byteOrderMarkIsIgnoredAndHeaderNamesAreNormalised() {
        CsvTable table = parse("\uFEFFNIP , Name\n1,a\n");

        assertThat(table.header()).containsExactly("nip", "name");
        assertThat(table.rows().get(0).get("nip")).isEqualTo("1");
    }

    @Test
    void semicolonSeparatorIsDetectedFromTheHeader() {
        CsvTable table = parse("nip;name;target\n1;\"Lubis; S.H.\";12,5\n");

        assertThat(report.isEmpty()).isTrue();
        assertThat(table.rows().get(0).values()).containsEntry("name", "Lubis; S.H.").containsEntry("target", "12,5");
    }

    @Test
    void commaStaysTheSeparatorWhenTheHeaderHasMoreCommas() {
        CsvTable table = parse("a,b;c,d\n1,2;3,4\n");

        assertThat(table.header()).containsExactly("a", "b;c", "d");
    }

    @Test
    void blankLinesAreSkippedButCountedAndShortRowsAreEmpty() {
        CsvTable table = parse("a,b\n\n1\n\n2,3\n");

        assertThat(table.rows()).extracting(CsvRow::line).containsExactly(3, 5);
        assertThat(table.rows().get(0).get("b")).isEmpty();
    }

    @Test
    void problemsNameTheirLine() {
        parse("a,b\n1,2,3\n\"open,4\n");

        assertThat(report.lines()).containsExactly("line 2: 3 values but the header has 2 columns",
                "line 3: a quoted value is not closed (missing \")");
    }

    @Test
    void anEmptyFileHasNoHeader() {
        parse("");

        assertThat(report.lines()).containsExactly("line 1: the file is empty: a header row is required");
    }

    @Test
    void textThatIsNotUtf8IsRefused() {
        CsvReader.read(new byte[] {'a', '\n', (byte) 0xE9, '\n'}, report);

        assertThat(report.lines()).hasSize(1);
        assertThat(report.lines().get(0)).contains("not UTF-8");
    }

    @Test
    void writerQuotesWhatNeedsQuotingAndReaderReadsItBack() throws Exception {
        var out = new java.io.StringWriter();
        CsvWriter.plain(out).row(List.of("nip", "name")).row(List.of("1", "Lubis, \"Ucok\"\nMedan"));

        CsvTable table = parse(out.toString());

        assertThat(out.toString()).startsWith("nip,name\r\n1,\"Lubis, \"\"Ucok\"\"\nMedan\"\r\n");
        assertThat(table.rows().get(0).get("name")).isEqualTo("Lubis, \"Ucok\"\nMedan");
    }
}
