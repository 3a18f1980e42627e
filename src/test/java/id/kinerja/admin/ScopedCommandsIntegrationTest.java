package id.kinerja.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kinerja.account.CorrectionField;
import id.kinerja.account.CorrectionRequests;
import id.kinerja.appraisal.ObjectionRefused;
import id.kinerja.appraisal.Objections;
import id.kinerja.appraisal.Periods;
import id.kinerja.appraisal.Rating;
import id.kinerja.employee.Employee;
import id.kinerja.employee.Employees;
import id.kinerja.employee.Nip;
import id.kinerja.employee.Requester;
import id.kinerja.spreadsheet.XlsxWriterTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two kelurahan (Anggrek and Bakung) under one kantor camat: the command line with {@code --unit "Kelurahan Anggrek"}
 * acts like an HR admin of Anggrek and never reaches a person of Bakung.
 */
class ScopedCommandsIntegrationTest extends CliIntegrationTest {

    static final String LURAH_A = "197502022001011001";
    static final String STAFF_A = "199001012015011002";
    static final String HR_A = "199202022016012003";
    static final String LURAH_B = "197603032002011004";
    static final String STAFF_B = "199104042015022005";
    static final String A = "Kelurahan Anggrek";
    static final String B_NAMES_AND_NIPS = "Bonar Sitompul|Butet Manurung|Kelurahan Bakung|" + LURAH_B + "|" + STAFF_B;

    static final String TWO_KELURAHAN = """
            nip,name,position,unit,supervisor_nip,role,parent_unit
            %s,"Rahmat Siregar, S.STP",Camat,Kantor Camat,,,
            %s,Ahmad Fauzi,Lurah Anggrek,Kelurahan Anggrek,%s,,Kantor Camat
            %s,Ayu Lestari,Pengadministrasi,Kelurahan Anggrek,%s,,
            %s,Arif Hidayat,Analis SDM Aparatur,Kelurahan Anggrek,%s,,
            %s,Bonar Sitompul,Lurah Bakung,Kelurahan Bakung,%s,,Kantor Camat
            %s,Butet Manurung,Pengadministrasi,Kelurahan Bakung,%s,,
            """.formatted(CAMAT, LURAH_A, CAMAT, STAFF_A, LURAH_A, HR_A, LURAH_A, LURAH_B, CAMAT, STAFF_B, LURAH_B);

    @Autowired
    private CorrectionRequests corrections;
    @Autowired
    private Employees employees;

    @BeforeEach
    void twoKelurahan() throws Exception {
        Run run = cli("import-roster", file("roster.csv", TWO_KELURAHAN).toString());
        assertThat(run.exit()).as(run.err()).isZero();
        cli("open-period", "--code", "2026-11", "--kind", "MONTHLY", "--start", "2026-11-01", "--end", "2026-11-30",
                "--due", "2026-12-07");
        Run rated = cli("import-evaluations", file("ev.csv", "nip,period,work_result,behaviour\n"
                + STAFF_A + ",2026-11,MEETS,MEETS\n" + STAFF_B + ",2026-11,ABOVE,ABOVE\n").toString());
        assertThat(rated.exit()).as(rated.err()).isZero();
    }

    @Test
    void the_recap_within_kelurahan_a_holds_no_name_from_kelurahan_b_on_any_sheet_nor_in_the_csv() throws Exception {
        Path xlsx = dir.resolve("rekap.xlsx");
        Path csv = dir.resolve("rekap.csv");

        Run run = cli("export-recap", "2026-11", "--unit", A, "--out", xlsx.toString());
        Run runCsv = cli("export-recap", "2026-11", "--unit", A, "--out", csv.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("Rekap 2026-11: 3 pegawai ditulis ke " + xlsx + ".");
        String cells = cells(Files.readAllBytes(xlsx));
        assertThat(cells).contains("Ayu Lestari", STAFF_A, "Ahmad Fauzi", "Arif Hidayat");
        assertThat(cells).doesNotContainPattern(B_NAMES_AND_NIPS);
        assertThat(runCsv.exit()).as(runCsv.err()).isZero();
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(4).anyMatch(l -> l.startsWith(STAFF_A + ",Ayu Lestari,Kelurahan Anggrek,"));
        assertThat(String.join("\n", lines)).doesNotContainPattern(B_NAMES_AND_NIPS);
        assertThat(count("select count(*) from audit_log where action = 'RECAP_EXPORTED' and actor like 'cli:unit:%'"))
                .isEqualTo(2);

        Run whole = cli("export-recap", "2026-11", "--out", xlsx.toString());
        assertThat(whole.out()).contains("Rekap 2026-11: 6 pegawai");
        assertThat(cells(Files.readAllBytes(xlsx))).contains("Butet Manurung");
    }

    @Test
    void an_admin_granted_kelurahan_a_reads_the_same_recap_as_the_command_line_within_it() throws Exception {
        assertThat(cli("grant-admin", HR_A, "--unit", A).exit()).isZero();
        Employee hr = employees.byNip(new Nip(HR_A)).orElseThrow();
        Path xlsx = dir.resolve("rekap.xlsx");

        Run refused = cli("import-evaluations", file("ev.csv", "nip,period,work_result,behaviour\n"
                + STAFF_B + ",2026-11,MEETS,MEETS\n").toString(), "--as", HR_A);

        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.errLines()).contains("Baris 2: NIP " + STAFF_B + " terdaftar di unit "
                + "\"Kelurahan Bakung\", di luar bagian organisasi Anda (Kelurahan Anggrek dan unit di bawahnya). "
                + "Hapus baris ini; kepegawaian yang membawahkan unit itu yang mengurusnya.");
        assertThat(count("select count(*) from evaluation e join employee p on p.id = e.employee_id "
                + "where p.nip = ? and e.work_result = 'ABOVE'", STAFF_B)).as("unchanged").isEqualTo(1);
        try (var out = Files.newOutputStream(xlsx)) {
            context.getBean(id.kinerja.appraisal.RecapExport.class).export(
                    context.getBean(id.kinerja.appraisal.Periods.class).byCode("2026-11").orElseThrow(),
                    id.kinerja.spreadsheet.ExportFormat.XLSX, id.kinerja.text.Language.ID, out, "test",
                    Requester.of(hr));
        }
        assertThat(cells(Files.readAllBytes(xlsx))).contains("Ayu Lestari").doesNotContainPattern(B_NAMES_AND_NIPS);
    }

    @Test
    void a_roster_within_kelurahan_a_that_touches_kelurahan_b_is_refused_whole_with_every_line_named() throws Exception {
        assertThat(cli("grant-admin", STAFF_A).exit()).as("HR of the whole organisation, working in Anggrek").isZero();
        List<Map<String, Object>> employeesBefore = rows("employee");
        List<Map<String, Object>> unitsBefore = rows("unit");
        Path roster = file("kelurahan-a.csv", """
                nip,name,position,unit,supervisor_nip,role,parent_unit
                %s,Ayu Lestari,Pengadministrasi,Kelurahan Anggrek,%s,EMPLOYEE,
                %s,Butet Manurung,Pengadministrasi,Kelurahan Anggrek,%s,,
                199303032017031006,Pegawai Baru,Staf,Kelurahan Bakung,%s,,
                199404042018041007,Pegawai Lingkungan,Staf,Lingkungan Baru,%s,,
                199505052019051008,Pegawai Lingkungan B,Staf,Lingkungan Bakung 1,%s,,Kelurahan Bakung
                %s,Ahmad Fauzi,Lurah Anggrek,Kelurahan Anggrek,%s,,Kelurahan Bakung
                """.formatted(STAFF_A, LURAH_A, STAFF_B, LURAH_A, LURAH_B, LURAH_A, LURAH_B, LURAH_A, CAMAT));

        Run run = cli("import-roster", roster.toString(), "--unit", A);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly("Tidak ada yang diimpor. Masalah yang ditemukan:",
                "Baris 2: Ayu Lestari (NIP " + STAFF_A + ") punya hak kepegawaian untuk bagian organisasi yang lebih luas "
                        + "dari bagian Anda (Kelurahan Anggrek); hak itu hanya dapat dicabut oleh kepegawaian bagian itu. "
                        + "Kosongkan kolom role.",
                "Baris 3: NIP " + STAFF_B + " terdaftar di unit \"Kelurahan Bakung\", di luar bagian "
                        + "organisasi Anda (Kelurahan Anggrek dan unit di bawahnya). Hapus baris ini; kepegawaian yang "
                        + "membawahkan unit itu yang mengurusnya.",
                "Baris 4: unit \"Kelurahan Bakung\" berada di luar bagian organisasi Anda (Kelurahan Anggrek dan unit di "
                        + "bawahnya). Hapus baris ini; kepegawaian yang membawahkan unit itu yang mengimpornya.",
                "Baris 5: unit baru \"Lingkungan Baru\" tidak punya induk, jadi berada di luar bagian organisasi Anda "
                        + "(Kelurahan Anggrek dan unit di bawahnya). Isi kolom parent_unit dengan Kelurahan Anggrek atau "
                        + "unit di bawahnya.",
                "Baris 6: unit baru \"Lingkungan Bakung 1\" berada di bawah \"Kelurahan Bakung\", di luar bagian organisasi "
                        + "Anda (Kelurahan Anggrek dan unit di bawahnya). Isi kolom parent_unit dengan Kelurahan Anggrek "
                        + "atau unit di bawahnya.",
                "Baris 7: unit \"Kelurahan Anggrek\" akan dipindah ke bawah \"Kelurahan Bakung\", di luar bagian organisasi "
                        + "Anda (Kelurahan Anggrek dan unit di bawahnya). Kosongkan kolom parent_unit atau isi dengan "
                        + "induknya sekarang.");
        assertThat(rows("employee")).isEqualTo(employeesBefore);
        assertThat(rows("unit")).isEqualTo(unitsBefore);
        assertThat(count("select count(*) from audit_log where action = 'ROSTER_IMPORTED' and actor like 'cli:unit:%'"))
                .isZero();
    }

    @Test
    void a_roster_within_kelurahan_a_adds_below_it_keeps_kelurahan_b_and_new_hr_gets_kelurahan_a_only() throws Exception {
        List<Map<String, Object>> kelurahanB = jdbc.sql("select * from employee where unit_id = "
                + "(select id from unit where name = 'Kelurahan Bakung') order by id").query().listOfRows();
        Path roster = file("kelurahan-a.csv", """
                nip,name,position,unit,supervisor_nip,role,parent_unit
                %s,Ayu Lestari,Pranata Komputer,Kelurahan Anggrek,%s,,
                199303032017031006,Dewi Kartika,Kepala Lingkungan,Lingkungan Anggrek 1,%s,,Kelurahan Anggrek
                199404042018041007,Rudi Hartono,Analis SDM Aparatur,Lingkungan Anggrek 1,%s,HR,
                199505052019051008,Sari Dewi,Sekretaris Lurah,Kelurahan Anggrek,%s,,
                199606062020061009,Tono Wijaya,Ketua RT,RT 01 Anggrek,%s,,Lingkungan Anggrek 1
                """.formatted(STAFF_A, LURAH_A, LURAH_A, "199303032017031006", CAMAT, "199303032017031006"));

        Run run = cli("import-roster", roster.toString(), "--unit", A);

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).as("a new unit below a new unit below Kelurahan Anggrek is inside too")
                .contains("Daftar pegawai: 4 ditambahkan, 1 diubah, 0 tetap");
        assertThat(count("""
                select count(*) from employee e join unit u on u.id = e.admin_unit_id
                 where e.nip = '199404042018041007' and e.is_admin and u.name = 'Kelurahan Anggrek'""")).isEqualTo(1);
        assertThat(count("select count(*) from unit c join unit p on p.id = c.parent_id "
                + "where c.name = 'Lingkungan Anggrek 1' and p.name = 'Kelurahan Anggrek'")).isEqualTo(1);
        assertThat(count("select count(*) from employee e join employee s on s.id = e.supervisor_id "
                + "where e.nip = '199505052019051008' and s.nip = ?", CAMAT)).as("a supervisor above the scope").isEqualTo(1);
        assertThat(jdbc.sql("select * from employee where unit_id = (select id from unit where name = 'Kelurahan Bakung') "
                + "order by id").query().listOfRows()).as("nobody of Kelurahan Bakung is touched").isEqualTo(kelurahanB);
        assertThat(count("select count(*) from audit_log where action = 'ROSTER_IMPORTED' and actor = 'cli:unit:' || "
                + "(select id from unit where name = 'Kelurahan Anggrek')")).isEqualTo(1);
    }

    @Test
    void indicators_within_kelurahan_a_for_someone_of_kelurahan_b_are_refused_whole() throws Exception {
        Path indicators = file("ind.csv", """
                nip,period,indicator,target,unit,direction
                %s,2026-11,Surat keterangan diproses,100,surat,HIGHER_IS_BETTER
                %s,2026-11,Surat keterangan diproses,100,surat,HIGHER_IS_BETTER
                """.formatted(STAFF_A, STAFF_B));

        Run run = cli("import-indicators", indicators.toString(), "--unit", A);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly("Tidak ada yang diimpor. Masalah yang ditemukan:",
                "Baris 3: NIP " + STAFF_B + " terdaftar di unit \"Kelurahan Bakung\", di luar bagian "
                        + "organisasi Anda (Kelurahan Anggrek dan unit di bawahnya). Hapus baris ini; kepegawaian yang "
                        + "membawahkan unit itu yang mengurusnya.");
        assertThat(count("select count(*) from indicator")).isZero();
        assertThat(cli("import-indicators", indicators.toString()).exit()).as("the whole organisation").isZero();
        assertThat(count("select count(*) from indicator")).isEqualTo(2);
    }

    @Test
    void link_codes_within_kelurahan_a_refuse_a_person_of_kelurahan_b() {
        Run refused = cli("link-code", STAFF_B, "--unit", A);

        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.out()).isEmpty();
        assertThat(refused.errLines()).containsExactly("NIP " + STAFF_B + " bekerja di Kelurahan Bakung, "
                + "di luar Kelurahan Anggrek dan unit di bawahnya (--unit). Tidak ada kode yang dibuat.");
        assertThat(count("select count(*) from link_code")).isZero();

        assertThat(cli("link-code", STAFF_A, "--unit", A).exit()).isZero();
        Run sheet = cli("link-codes", "--unit", A);
        assertThat(sheet.exit()).as(sheet.err()).isZero();
        assertThat(sheet.outLines()).hasSize(4).noneMatch(line -> line.matches(".*(" + B_NAMES_AND_NIPS + ").*"));
        Run kantor = cli("link-codes", "--unit", "Kantor Camat");
        assertThat(kantor.outLines()).as("the kantor camat and both kelurahan below it").hasSize(7);
        assertThat(count("select count(*) from link_code c join employee e on e.id = c.employee_id where e.nip = ? "
                + "and c.revoked_at is null", STAFF_B)).isEqualTo(1);
    }

    @Test
    void an_unknown_unit_is_refused_before_anything_is_read() throws Exception {
        Run run = cli("export-recap", "2026-11", "--unit", "Kelurahan Fiktif", "--out", dir.resolve("r.csv").toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().asString().startsWith("Tidak ada unit bernama \"Kelurahan Fiktif\" (");
        assertThat(Files.exists(dir.resolve("r.csv"))).isFalse();
        assertThat(cli("import-roster", "--help").out()).contains("batasi perintah ini pada unit ini");
    }

    @Test
    void a_correction_request_of_kelurahan_b_is_neither_listed_for_nor_answered_by_hr_of_kelurahan_a() {
        assertThat(cli("grant-admin", HR_A, "--unit", A).exit()).isZero();
        Employee hr = employees.byNip(new Nip(HR_A)).orElseThrow();
        Employee butet = employees.byNip(new Nip(STAFF_B)).orElseThrow();
        var filed = (CorrectionRequests.Filing.Filed) corrections.file(butet, CorrectionField.POSITION,
                "Pengadministrasi", "Pengadministrasi Umum");
        long id = filed.request().id();

        assertThat(corrections.open(Requester.of(hr))).isEmpty();
        assertThat(corrections.openFor(Requester.of(hr), id)).isEmpty();
        assertThat(corrections.answer(Requester.of(hr), id, true, null)).isEmpty();
        assertThat(corrections.answer(Requester.of(hr), id, false, "Tidak sesuai SK")).isEmpty();
        assertThat(corrections.answerers(butet)).extracting(Employee::nip).doesNotContain(new Nip(HR_A));
        assertThat(jdbc.sql("select status from correction_request where id = ?").param(id).query(String.class).single())
                .isEqualTo("OPEN");
        assertThat(corrections.open(Requester.commandLine())).hasSize(1);
    }

    @Test
    void an_objection_hr_decides_in_kelurahan_b_is_not_for_hr_of_kelurahan_a() throws Exception {
        assertThat(cli("grant-admin", HR_A, "--unit", A).exit()).isZero();
        assertThat(cli("grant-admin", STAFF_A).exit()).as("HR of the whole organisation").isZero();
        // the camat rates the lurah and has no supervisor of their own: HR decides the lurah's objection
        assertThat(cli("import-evaluations", file("lurah.csv", "nip,period,work_result,behaviour,feedback\n"
                + LURAH_B + ",2026-11,BELOW,MEETS,Laporan bulanan terlambat.\n").toString()).exit()).isZero();
        Objections objections = context.getBean(Objections.class);
        long period = context.getBean(Periods.class).byCode("2026-11").orElseThrow().id();
        Employee hrA = employees.byNip(new Nip(HR_A)).orElseThrow();
        Employee hrWhole = employees.byNip(new Nip(STAFF_A)).orElseThrow();

        Objections.Filed filed = objections.file(employees.byNip(new Nip(LURAH_B)).orElseThrow(), period,
                "Laporan sudah dikirim tepat waktu melalui surel.");

        assertThat(filed.deciders()).extracting(Employee::nip).containsExactly(new Nip(STAFF_A));
        long id = filed.filed().objection().id();
        assertThat(objections.mayDecide(hrA, filed.filed().objection())).isFalse();
        assertThat(objections.forDecider(hrA, id)).isEmpty();
        assertThat(objections.open(hrA)).isEmpty();
        assertThatThrownBy(() -> objections.decide(hrA, id, Rating.MEETS, Rating.MEETS))
                .isInstanceOf(ObjectionRefused.class);
        assertThat(objections.caseOf(id).orElseThrow().objection().isOpen()).isTrue();
        assertThat(objections.forDecider(hrWhole, id)).isPresent();
        assertThat(objections.open(hrWhole)).hasSize(1);
    }

    /** Every cell of every sheet, as shown, one a line. */
    private static String cells(byte[] xlsx) throws Exception {
        List<String> all = new ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        try (XSSFWorkbook workbook = XlsxWriterTest.read(xlsx)) {
            assertThat(workbook.getNumberOfSheets()).as("the recap and the follow-up's sheets").isGreaterThan(1);
            for (Sheet sheet : workbook) {
                all.add(sheet.getSheetName());
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        all.add(formatter.formatCellValue(cell));
                    }
                }
            }
        }
        return String.join("\n", all);
    }
}
