package id.kinerja.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.text.Language;
import id.kinerja.text.Texts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;

/** An Excel workbook reads as the same table as its CSV would, numbered by sheet row; what is no workbook is refused. */
class XlsxReaderTest {

    private static final Texts TEXTS = Texts.load(Path.of("bot-scripts"));
    private static final String NIP = "199004042015042002";

    private final ValidationReport report = new ValidationReport();

    private CsvTable read(byte[] content, String name) {
        return TableReader.read(content, name, report::add);
    }

    private List<String> problems(Language language) {
        return report.problems().stream().map(p -> id.kinerja.text.Html.plain(p.html(TEXTS, language))).toList();
    }

    private static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }

    @Test
    void text_numbers_dates_and_formulas_read_as_typed_and_rows_are_numbered_as_in_the_sheet() {
        byte[] xlsx = Workbooks.xlsx(Arrays.asList(
                row("NIP", "Name", "Target", "Realisation", "Start", "Total"),
                row(NIP, "Maya Simanjuntak", 150, 12.5, LocalDate.of(2026, 11, 30), "=C2*2"),
                null,
                row(NIP.replace("2002", "2003"), "  Erwin  ", 1234567, 0.1, null, "=\"Seksi \"&B2")));

        CsvTable table = read(xlsx, "pegawai.xlsx");

        assertThat(report.isEmpty()).as(report.toString()).isTrue();
        assertThat(table.header()).containsExactly("nip", "name", "target", "realisation", "start", "total");
        assertThat(table.rows()).extracting(CsvRow::line).containsExactly(2, 4);
        CsvRow maya = table.rows().get(0);
        assertThat(maya.get("nip")).isEqualTo(NIP);
        assertThat(maya.get("target")).isEqualTo("150");
        assertThat(maya.get("realisation")).isEqualTo("12.5");
        assertThat(maya.get("start")).isEqualTo("2026-11-30");
        assertThat(maya.get("total")).as("the formula's computed value").isEqualTo("300");
        CsvRow erwin = table.rows().get(1);
        assertThat(erwin.get("name")).isEqualTo("Erwin");
        assertThat(erwin.get("target")).as("no thousands separator").isEqualTo("1234567");
        assertThat(erwin.get("realisation")).isEqualTo("0.1");
        assertThat(erwin.isBlank("start")).isTrue();
        assertThat(erwin.get("total")).isEqualTo("Seksi Maya Simanjuntak");
    }

    @Test
    void what_excel_made_of_typed_values_reads_back_as_they_were_typed() {
        byte[] xlsx = Workbooks.xlsx(List.of(
                row("period", "target", "day", "nip"),
                row(new Workbooks.Formatted(LocalDate.of(2026, 11, 1), "mmm-yy"),
                        new Workbooks.Formatted(1234.5, "#,##0.00"),
                        new Workbooks.Formatted(LocalDate.of(2026, 11, 30), "[$-421]d mmmm yyyy"),
                        new Workbooks.Formatted(Double.parseDouble(NIP), "0"))));

        CsvRow row = read(xlsx, "indikator.xlsx").rows().get(0);

        assertThat(row.get("period")).as("2026-11 typed, taken by Excel for 1 Nov 2026").isEqualTo("2026-11");
        assertThat(row.get("target")).as("not 1,234.50").isEqualTo("1234.5");
        assertThat(row.get("day")).isEqualTo("2026-11-30");
        assertThat(row.get("nip")).isEqualTo("199004042015042000");
        assertThat(report.problems()).extracting(Problem::key).containsExactly("sheets_import.number_rounded");
    }

    @Test
    void a_nip_typed_as_a_number_comes_out_as_its_18_digits_and_is_named_because_excel_rounded_it() {
        byte[] xlsx = Workbooks.xlsx(List.of(
                row("nip", "name"),
                row(NIP, "Teks"),
                row(Double.parseDouble(NIP), "Angka")));

        CsvTable table = read(xlsx, "pegawai.xlsx");

        assertThat(table.rows().get(1).get("nip")).as("not 1.99004E+17").isEqualTo("199004042015042000");
        assertThat(problems(Language.ID)).containsExactly("Baris 3: kolom nip (sel A3) berisi angka "
                + "199004042015042000. Excel hanya menyimpan 15 angka pertama, jadi angka sesudahnya sudah berubah "
                + "menjadi 0. Format kolom itu sebagai Teks, ketik ulang nilainya, lalu kirim lagi.");
        assertThat(problems(Language.EN).get(0)).startsWith("Line 3: column nip (cell A3) holds the number "
                + "199004042015042000.");
    }

    @Test
    void empty_rows_before_between_and_after_the_data_are_skipped() {
        byte[] xlsx = Workbooks.xlsx(Arrays.asList(null,
                row("nip", "name", null, null),
                row(null, "   ", null),
                row(NIP, "Maya", null, "  "),
                null, null, row(null, null), row("", " ")));

        CsvTable table = read(xlsx, "pegawai.xlsx");

        assertThat(report.isEmpty()).as(report.toString()).isTrue();
        assertThat(table.header()).as("empty cells after the header are no columns").containsExactly("nip", "name");
        assertThat(table.rows()).singleElement().satisfies(row -> {
            assertThat(row.line()).isEqualTo(4);
            assertThat(row.get("name")).isEqualTo("Maya");
        });
    }

    @Test
    void header_and_width_problems_are_those_of_a_csv_file_on_the_sheet_row() {
        byte[] xlsx = Workbooks.xlsx(List.of(
                row("nip", "Nip", "name"),
                row(NIP, NIP, "Maya", null, "lebih")));

        read(xlsx, "pegawai.xlsx");

        assertThat(problems(Language.ID)).containsExactly(
                "Baris 1: kolom nip muncul dua kali di baris judul. Hapus salah satunya.",
                "Baris 2: ada nilai sampai kolom ke-5, padahal baris judul hanya punya 3 kolom. "
                        + "Beri judul kolom itu atau hapus nilainya.");
    }

    @Test
    void a_workbook_is_told_by_its_content_whatever_its_name_and_csv_stays_csv() {
        byte[] xlsx = Workbooks.fromCsv("nip,name\n" + NIP + ",Maya\n");

        CsvTable misnamed = read(xlsx, "pegawai.csv");
        CsvTable csv = read(("nip,name\n" + NIP + ",Maya\n").getBytes(StandardCharsets.UTF_8), "pegawai.csv");

        assertThat(report.isEmpty()).as(report.toString()).isTrue();
        assertThat(misnamed).isEqualTo(csv);
    }

    @Test
    void an_empty_workbook_is_an_empty_file() {
        read(Workbooks.xlsx(List.of()), "kosong.xlsx");

        assertThat(problems(Language.ID)).containsExactly(
                "Baris 1: berkas kosong. Baris pertama harus berisi nama-nama kolom.");
    }

    @Test
    void what_is_no_workbook_is_refused_with_what_to_do() throws IOException {
        read("nip,name\n".getBytes(StandardCharsets.UTF_8), "pegawai.xlsx");
        read(zip("word/document.xml", "<w:document/>".getBytes(StandardCharsets.UTF_8)), "pegawai.xlsx");
        read(new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2, 3}, "rusak.xlsx");
        read(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1},
                "lama.xls");

        assertThat(problems(Language.ID)).containsExactly(
                "Berkas pegawai.xlsx bukan buku kerja Excel yang dapat dibaca, atau rusak. Buka di Excel lalu Simpan "
                        + "Sebagai → \"Buku Kerja Excel (.xlsx)\" atau \"CSV UTF-8\".",
                "Berkas pegawai.xlsx bukan buku kerja Excel yang dapat dibaca, atau rusak. Buka di Excel lalu Simpan "
                        + "Sebagai → \"Buku Kerja Excel (.xlsx)\" atau \"CSV UTF-8\".",
                "Berkas rusak.xlsx bukan buku kerja Excel yang dapat dibaca, atau rusak. Buka di Excel lalu Simpan "
                        + "Sebagai → \"Buku Kerja Excel (.xlsx)\" atau \"CSV UTF-8\".",
                "Berkas lama.xls adalah buku kerja Excel lama (.xls) atau buku kerja yang dikunci kata sandi. Simpan "
                        + "Sebagai → \"Buku Kerja Excel (.xlsx)\" tanpa kata sandi, atau \"CSV UTF-8\".");
    }

    @Test
    void a_small_file_that_unpacks_to_more_than_the_limit_is_refused_before_it_is_parsed() throws IOException {
        byte[] bomb = zip("xl/worksheets/sheet1.xml", new byte[(int) XlsxReader.MAX_UNPACKED_BYTES + 1]);

        read(bomb, "bom.xlsx");

        assertThat(bomb.length).isLessThan(1024 * 1024);
        assertThat(problems(Language.ID)).containsExactly(
                "Buku kerja bom.xlsx terlalu besar setelah dibuka (lebih dari 256 MB). Bagi menjadi beberapa berkas.");
    }

    @Test
    void a_sheet_with_more_rows_than_the_limit_is_refused() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            var sheet = workbook.createSheet("Data");
            for (int r = 0; r <= XlsxReader.MAX_ROWS + 1; r++) {
                sheet.createRow(r).createCell(0).setCellValue(r == 0 ? "nip" : "x");
            }
            workbook.write(out);
        }

        CsvTable table = read(out.toByteArray(), "besar.xlsx");

        assertThat(table).isEqualTo(CsvTable.EMPTY);
        assertThat(problems(Language.ID)).containsExactly(
                "Lembar pertama besar.xlsx punya lebih dari 300000 baris. Bagi menjadi beberapa berkas.");
    }

    private static byte[] zip(String entry, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content);
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
