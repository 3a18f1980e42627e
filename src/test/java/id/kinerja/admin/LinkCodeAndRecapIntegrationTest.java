package id.kinerja.admin;

import static org.assertj.core.api.Assertions.assertThat;
import id.kinerja.account.LinkCode;
import id.kinerja.spreadsheet.XlsxWriterTest;
import id.kinerja.text.Language;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;


class LinkCodeAndRecapIntegrationTest extends CliIntegrationTest {

    @BeforeEach
    void roster() throws Exception {
        importRoster();
    }

    @Test
    void link_code_prints_the_code_alone_on_the_last_line() {
        Run run = cli("link-code", STAFF, "--bot-username", "@KinerjaMarelanBot");

        assertThat(run.exit()).as(run.err()).isZero();
        List<String> lines = run.outLines();
        String code = lines.get(lines.size() - 1);
        assertThat(code).matches("[A-Z2-9]{12}");
        assertThat(run.out()).contains("https://t.me/KinerjaMarelanBot?start=" + code);
        assertThat(count("select count(*) from link_code c join employee e on e.id = c.employee_id "
                + "where e.nip = ? and c.code_hash = ?", STAFF, LinkCode.hash(code))).isEqualTo(1);
    }

    @Test
    void link_code_for_an_unknown_nip_fails() {
        Run run = cli("link-code", "199901012020011001");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly("Tidak ada pegawai dengan NIP 199901012020011001.");
        assertThat(count("select count(*) from link_code")).isZero();
    }

    @Test
    void link_codes_for_a_unit_as_csv_without_deep_links_when_the_bot_is_unknown() {
        Run run = cli("link-codes", "--unit", "Seksi Pelayanan Umum");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.outLines()).hasSize(3);
        assertThat(run.outLines().get(0)).isEqualTo("nip,name,unit,code,deep_link,already_linked");
        assertThat(run.outLines().subList(1, 3)).allMatch(line -> line.matches("\\d{18},[^,]+,Seksi Pelayanan Umum,[A-Z2-9]{12},,no"));
        assertThat(run.errLines()).containsExactly("Catatan: nama pengguna bot tidak diketahui, jadi tidak ada tautan langsung; berikan --bot-username atau isi TELEGRAM_BOT_USERNAME.");
        assertThat(count("select count(*) from link_code")).isEqualTo(2);
    }

    @Test
    void a_link_code_sheet_never_hands_a_spreadsheet_a_formula() throws Exception {
        jdbc.sql("update employee set name = ? where nip = ?").params("=HYPERLINK(\"http://x\",\"klik\")", STAFF)
            .update();
        jdbc.sql("update employee set name = ? where nip = ?").params("@SUM(A1)", KASI).update();
        Path out = dir.resolve("codes.csv");

        Run run = cli("link-codes", "--unit", "Seksi Pelayanan Umum", "--out", out.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines).anyMatch(l -> l.startsWith(STAFF + ",\"'=HYPERLINK(\"\"http://x\"\",\"\"klik\"\")\","));
        assertThat(lines).anyMatch(l -> l.startsWith(KASI + ",'@SUM(A1),"));
    }

    @Test
    void link_codes_for_everyone_to_a_file() throws Exception {
        Path out = dir.resolve("codes.csv");

        Run run = cli("link-codes", "--all", "--out", out.toString(), "--bot-username", "KinerjaBot");

        assertThat(run.exit()).as(run.err()).isZero();
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).isEqualTo("\uFEFFnip,name,unit,code,deep_link,already_linked");
        assertThat(lines).anyMatch(l -> l.startsWith(CAMAT + ",\"Rahmat Siregar, S.STP\",Kantor Camat,")
                && l.matches(".*,([A-Z2-9]{12}),https://t\\.me/KinerjaBot\\?start=\\1,no"));
    }

    @Test
    void link_codes_skip_people_already_linked_unless_asked_and_mark_them() throws Exception {
        jdbc.sql("update employee set telegram_user_id = 5001, linked_at = now() where nip = ?").param(STAFF).update();

        Run run = cli("link-codes", "--all");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.outLines()).hasSize(4).noneMatch(line -> line.startsWith(STAFF));
        assertThat(run.outLines().subList(1, 4)).allMatch(line -> line.endsWith(",no"));
        assertThat(run.errLines()).contains("1 orang sudah tertaut dan tidak mendapat kode "
                + "(--include-linked membuatkan kode juga untuk mereka).");
        assertThat(count("select count(*) from link_code c join employee e on e.id = c.employee_id where e.nip = ?",
                STAFF)).isZero();

        Run included = cli("link-codes", "--unit", "Seksi Pelayanan Umum", "--include-linked");

        assertThat(included.exit()).as(included.err()).isZero();
        assertThat(included.outLines()).anyMatch(line -> line.startsWith(STAFF + ",") && line.endsWith(",,yes"));
        assertThat(included.errLines()).containsExactly("Catatan: nama pengguna bot tidak diketahui, jadi tidak ada tautan langsung; berikan --bot-username atau isi TELEGRAM_BOT_USERNAME.");
        assertThat(count("select count(*) from employee where nip = ? and telegram_user_id = 5001", STAFF))
                .as("a new code does not unlink anyone").isEqualTo(1);
    }

    @Test
    void link_codes_needs_exactly_one_scope() {
        assertThat(cli("link-codes").exit()).isEqualTo(2);
        assertThat(cli("link-codes", "--all", "--unit", "Kantor Camat").exit()).isEqualTo(2);
        Run unknownUnit = cli("link-codes", "--unit", "Seksi Fiktif");
        assertThat(unknownUnit.exit()).isEqualTo(1);
        assertThat(unknownUnit.errLines()).containsExactly("Tidak ada pegawai aktif di unit bernama \"Seksi Fiktif\".");
        assertThat(count("select count(*) from link_code")).isZero();
    }

    @Test
    void grant_admin_sets_the_flag_and_is_audited() {
        Run run = cli("grant-admin", STAFF);

        assertThat(run.exit()).isZero();
        assertThat(count("select count(*) from employee where nip = ? and is_admin", STAFF)).isEqualTo(1);
        assertThat(count("select count(*) from audit_log where action = 'ADMIN_GRANTED' and subject = ?",
                "employee:" + STAFF)).isEqualTo(1);
        assertThat(run.out()).contains("Maya Simanjuntak (" + STAFF + ") sekarang punya hak kepegawaian untuk seluruh organisasi.");
        assertThat(cli("grant-admin", STAFF).out())
                .contains("Maya Simanjuntak (" + STAFF + ") sudah punya hak kepegawaian untuk seluruh organisasi.");
        assertThat(cli("grant-admin", "199901012020011001").exit()).isEqualTo(1);
    }

    @Test
    void grant_admin_for_a_unit_limits_the_rights_to_its_subtree_and_an_unknown_unit_changes_nothing() {
        Run unknown = cli("grant-admin", STAFF, "--unit", "Kelurahan Fiktif");
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.errLines()).singleElement().asString().startsWith("Tidak ada unit bernama \"Kelurahan Fiktif\" (");
        assertThat(count("select count(*) from employee where nip = ? and is_admin", STAFF)).isZero();

        Run run = cli("grant-admin", STAFF, "--unit", "Seksi Pelayanan Umum");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("Maya Simanjuntak (" + STAFF + ") sekarang punya hak kepegawaian untuk "
                + "Seksi Pelayanan Umum dan semua unit di bawahnya.");
        assertThat(count("""
                select count(*) from employee e join unit u on u.id = e.admin_unit_id
                 where e.nip = ? and e.is_admin and u.name = 'Seksi Pelayanan Umum'""", STAFF)).isEqualTo(1);

        Run widened = cli("grant-admin", STAFF);
        assertThat(widened.out()).contains("untuk seluruh organisasi (sebelumnya untuk bagian lain)");
        assertThat(count("select count(*) from employee where nip = ? and is_admin and admin_unit_id is null", STAFF))
                .isEqualTo(1);
        assertThat(count("select count(*) from audit_log where action = 'ADMIN_SCOPE_CHANGED' and subject = ?",
                "employee:" + STAFF)).isEqualTo(1);
    }

    @Test
    void export_recap_writes_one_row_per_active_employee() throws Exception {
        openNovemberWithStaffRated("ABOVE", "ABOVE");
        Path out = dir.resolve("recap.csv");

        Run run = cli("export-recap", "2026-11", "--out", out.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        byte[] bytes = Files.readAllBytes(out);
        assertThat(new String(bytes, 0, 3, StandardCharsets.UTF_8)).isEqualTo("\uFEFF");
        List<String> lines = new String(bytes, StandardCharsets.UTF_8).substring(1).lines().toList();
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).isEqualTo("nip,name,unit,position,supervisor,work_result,behaviour,predicate,evaluated_at");
        assertThat(lines).contains(CAMAT + ",\"Rahmat Siregar, S.STP\",Kantor Camat,Camat,,,,,");
        assertThat(lines).anyMatch(l -> l.matches(STAFF + ",Maya Simanjuntak,Seksi Pelayanan Umum,Pranata Komputer,"
                + "Erwin Saragih,ABOVE,ABOVE,SANGAT_BAIK,\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}"));
        assertThat(lines).contains(KASI + ",Erwin Saragih,Seksi Pelayanan Umum,Kepala Seksi Pelayanan Umum,"
                + "Nurhayati Lubis,,,,");
    }

    @Test
    void export_recap_to_xlsx_has_a_sheet_of_the_period_with_indonesian_labels_nips_as_text_and_dates_as_dates() throws Exception {
        openNovemberWithStaffRated("ABOVE", "ABOVE");
        jdbc.sql("update employee set name = ? where nip = ?").params("=HYPERLINK(\"http://x\",\"klik\")", KASI)
                .update();
        Path out = dir.resolve("Rekap.XLSX");

        Run run = cli("export-recap", "2026-11", "--out", out.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("Rekap 2026-11: 4 pegawai ditulis ke " + out + ".");
        try (XSSFWorkbook workbook = XlsxWriterTest.read(Files.readAllBytes(out))) {
            assertThat(workbook.getSheetName(0)).as("the summary first").isEqualTo("Ringkasan");
            assertThat(workbook.getSheetName(1)).as("then the recap, the units' and the follow-up's sheets after it")
                    .isEqualTo("2026-11");
            Sheet summary = workbook.getSheet("Ringkasan");
            assertThat(summary.getRow(summary.getLastRowNum()).getCell(0).getStringCellValue()).isEqualTo(
                    "Predikat kinerja organisasi belum diatur (kinerja.recap.organisation-predicate), jadi distribusi "
                            + "predikat pegawai tidak diperiksa.");
            Sheet sheet = workbook.getSheet("2026-11");
            assertThat(texts(sheet.getRow(0))).containsExactly("NIP", "Nama", "Unit", "Jabatan", "Atasan",
                    "Hasil Kerja", "Perilaku Kerja", "Predikat", "Dinilai pada");
            assertThat(sheet.getLastRowNum()).isEqualTo(4);
            Row staff = rowOf(sheet, STAFF);
            assertThat(staff.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(texts(staff).subList(0, 8)).containsExactly(STAFF, "Maya Simanjuntak", "Seksi Pelayanan Umum",
                    "Pranata Komputer", "=HYPERLINK(\"http://x\",\"klik\")", "Di Atas Ekspektasi", "Di Atas Ekspektasi",
                    "Sangat Baik");
            assertThat(staff.getCell(4).getCellType()).isEqualTo(CellType.STRING);
            Cell evaluatedAt = staff.getCell(8);
            assertThat(evaluatedAt.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(evaluatedAt)).isTrue();
            assertThat(Duration.between(evaluatedAt.getLocalDateTimeCellValue(),
                    LocalDateTime.now(ZoneId.of("Asia/Jakarta"))).abs()).isLessThan(Duration.ofMinutes(5));
            Row kasi = rowOf(sheet, KASI);
            assertThat(kasi.getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(kasi.getCell(1).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\",\"klik\")");
            assertThat(kasi.getCell(5)).isNull();
            assertThat(kasi.getCell(8)).isNull();
        }
        assertThat(count("select count(*) from audit_log where action = 'RECAP_EXPORTED' and details = ?",
                "4 rows to " + out)).isEqualTo(1);
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(name -> name.startsWith(".recap"));
        }
    }

    @Test
    void export_recap_to_xlsx_speaks_the_command_lines_language_while_the_csv_keeps_names_and_codes() throws Exception {
        openNovemberWithStaffRated("ABOVE", "BELOW");
        Path xlsx = dir.resolve("recap.xlsx");
        Path csv = dir.resolve("recap.csv");

        Run run = cli(Language.EN, "export-recap", "2026-11", "--out", xlsx.toString());
        Run runCsv = cli(Language.EN, "export-recap", "2026-11", "--out", csv.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        try (XSSFWorkbook workbook = XlsxWriterTest.read(Files.readAllBytes(xlsx))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Summary");
            Sheet sheet = workbook.getSheetAt(1);
            assertThat(texts(sheet.getRow(0))).containsExactly("NIP", "Name", "Unit", "Position", "Supervisor",
                    "Work result", "Work behaviour", "Predicate", "Evaluated at");
            assertThat(texts(rowOf(sheet, STAFF)).subList(5, 8)).containsExactly("Above expectation",
                    "Below expectation", "Poor/Misconduct");
            assertThat(rowOf(sheet, KASI).getCell(5)).isNull();
        }
        assertThat(runCsv.exit()).as(runCsv.err()).isZero();
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("\uFEFFnip,name,unit,position,supervisor,work_result,behaviour,predicate,"
                + "evaluated_at");
        assertThat(lines).anyMatch(l -> l.startsWith(STAFF + ",Maya Simanjuntak,Seksi Pelayanan Umum,Pranata Komputer,"
                + "Erwin Saragih,ABOVE,BELOW,KURANG,"));
    }

    @Test
    void export_recap_refuses_other_extensions_and_unknown_periods_and_writes_nothing() throws Exception {
        openNovember();

        for (String name : List.of("recap.txt", "recap.xls", "recap")) {
            Run refused = cli("export-recap", "2026-11", "--out", dir.resolve(name).toString());
            assertThat(refused.exit()).isEqualTo(1);
            assertThat(refused.errLines()).containsExactly("--out harus nama berkas berakhiran .xlsx (buku kerja Excel) "
                    + "atau .csv (CSV): " + dir.resolve(name));
            assertThat(Files.exists(dir.resolve(name))).isFalse();
        }
        Run unknown = cli("export-recap", "2030-01", "--out", dir.resolve("recap.xlsx").toString());
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.errLines()).containsExactly("Tidak ada periode dengan kode \"2030-01\".");
        assertThat(Files.exists(dir.resolve("recap.xlsx"))).isFalse();
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("roster.csv");
        }
        assertThat(count("select count(*) from audit_log where action = 'RECAP_EXPORTED'")).isZero();
    }

    /** Period 2026-11 open, and the staff member's evaluation in it imported. */
    private void openNovemberWithStaffRated(String workResult, String behaviour) throws Exception {
        openNovember();
        // feedback as the chat requires it with a BELOW
        Run run = cli("import-evaluations", file("ev.csv", "nip,period,work_result,behaviour,feedback\n"
                + "%s,2026-11,%s,%s,Rencana perbaikan disepakati.\n".formatted(STAFF, workResult, behaviour)).toString());
        assertThat(run.exit()).as(run.err()).isZero();
    }

    private void openNovember() throws Exception {
        cli("open-period", "--code", "2026-11", "--kind", "MONTHLY", "--start", "2026-11-01", "--end", "2026-11-30",
                "--due", "2026-12-07");
    }

    private static Row rowOf(Sheet sheet, String nip) {
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && nip.equals(row.getCell(0).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row for NIP " + nip);
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : "#"));
        return texts;
    }
}
