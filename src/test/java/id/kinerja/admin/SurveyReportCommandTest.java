package id.kinerja.admin;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.spreadsheet.XlsxWriterTest;
import id.kinerja.survey.CompletedSurvey;
import id.kinerja.survey.RespondentProfile;
import id.kinerja.survey.SurveyElement;
import id.kinerja.survey.SurveyResponses;
import id.kinerja.text.Language;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

@TestPropertySource(properties = {"kinerja.survey.units[0].unit=Kantor Camat", "kinerja.survey.units[0].yearly-users=100",
        "kinerja.survey.units[0].services[0].key=sktm",
        "kinerja.survey.units[0].services[0].name=Surat Keterangan Tidak Mampu",
        "kinerja.survey.units[0].services[0].name-en=Certificate of Low Income"})
class SurveyReportCommandTest extends CliIntegrationTest {

    @Autowired
    SurveyResponses responses;
    @Autowired
    TransactionTemplate transactions;

    long camat;
    long seksi;

    @BeforeEach
    void office() throws Exception {
        importRoster();
        camat = count("select id from unit where name = 'Kantor Camat'");
        seksi = count("select id from unit where name = 'Seksi Pelayanan Umum'");
    }

    private static CompletedSurvey survey(long unit, String service, LocalDate day, RespondentProfile profile,
                                          String suggestion, int... scores) {
        Map<SurveyElement, Integer> map = new EnumMap<>(SurveyElement.class);
        for (SurveyElement element : SurveyElement.values()) {
            map.put(element, scores[element.ordinal()]);
        }
        return new CompletedSurvey(unit, service, day, profile, map, suggestion);
    }

    private void write(CompletedSurvey... surveys) {
        transactions.executeWithoutResult(s -> responses.write(List.of(surveys)));
    }

    private void quarterOfData() {
        write(survey(camat, "sktm", LocalDate.of(2026, 10, 2), new RespondentProfile("L", "20-29", "S1", "PNS"),
                        "Antrean terlalu lama", 4, 4, 2, 4, 4, 3, 4, 3, 4),
                survey(camat, "sktm", LocalDate.of(2026, 11, 3), new RespondentProfile("P", null, "S1", null),
                        null, 3, 4, 1, 4, 4, 3, 4, 3, 3),
                survey(seksi, "", LocalDate.of(2026, 12, 4), RespondentProfile.SKIPPED, "=cmd|' /C calc'!A0",
                        3, 3, 3, 3, 3, 3, 3, 3, 3),
                // another quarter: not in the report
                survey(camat, "sktm", LocalDate.of(2026, 9, 30), new RespondentProfile("L", null, null, null),
                        "Bukan triwulan ini", 1, 1, 1, 1, 1, 1, 1, 1, 1));
        jdbc.sql("update survey_suggestion set followed_up_at = timestamptz '2026-11-20 10:00+07', "
                + "follow_up_note = 'Loket kedua dibuka' where text = 'Antrean terlalu lama'").update();
    }

    @Test
    void the_report_of_a_quarter_has_the_five_sheets_with_exact_values() throws Exception {
        quarterOfData();
        Path out = dir.resolve("skm.xlsx");

        Run run = cli(Language.ID, "survey-report", "--period", "2026-Q4", "--out", out.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.outLines()).containsExactly(
                "Laporan survei 2026-Q4 (2026-10-01 s.d. 2026-12-31): 3 tanggapan di 2 unit, 2 saran.",
                out.toString());
        try (XSSFWorkbook workbook = XlsxWriterTest.read(Files.readAllBytes(out))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(5);
            assertThat(List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2),
                    workbook.getSheetName(3), workbook.getSheetName(4))).containsExactly("Profil Responden",
                    "NRR per Unsur", "IKM per Unit", "Saran dan Pengaduan", "Rencana Tindak Lanjut");

            Sheet profile = workbook.getSheet("Profil Responden");
            assertThat(values(profile.getRow(0))).containsExactly("Profil", "Kategori", "Kantor Camat",
                    "Seksi Pelayanan Umum", "Jumlah");
            assertThat(rowStarting(profile, "Jenis Kelamin", "Laki-laki")).containsExactly("Jenis Kelamin", "Laki-laki",
                    "1", "0", "1");
            assertThat(rowStarting(profile, "Jenis Kelamin", "Perempuan")).containsExactly("Jenis Kelamin", "Perempuan",
                    "1", "0", "1");
            assertThat(rowStarting(profile, "Jenis Kelamin", "Tidak diisi")).containsExactly("Jenis Kelamin",
                    "Tidak diisi", "0", "1", "1");
            assertThat(rowStarting(profile, "Usia", "20–29 tahun")).containsExactly("Usia", "20–29 tahun", "1", "0", "1");
            assertThat(rowStarting(profile, "Usia", "Tidak diisi")).containsExactly("Usia", "Tidak diisi", "1", "1", "2");
            assertThat(rowStarting(profile, "Pendidikan", "S1")).containsExactly("Pendidikan", "S1", "2", "0", "2");
            assertThat(rowStarting(profile, "Pekerjaan", "PNS")).containsExactly("Pekerjaan", "PNS", "1", "0", "1");
            assertThat(profile.getLastRowNum()).isEqualTo(2 + 6 + 7 + 6 + 4);

            Sheet elements = workbook.getSheet("NRR per Unsur");
            assertThat(values(elements.getRow(0))).containsExactly("Unit", "Unsur", "Jumlah Jawaban", "NRR",
                    "Nilai Konversi (NRR × 25)");
            assertThat(rowStarting(elements, "Kantor Camat", "Waktu Penyelesaian"))
                    .containsExactly("Kantor Camat", "Waktu Penyelesaian", "2", "1.5", "37.5");
            assertThat(rowStarting(elements, "Kantor Camat", "Persyaratan"))
                    .containsExactly("Kantor Camat", "Persyaratan", "2", "3.5", "87.5");
            assertThat(rowStarting(elements, "Seluruh kantor", "Waktu Penyelesaian"))
                    .containsExactly("Seluruh kantor", "Waktu Penyelesaian", "3", "2", "50");
            assertThat(rowStarting(elements, "Seluruh kantor", "Penanganan Pengaduan, Saran dan Masukan"))
                    .containsExactly("Seluruh kantor", "Penanganan Pengaduan, Saran dan Masukan", "3", "3.33", "83.33");
            assertThat(elements.getLastRowNum()).isEqualTo(3 * 9);

            Sheet index = workbook.getSheet("IKM per Unit");
            assertThat(values(index.getRow(0))).containsExactly("Unit", "Jenis Layanan", "Jumlah Responden", "IKM",
                    "Mutu Pelayanan", "Kinerja Unit", "Sampel Minimum");
            // Kantor Camat NRR 3.5, 4, 1.5, 4, 4, 3, 4, 3, 3.5 → Σ 30.5 → 25 × 30.5 / 9 = 84.72
            assertThat(values(index.getRow(1))).containsExactly("Kantor Camat", "Semua layanan", "2", "84.72", "B",
                    "Baik", "belum (2 dari 80)");
            assertThat(values(index.getRow(2))).containsExactly("Kantor Camat", "Surat Keterangan Tidak Mampu", "2",
                    "84.72", "B", "Baik", "");
            assertThat(values(index.getRow(3))).containsExactly("Seksi Pelayanan Umum", "Semua layanan", "1", "75",
                    "C", "Kurang Baik",
                    "tidak diketahui (1 responden; jumlah pengguna layanan per tahun belum diatur)");
            // whole office: totals 10, 11, 6, 11, 11, 9, 11, 9, 10 of 3 answers each: Σ NRR = 88/3
            // → 25 × 88 / 27 = 81.481… → 81.48; N = 100 → S = 80
            assertThat(values(index.getRow(4))).containsExactly("Seluruh kantor", "Semua layanan", "3", "81.48", "B",
                    "Baik", "belum (3 dari 80)");
            assertThat(index.getLastRowNum()).isEqualTo(4);
            assertThat(index.getRow(1).getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);

            Sheet suggestions = workbook.getSheet("Saran dan Pengaduan");
            assertThat(values(suggestions.getRow(0))).containsExactly("Unit", "Jenis Layanan", "Tanggal",
                    "Saran/Pengaduan", "Status", "Tanggal Tindak Lanjut", "Catatan Tindak Lanjut");
            assertThat(values(suggestions.getRow(1))).containsExactly("Kantor Camat", "Surat Keterangan Tidak Mampu",
                    "2026-10-02", "Antrean terlalu lama", "ditindaklanjuti", "2026-11-20", "Loket kedua dibuka");
            assertThat(values(suggestions.getRow(2))).containsExactly("Seksi Pelayanan Umum", "", "2026-12-04",
                    "=cmd|' /C calc'!A0", "belum ditindaklanjuti", "", "");
            assertThat(suggestions.getRow(2).getCell(3).getCellType()).as("never a formula").isEqualTo(CellType.STRING);
            assertThat(suggestions.getLastRowNum()).isEqualTo(2);

            Sheet plan = workbook.getSheet("Rencana Tindak Lanjut");
            assertThat(values(plan.getRow(0))).containsExactly("Unit", "Prioritas Unsur", "NRR", "Program/Kegiatan",
                    "Waktu", "Penanggung Jawab");
            assertThat(values(plan.getRow(1))).containsExactly("Kantor Camat", "Waktu Penyelesaian", "1.5", "", "", "");
            assertThat(values(plan.getRow(2))).containsExactly("Kantor Camat", "Kompetensi Pelaksana", "3", "", "", "");
            assertThat(values(plan.getRow(3))).containsExactly("Kantor Camat", "Sarana dan Prasarana", "3", "", "", "");
            assertThat(values(plan.getRow(4))).containsExactly("Seksi Pelayanan Umum", "Persyaratan", "3", "", "", "");
            assertThat(values(plan.getRow(5))).containsExactly("Seksi Pelayanan Umum",
                    "Sistem, Mekanisme, dan Prosedur", "3", "", "", "");
            assertThat(plan.getLastRowNum()).isEqualTo(6);
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(name -> name.startsWith(".survey-report"));
        }
    }

    @Test
    void in_english_the_labels_and_the_service_are_english() throws Exception {
        quarterOfData();
        Path out = dir.resolve("skm-en.xlsx");

        Run run = cli(Language.EN, "survey-report", "--period", "2026-11", "--out", out.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.outLines().get(run.outLines().size() - 1)).isEqualTo(out.toString());
        try (XSSFWorkbook workbook = XlsxWriterTest.read(Files.readAllBytes(out))) {
            Sheet index = workbook.getSheet("IKM per Unit");
            // November: one survey, Σ scores 29 → 25 × 29 / 9 = 80.555… → 80.56
            assertThat(values(index.getRow(1))).containsExactly("Kantor Camat", "All services", "1", "80.56", "B",
                    "Good", "not yet (1 of 80)");
            assertThat(values(index.getRow(2))).containsExactly("Kantor Camat", "Certificate of Low Income", "1",
                    "80.56", "B", "Good", "");
            assertThat(workbook.getSheet("Follow-up Plan").getRow(1).getCell(1).getStringCellValue())
                    .isEqualTo("Completion Time");
        }
    }

    @Test
    void a_period_without_responses_still_lists_every_unit_with_its_sample() throws Exception {
        Path out = dir.resolve("empty.xlsx");

        Run run = cli(Language.ID, "survey-report", "--period", "2025", "--out", out.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        try (XSSFWorkbook workbook = XlsxWriterTest.read(Files.readAllBytes(out))) {
            Sheet index = workbook.getSheet("IKM per Unit");
            assertThat(values(index.getRow(1))).containsExactly("Kantor Camat", "Semua layanan", "0", "", "", "",
                    "belum (0 dari 80)");
            assertThat(values(index.getRow(2))).containsExactly("Kantor Camat", "Surat Keterangan Tidak Mampu", "0",
                    "", "", "", "");
            assertThat(workbook.getSheet("Rencana Tindak Lanjut").getLastRowNum()).isZero();
        }
    }

    @Test
    void a_bad_period_or_file_name_is_refused_and_nothing_is_written() {
        Run badPeriod = cli("survey-report", "--period", "2026-Q5", "--out", dir.resolve("x.xlsx").toString());
        assertThat(badPeriod.exit()).isEqualTo(1);
        assertThat(badPeriod.errLines()).containsExactly(
                "--period \"2026-Q5\" bukan periode. Tulis tahun (2026), semester (2026-S2), triwulan (2026-Q4) atau bulan (2026-11).");

        Run csv = cli("survey-report", "--period", "2026-Q4", "--out", dir.resolve("x.csv").toString());
        assertThat(csv.exit()).isEqualTo(1);
        assertThat(csv.errLines()).containsExactly("--out harus nama berkas berakhiran .xlsx: " + dir.resolve("x.csv"));

        Run noFolder = cli("survey-report", "--period", "2026-Q4", "--out", dir.resolve("no/x.xlsx").toString());
        assertThat(noFolder.exit()).isEqualTo(1);

        assertThat(cli("survey-report", "--out", dir.resolve("x.xlsx").toString()).exit()).isEqualTo(2);
        assertThat(Files.exists(dir.resolve("x.xlsx"))).isFalse();
    }

    @Test
    void within_a_unit_the_report_holds_that_unit_only_and_no_whole_office_rows() throws Exception {
        quarterOfData();
        Path out = dir.resolve("skm-seksi.xlsx");

        Run run = cli(Language.ID, "survey-report", "--period", "2026-Q4", "--unit", "Seksi Pelayanan Umum",
                "--out", out.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.outLines().get(0)).isEqualTo(
                "Laporan survei 2026-Q4 (2026-10-01 s.d. 2026-12-31): 1 tanggapan di 1 unit, 1 saran.");
        try (XSSFWorkbook workbook = XlsxWriterTest.read(Files.readAllBytes(out))) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    assertThat(values(row)).as(sheet.getSheetName())
                            .doesNotContain("Kantor Camat", "Seluruh kantor", "Antrean terlalu lama");
                }
            }
            assertThat(values(workbook.getSheet("IKM per Unit").getRow(1)).get(0)).isEqualTo("Seksi Pelayanan Umum");
        }
    }

    private static List<String> values(Row row) {
        DataFormatter formatter = new DataFormatter();
        List<String> values = new ArrayList<>();
        for (int c = 0; c < row.getSheet().getRow(0).getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            if (cell != null && cell.getCellType() == CellType.NUMERIC
                    && org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell)) {
                values.add(cell.getLocalDateTimeCellValue().toLocalDate().toString());
            } else {
                values.add(cell == null ? "" : formatter.formatCellValue(cell));
            }
        }
        return values;
    }

    private static List<String> rowStarting(Sheet sheet, String first, String second) {
        for (Row row : sheet) {
            List<String> values = values(row);
            if (values.get(0).equals(first) && values.get(1).equals(second)) {
                return values;
            }
        }
        throw new AssertionError("no row " + first + " / " + second + " in " + sheet.getSheetName());
    }
}
