package id.kinerja.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.playground.emulator.SentMessage;
import id.kinerja.spreadsheet.Workbooks;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** HR sends a CSV file or an Excel workbook to the bot; it is recognised by its header and imported all-or-nothing. */
class FileImportEndToEndTest extends EndToEndTest {

    private static final long HR_USER = 6001;
    private static final long STAFF_USER = 6002;
    private static final long ENGLISH_HR_USER = 6004;
    private static final long GROUP = -100600;

    private String camatNip;
    private String hrNip;
    private String staffNip;

    @BeforeEach
    void office() {
        long unit = fixtures.unit("Subbag Umum dan Kepegawaian");
        long camat = fixtures.employee("Rahmat Siregar", "Camat", unit, null);
        long hr = fixtures.employee("Siti Harahap", "Analis SDM Aparatur", unit, camat);
        long staff = fixtures.employee("Andi Sembiring", "Petugas Pelayanan", unit, camat);
        jdbc.sql("update employee set is_admin = true where id = ?").param(hr).update();
        camatNip = nipOf(camat);
        hrNip = nipOf(hr);
        staffNip = nipOf(staff);
        telegram.registerUser(HR_USER, "Siti", "id");
        telegram.registerUser(STAFF_USER, "Andi", "id");
        telegram.registerGroup(GROUP, "Kantor Camat");
        linked(HR_USER, hr);
        linked(STAFF_USER, staff);
    }

    @Test
    void hr_sends_a_roster_and_gets_the_counts_and_the_rows_are_in_the_database() {
        String roster = """
                nip,name,position,unit,supervisor_nip
                %s,Siti Harahap,Analis SDM Aparatur,Subbag Umum dan Kepegawaian,%s
                199101012015011001,"Budi Nasution, S.Kom",Pranata Komputer,Seksi Pelayanan Umum,%s
                199202022016022002,Rina Tarigan,Petugas Pelayanan,Seksi Pelayanan Umum,199101012015011001
                199303032017031003,Dedi Ginting,Petugas Pelayanan,Seksi Pelayanan Umum,199101012015011001
                """.formatted(hrNip, camatNip, camatNip);

        SentMessage answer = sendFile(HR_USER, "pegawai.csv", roster);

        assertThat(answer.plainText()).isEqualTo(
                "✅ Daftar pegawai dari pegawai.csv diimpor: 3 ditambahkan, 0 diperbarui, 1 tidak berubah.");
        assertThat(jdbc.sql("select s.nip from employee e join employee s on s.id = e.supervisor_id where e.nip = ?")
                .param("199303032017031003").query(String.class).single()).isEqualTo("199101012015011001");
        assertThat(jdbc.sql("select name from employee where nip = ?").param("199101012015011001")
                .query(String.class).single()).isEqualTo("Budi Nasution, S.Kom");
        assertThat(jdbc.sql("select actor || ' ' || subject from audit_log where action = 'ROSTER_IMPORTED'")
                .query(String.class).single()).isEqualTo("employee:" + hrNip + " telegram:pegawai.csv");
        assertThat(telegram.fileDownloads()).hasSize(1);
    }

    private String badRoster() {
        return """
                nip,name,position,unit,supervisor_nip,status
                199101012015011001,Budi Nasution,Pranata Komputer,Seksi Baru,%s,
                12345,Nip Pendek,Staf,Seksi Baru,%s,
                199202022016022002,Atasan Hilang,Staf,Seksi Baru,199901012020011009,
                199303032017031003,Status <Aneh> & Salah,Staf,Seksi Baru,%s,<b>PNS
                """.formatted(camatNip, camatNip, camatNip);
    }

    @Test
    void bad_rows_are_listed_with_their_lines_in_indonesian_and_nothing_is_imported() {
        List<Map<String, Object>> employeesBefore = rows("employee");
        List<Map<String, Object>> unitsBefore = rows("unit");

        SentMessage answer = sendFile(HR_USER, "pegawai.csv", badRoster());

        String text = answer.plainText();
        assertThat(text).startsWith("❌ Tidak ada yang diimpor dari pegawai.csv (Daftar pegawai).");
        assertThat(text.lines().filter(l -> l.startsWith("Baris ")).toList()).containsExactly(
                "Baris 3: NIP 12345 harus 18 angka.",
                "Baris 4: NIP atasan 199901012020011009 tidak ada di berkas ini dan belum terdaftar. "
                        + "Tambahkan atasan itu ke berkas atau perbaiki NIP-nya.",
                "Baris 5: \"<b>PNS\" di kolom status tidak dikenal. Isi PNS atau PPPK (kosong berarti PNS).");
        assertThat(text).endsWith("Perbaiki semua baris di atas, lalu kirim ulang seluruh berkas.");
        assertThat(rows("employee")).isEqualTo(employeesBefore);
        assertThat(rows("unit")).isEqualTo(unitsBefore);
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'ROSTER_IMPORTED'").query(Long.class)
                .single()).isZero();
    }

    @Test
    void an_english_hr_account_reads_the_same_problems_in_english() {
        long englishHr = fixtures.employee("Maria Sitompul", "Analis SDM Aparatur",
                fixtures.unit("Subbag Umum dan Kepegawaian"), null);
        jdbc.sql("update employee set is_admin = true where id = ?").param(englishHr).update();
        telegram.registerUser(ENGLISH_HR_USER, "Maria", "en");
        linked(ENGLISH_HR_USER, englishHr);

        SentMessage answer = sendFile(ENGLISH_HR_USER, "roster.csv", badRoster());

        String text = answer.plainText();
        assertThat(text).startsWith("❌ Nothing was imported from roster.csv (Roster).");
        assertThat(text.lines().filter(l -> l.startsWith("Line ")).toList()).containsExactly(
                "Line 3: NIP 12345 must be 18 digits.",
                "Line 4: supervisor NIP 199901012020011009 is neither in this file nor registered yet. "
                        + "Add the supervisor to the file or correct the NIP.",
                "Line 5: \"<b>PNS\" is not a status. Use PNS or PPPK (empty means PNS).");
        assertThat(text).endsWith("Fix every line above, then send the whole file again.");
    }

    @Test
    void markup_in_a_value_from_the_file_is_escaped_once_and_shown_as_typed() {
        SentMessage answer = sendFile(HR_USER, "pegawai.csv", badRoster());

        assertThat(answer.parseMode()).isEqualToIgnoringCase("html");
        assertThat(answer.text()).contains("Baris 5: \"&lt;b&gt;PNS\" di kolom status tidak dikenal.")
                .doesNotContain("<b>PNS").doesNotContain("&amp;lt;");
        assertThat(answer.entities()).noneMatch(entity -> entity.coveredText(answer.plainText()).contains("PNS"));
    }

    @Test
    void a_long_list_of_problems_is_cut_after_a_hundred_with_a_count_of_the_rest() {
        StringBuilder roster = new StringBuilder("nip,name,position,unit,supervisor_nip\n");
        for (int i = 0; i < 130; i++) {
            roster.append("12345,Pegawai ").append(i).append(",Staf,Seksi Baru,\n");
        }
        int before = telegram.messageCount(HR_USER);
        telegram.sendDocumentFromUser(HR_USER, "pegawai.csv", roster.toString().getBytes(StandardCharsets.UTF_8), null);

        telegram.awaitMessageContaining(HR_USER, "kirim ulang seluruh berkas", TIMEOUT);
        String all = String.join("\n", telegram.messagesIn(HR_USER).subList(before, telegram.messageCount(HR_USER))
                .stream().map(SentMessage::plainText).toList());
        List<String> problems = all.lines().filter(l -> l.startsWith("Baris ")).toList();
        assertThat(problems).hasSize(100);
        assertThat(problems.get(0)).isEqualTo("Baris 2: NIP 12345 harus 18 angka.");
        assertThat(all).containsPattern("… dan [1-9][0-9]* masalah lainnya");
        assertThat(problems.get(99)).isEqualTo("Baris 101: NIP 12345 harus 18 angka.");
    }

    @Test
    void an_indicator_file_is_recognised_as_indicators_and_imported() {
        LocalDate today = LocalDate.now();
        fixtures.period("2026-11", today.minusDays(10), today.plusDays(20), today.plusDays(25), true);
        String indicators = """
                nip;period;indicator;target;unit;realisation;direction;weight
                %s;2026-11;Dokumen pelayanan diproses;150;dokumen;"12,5";HIGHER_IS_BETTER;2
                %s;2026-11;Waktu penyelesaian pengaduan;3;hari;;lower;
                """.formatted(staffNip, staffNip);

        SentMessage answer = sendFile(HR_USER, "Indikator November.CSV", indicators);

        assertThat(answer.plainText()).isEqualTo("✅ Indikator kinerja dari Indikator November.CSV diimpor: "
                + "2 ditambahkan, 0 diperbarui, 0 tidak berubah.");
        assertThat(jdbc.sql("select count(*) from indicator i join employee e on e.id = i.employee_id where e.nip = ?")
                .param(staffNip).query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select actor from audit_log where action = 'INDICATORS_IMPORTED'").query(String.class)
                .single()).isEqualTo("employee:" + hrNip);
    }

    @Test
    void an_evaluation_file_for_a_closed_period_is_refused_in_the_chat_and_nothing_changes() {
        LocalDate today = LocalDate.now();
        fixtures.period("2026-10", today.minusDays(40), today.minusDays(11), today.minusDays(5), false);
        fixtures.period("2026-11", today.minusDays(10), today.plusDays(20), today.plusDays(25), true);
        List<Map<String, Object>> auditBefore = rows("audit_log");

        SentMessage answer = sendFile(HR_USER, "riwayat.csv", """
                nip,period,work_result,behaviour,feedback
                %s,2026-11,MEETS,MEETS,
                %s,2026-10,MEETS,MEETS,
                """.formatted(staffNip, staffNip));

        assertThat(answer.plainText()).startsWith("❌ Tidak ada yang diimpor dari riwayat.csv (Penilaian).");
        assertThat(answer.plainText().lines().filter(l -> l.startsWith("Baris ")).toList()).containsExactly(
                "Baris 3: periode \"2026-10\" sudah ditutup, jadi penilaiannya tidak dapat diubah lagi. Riwayat untuk "
                        + "periode yang sudah ditutup hanya dapat diimpor di server dengan import-evaluations "
                        + "--into-closed-period --as NIP.");
        assertThat(rows("evaluation")).isEmpty();
        assertThat(rows("audit_log")).isEqualTo(auditBefore);
    }

    @Test
    void hidden_characters_and_huge_values_in_a_sent_file_get_their_line_and_nothing_changes() {
        LocalDate today = LocalDate.now();
        fixtures.period("2026-11", today.minusDays(10), today.plusDays(20), today.plusDays(25), true);
        List<Map<String, Object>> employeesBefore = rows("employee");
        List<Map<String, Object>> auditBefore = rows("audit_log");

        SentMessage roster = sendFile(HR_USER, "pegawai.csv", """
                nip,name,position,unit,supervisor_nip
                199101012015011001,Budi\u0000Nasution,Pranata Komputer,Seksi Pelayanan Umum,%s
                199202022016022002,%s,Petugas Pelayanan,Seksi Pelayanan Umum,%s
                """.formatted(camatNip, "R".repeat(400_000), camatNip));
        SentMessage evaluation = sendFile(HR_USER, "nilai.csv", """
                nip,period,work_result,behaviour,feedback
                %s,2026-11,BELOW,MEETS,"Kurang\u0000teliti"
                """.formatted(staffNip));

        assertThat(roster.plainText().lines().filter(l -> l.startsWith("Baris ")).toList()).containsExactly(
                "Baris 2: kolom name memuat karakter tersembunyi yang tidak dapat disimpan (U+0000). Hapus karakter itu.",
                "Baris 3: nilai di kolom name terlalu panjang (400000 karakter; paling banyak 200). Persingkat nilainya.");
        assertThat(evaluation.plainText().lines().filter(l -> l.startsWith("Baris ")).toList()).containsExactly(
                "Baris 2: kolom feedback memuat karakter tersembunyi yang tidak dapat disimpan (U+0000). Hapus karakter itu.");
        assertThat(rows("employee")).isEqualTo(employeesBefore);
        assertThat(rows("evaluation")).isEmpty();
        assertThat(rows("audit_log")).isEqualTo(auditBefore);
    }

    @Test
    void anyone_else_is_refused_and_the_file_is_never_fetched() {
        SentMessage answer = sendFile(STAFF_USER, "pegawai.csv", "nip,name,position,unit,supervisor_nip\n");

        assertThat(answer.plainText()).isEqualTo("Hanya admin kepegawaian yang dapat mengimpor berkas.");
        assertThat(telegram.calls("getFile")).isEmpty();
        assertThat(telegram.fileDownloads()).isEmpty();
    }

    @Test
    void an_unlinked_user_is_refused_too() {
        telegram.registerUser(6003, "Tamu", "id");

        SentMessage answer = sendFile(6003, "pegawai.csv", "nip,name,position,unit,supervisor_nip\n");

        assertThat(answer.plainText()).isEqualTo("Hanya admin kepegawaian yang dapat mengimpor berkas.");
        assertThat(telegram.calls("getFile")).isEmpty();
    }

    @Test
    void an_unknown_header_gets_the_expected_columns() {
        SentMessage answer = sendFile(HR_USER, "data.csv", "Nama;Jabatan;Golongan\nBudi;Staf;III/a\n");

        assertThat(answer.plainText()).contains(
                "Jenis berkas ini tidak dikenali",
                "Daftar pegawai: nip,name,position,unit,supervisor_nip",
                "Indikator kinerja: nip,period,indicator,target,unit,direction",
                "Penilaian: nip,period,work_result,behaviour",
                "Kolom dalam berkas ini: nama,jabatan,golongan");
        assertThat(rows("employee")).hasSize(3);
    }

    @Test
    void a_file_that_is_not_csv_or_xlsx_or_too_large_is_refused_without_downloading_it() {
        SentMessage notCsv = sendFile(HR_USER, "pegawai.pdf", "%PDF-1.7");
        assertThat(notCsv.plainText()).isEqualTo("Saya hanya dapat mengimpor buku kerja Excel (.xlsx) atau berkas CSV (.csv).");
        SentMessage oldExcel = sendFile(HR_USER, "pegawai.xls", "\u00d0\u00cf");
        assertThat(oldExcel.plainText()).startsWith("Berkas .xls (Excel lama) tidak dapat saya baca. Di Excel: Simpan "
                + "Sebagai → \"Buku Kerja Excel (.xlsx)\" atau \"CSV UTF-8\"");

        byte[] big = new byte[1024 * 1024 + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        int before = telegram.messageCount(HR_USER);
        telegram.sendDocumentFromUser(HR_USER, "besar.csv", big, null);
        SentMessage tooLarge = telegram.awaitMessageCount(HR_USER, before + 1, TIMEOUT);
        assertThat(tooLarge.plainText()).startsWith("Berkas terlalu besar: paling besar 1 MB.");

        assertThat(telegram.calls("getFile")).isEmpty();
        assertThat(telegram.fileDownloads()).isEmpty();
    }

    @Test
    void in_a_group_the_file_gets_the_usual_button_to_the_private_chat_and_is_not_fetched() {
        int before = telegram.messageCount(GROUP);
        telegram.sendDocumentInChat(GROUP, HR_USER, "pegawai.csv",
                "nip,name,position,unit,supervisor_nip\n".getBytes(StandardCharsets.UTF_8), null);

        SentMessage redirect = telegram.awaitMessageCount(GROUP, before + 1, TIMEOUT);
        assertThat(redirect.keyboard()).isNotEmpty();
        assertThat(redirect.keyboard().get(0).get(0).url()).contains(telegram.botUsername());
        assertThat(telegram.calls("getFile")).isEmpty();
    }

    @Test
    void the_admin_screen_tells_hr_they_can_send_an_excel_or_csv_file() {
        assertThat(say(HR_USER, "/admin").plainText())
                .contains("Untuk mengimpor daftar pegawai, indikator kinerja atau penilaian, kirim berkasnya ke sini: "
                        + "buku kerja Excel (.xlsx, lembar pertama) atau CSV.");
    }

    @Test
    void hr_sends_an_excel_roster_and_gets_the_counts_as_for_csv() {
        byte[] roster = Workbooks.xlsx(List.of(
                row("NIP", "Name", "Position", "unit", "supervisor_nip"),
                row(hrNip, "Siti Harahap", "Analis SDM Aparatur", "Subbag Umum dan Kepegawaian", camatNip),
                row("199101012015011001", "Budi Nasution, S.Kom", "Pranata Komputer", "Seksi Pelayanan Umum",
                        camatNip)));

        SentMessage answer = sendFile(HR_USER, "Pegawai.XLSX", roster);

        assertThat(answer.plainText()).isEqualTo(
                "✅ Daftar pegawai dari Pegawai.XLSX diimpor: 1 ditambahkan, 0 diperbarui, 1 tidak berubah.");
        assertThat(jdbc.sql("select name from employee where nip = ?").param("199101012015011001")
                .query(String.class).single()).isEqualTo("Budi Nasution, S.Kom");
        assertThat(jdbc.sql("select subject from audit_log where action = 'ROSTER_IMPORTED'").query(String.class)
                .single()).isEqualTo("telegram:Pegawai.XLSX");
    }

    @Test
    void bad_rows_of_an_excel_roster_are_listed_by_sheet_row_in_each_readers_language_and_nothing_is_imported() {
        long englishHr = fixtures.employee("Maria Sitompul", "Analis SDM Aparatur",
                fixtures.unit("Subbag Umum dan Kepegawaian"), null);
        jdbc.sql("update employee set is_admin = true where id = ?").param(englishHr).update();
        telegram.registerUser(ENGLISH_HR_USER, "Maria", "en");
        linked(ENGLISH_HR_USER, englishHr);
        byte[] roster = Workbooks.xlsx(java.util.Arrays.asList(
                row("nip", "name", "position", "unit", "supervisor_nip", "status"),
                null,
                row("199101012015011001", "Budi Nasution", "Pranata Komputer", "Seksi Baru", camatNip),
                row(12345, "Nip Pendek", "Staf", "Seksi Baru", camatNip),
                null,
                row(Double.parseDouble("199202022016022002"), "Angka", "Staf", "Seksi Baru", camatNip),
                row("199303032017031003", "Status Salah", "Staf", "Seksi Baru", camatNip, "<b>PNS")));
        List<Map<String, Object>> employeesBefore = rows("employee");

        SentMessage answer = sendFile(HR_USER, "pegawai.xlsx", roster);
        SentMessage english = sendFile(ENGLISH_HR_USER, "roster.xlsx", Workbooks.xlsx(List.of(
                row("nip", "name", "position", "unit", "supervisor_nip"),
                row(12345, "Nip Pendek", "Staf", "Seksi Baru", camatNip))));

        assertThat(answer.plainText()).startsWith("❌ Tidak ada yang diimpor dari pegawai.xlsx (Daftar pegawai).");
        assertThat(answer.plainText().lines().filter(l -> l.startsWith("Baris ")).toList()).containsExactly(
                "Baris 6: kolom nip (sel A6) berisi angka 199202022016022000. Excel hanya menyimpan 15 angka pertama, "
                        + "jadi angka sesudahnya sudah berubah menjadi 0. Format kolom itu sebagai Teks, ketik ulang "
                        + "nilainya, lalu kirim lagi.");
        assertThat(english.plainText().lines().filter(l -> l.startsWith("Line ")).toList()).containsExactly(
                "Line 2: NIP 12345 must be 18 digits.");
        assertThat(answer.text()).doesNotContain("<b>PNS");
        assertThat(rows("employee")).isEqualTo(employeesBefore);

        SentMessage fixed = sendFile(HR_USER, "pegawai.xlsx", Workbooks.xlsx(java.util.Arrays.asList(
                row("nip", "name", "position", "unit", "supervisor_nip", "status"),
                null,
                row("199101012015011001", "Budi Nasution", "Pranata Komputer", "Seksi Baru", camatNip),
                row(12345, "Nip Pendek", "Staf", "Seksi Baru", camatNip),
                null,
                row("199202022016022002", "Teks", "Staf", "Seksi Baru", camatNip),
                row("199303032017031003", "Status Salah", "Staf", "Seksi Baru", camatNip, "<b>PNS"))));
        assertThat(fixed.plainText().lines().filter(l -> l.startsWith("Baris ")).toList()).containsExactly(
                "Baris 4: NIP 12345 harus 18 angka.",
                "Baris 7: \"<b>PNS\" di kolom status tidak dikenal. Isi PNS atau PPPK (kosong berarti PNS).");
        assertThat(fixed.text()).contains("&lt;b&gt;PNS").doesNotContain("<b>PNS");
        assertThat(rows("employee")).isEqualTo(employeesBefore);
    }

    @Test
    void an_xlsx_file_that_is_no_workbook_is_refused_with_what_to_do() {
        SentMessage answer = sendFile(HR_USER, "pegawai.xlsx", "PK\u0003\u0004 rusak".getBytes(StandardCharsets.UTF_8));

        assertThat(answer.plainText()).isEqualTo("""
                ❌ Tidak ada yang diimpor: pegawai.xlsx tidak dapat dibaca.
                Berkas pegawai.xlsx bukan buku kerja Excel yang dapat dibaca, atau rusak. Buka di Excel lalu Simpan \
                Sebagai → "Buku Kerja Excel (.xlsx)" atau "CSV UTF-8".
                Perbaiki semua baris di atas, lalu kirim ulang seluruh berkas.""");
    }

    private static List<Object> row(Object... values) {
        return java.util.Arrays.asList(values);
    }

    private SentMessage sendFile(long userId, String fileName, byte[] content) {
        int before = telegram.messageCount(userId);
        telegram.sendDocumentFromUser(userId, fileName, content, null);
        return telegram.awaitMessageCount(userId, before + 1, TIMEOUT);
    }

    private SentMessage sendFile(long userId, String fileName, String content) {
        int before = telegram.messageCount(userId);
        telegram.sendDocumentFromUser(userId, fileName, content.getBytes(StandardCharsets.UTF_8), null);
        return telegram.awaitMessageCount(userId, before + 1, TIMEOUT);
    }

    private String nipOf(long employeeId) {
        return jdbc.sql("select nip from employee where id = ?").param(employeeId).query(String.class).single();
    }

    private List<Map<String, Object>> rows(String table) {
        return jdbc.sql("select * from " + table + " order by id").query().listOfRows();
    }
}
