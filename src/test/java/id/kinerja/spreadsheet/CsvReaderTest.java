package id.kinerja.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.text.Html;
import id.kinerja.text.Language;
import id.kinerja.text.Texts;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    private static final Texts TEXTS = Texts.load(Path.of("bot-scripts"));

    /** A problem as the reader reported it; a line above 0 is given to the text as {@code {line}}. */
    private record Reported(int line, String key, Object[] args) {

        String text(Language language) {
            List<Object> all = new ArrayList<>();
            if (line > 0) {
                all.add("line");
                all.add(line);
            }
            all.addAll(List.of(args));
            return Html.plain(TEXTS.get(language, key, all.toArray()));
        }
    }

    private final List<Reported> report = new ArrayList<>();

    private void add(int line, String key, Object... args) {
        report.add(new Reported(line, key, args));
    }

    private CsvTable parse(String text) {
        return CsvReader.read(text.getBytes(StandardCharsets.UTF_8), this::add);
    }

    /** In file order: by line, then in the order found (as the import's report shows them). */
    private List<String> problems(Language language) {
        return report.stream().sorted(Comparator.comparingInt(Reported::line)).map(p -> p.text(language)).toList();
    }

    @Test
    void quoted_values_keep_commas_doubled_quotes_and_line_breaks() {
        CsvTable table = parse("name,note\r\n\"Lubis, S.H.\",\"he said \"\"ok\"\"\"\r\n\"two\nlines\",x\r\nlast,y\r\n");

        assertThat(report.isEmpty()).isTrue();
        assertThat(table.header()).containsExactly("name", "note");
        assertThat(table.rows()).extracting(r -> r.get("name")).containsExactly("Lubis, S.H.", "two\nlines", "last");
        assertThat(table.rows().get(0).get("note")).isEqualTo("he said \"ok\"");
        assertThat(table.rows()).extracting(CsvRow::line).containsExactly(2, 3, 5);
    }

    @Test
    void byte_order_mark_is_ignored_and_header_names_are_normalised() {
        CsvTable table = parse("\uFEFFNIP , Name\n1,a\n");

        assertThat(table.header()).containsExactly("nip", "name");
        assertThat(table.rows().get(0).get("nip")).isEqualTo("1");
    }

    @Test
    void semicolon_separator_is_detected_from_the_header() {
        CsvTable table = parse("nip;name;target\n1;\"Lubis; S.H.\";12,5\n");

        assertThat(report.isEmpty()).isTrue();
        assertThat(table.rows().get(0).values()).containsEntry("name", "Lubis; S.H.").containsEntry("target", "12,5");
    }

    @Test
    void comma_stays_the_separator_when_the_header_has_more_commas() {
        CsvTable table = parse("a,b;c,d\n1,2;3,4\n");

        assertThat(table.header()).containsExactly("a", "b;c", "d");
    }

    @Test
    void blank_lines_are_skipped_but_counted_and_short_rows_are_empty() {
        CsvTable table = parse("a,b\n\n1\n\n2,3\n");

        assertThat(table.rows()).extracting(CsvRow::line).containsExactly(3, 5);
        assertThat(table.rows().get(0).get("b")).isEmpty();
    }

    @Test
    void problems_name_their_line() {
        parse("a,b\n1,2,3\n\"open,4\n");

        assertThat(problems(Language.ID)).containsExactly(
                "Baris 2: ada 3 nilai, padahal baris judul hanya punya 2 kolom. "
                        + "Nilai yang berisi koma atau titik koma harus diapit tanda kutip (\"…\").",
                "Baris 3: tanda kutip (\") dibuka tetapi tidak ditutup. Tambahkan tanda kutip penutupnya.");
        assertThat(problems(Language.EN)).containsExactly(
                "Line 2: 3 values, but the header has only 2 columns. "
                        + "A value with a comma or semicolon must be in quotes (\"…\").",
                "Line 3: a quote (\") is opened but never closed. Add the closing quote.");
    }

    @Test
    void header_problems_and_text_after_a_quote_name_their_line() {
        parse("\n\nnip,,nip\n\"a\"b,1,2\n");

        assertThat(problems(Language.ID)).containsExactly(
                "Baris 3: ada kolom tanpa nama di baris judul. Beri nama atau hapus kolom itu.",
                "Baris 3: kolom nip muncul dua kali di baris judul. Hapus salah satunya.",
                "Baris 4: ada teks sesudah tanda kutip penutup. Letakkan seluruh nilai di dalam tanda kutip.");
        assertThat(problems(Language.EN)).containsExactly(
                "Line 3: a column in the header has no name. Name it or delete that column.",
                "Line 3: column nip appears twice in the header. Delete one of them.",
                "Line 4: there is text after a closing quote. Put the whole value inside the quotes.");
    }

    @Test
    void an_empty_file_has_no_header() {
        parse("");

        assertThat(problems(Language.ID))
                .containsExactly("Baris 1: berkas kosong. Baris pertama harus berisi nama-nama kolom.");
        assertThat(problems(Language.EN))
                .containsExactly("Line 1: the file is empty. The first row must hold the column names.");
    }

    @Test
    void text_that_is_not_utf8_is_refused() {
        CsvReader.read(new byte[] {'a', '\n', (byte) 0xE9, '\n'}, this::add);

        assertThat(problems(Language.ID)).containsExactly(
                "Berkas ini bukan teks UTF-8. Di Excel, simpan ulang dengan Simpan Sebagai → \"CSV UTF-8\".");
        assertThat(problems(Language.EN)).containsExactly(
                "The file is not UTF-8 text. In Excel, save it again with Save As → \"CSV UTF-8\".");
    }

    @Test
    void writer_quotes_what_needs_quoting_and_reader_reads_it_back() throws Exception {
        var out = new java.io.StringWriter();
        CsvWriter.plain(out).row(List.of("nip", "name")).row(List.of("1", "Lubis, \"Ucok\"\nMedan"));

        CsvTable table = parse(out.toString());

        assertThat(out.toString()).startsWith("nip,name\r\n1,\"Lubis, \"\"Ucok\"\"\nMedan\"\r\n");
        assertThat(table.rows().get(0).get("name")).isEqualTo("Lubis, \"Ucok\"\nMedan");
    }

    @Test
    void every_line_with_text_after_a_closing_quote_is_named_and_the_rows_after_it_are_still_read() {
        CsvTable table = parse("name,note\r\n\"a\"x,1\r\nb,2\r\n\"c\"y,3\r\nd,4,5\r\ne,6\r\n");

        assertThat(report).extracting(Reported::line, Reported::key).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "problems.text_after_quote"),
                org.assertj.core.groups.Tuple.tuple(4, "problems.text_after_quote"),
                org.assertj.core.groups.Tuple.tuple(5, "problems.too_many_values"));
        assertThat(table.rows()).extracting(CsvRow::line).containsExactly(3, 5, 6);
    }
}
