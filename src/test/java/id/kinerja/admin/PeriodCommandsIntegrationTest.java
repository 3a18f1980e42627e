package id.kinerja.admin;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.text.Language;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PeriodCommandsIntegrationTest extends CliIntegrationTest {

    private Run open(String code, String start, String end, String due) {
        return open(Language.EN, code, start, end, due);
    }

    private Run open(Language language, String code, String start, String end, String due) {
        return cli(language, "open-period", "--code", code, "--kind", "monthly", "--start", start, "--end", end,
                "--due", due);
    }

    @Test
    void opens_and_closes_a_period() {
        Run opened = open("2026-11", "2026-11-01", "2026-11-30", "2026-12-07");

        assertThat(opened.exit()).as(opened.err()).isZero();
        assertThat(jdbc.sql("select kind, status, due_date::text as due from appraisal_period where code = '2026-11'")
                .query().singleRow()).isEqualTo(Map.of("kind", "MONTHLY", "status", "OPEN", "due", "2026-12-07"));

        Run closed = cli("close-period", "2026-11");

        assertThat(closed.exit()).isZero();
        assertThat(count("select count(*) from appraisal_period where status = 'CLOSED' and closed_at is not null")).isEqualTo(1);
        assertThat(count("select count(*) from audit_log where action in ('PERIOD_OPENED', 'PERIOD_CLOSED')")).isEqualTo(2);
    }

    @Test
    void refuses_wrong_dates_and_duplicate_codes() {
        open("2026-11", "2026-11-01", "2026-11-30", "2026-11-30");

        assertThat(open("2026-11", "2026-11-01", "2026-11-30", "2026-12-07").errLines()).containsExactly(
                "Period \"2026-11\" already exists (open, 2026-11-01 to 2026-11-30). Use another code.");
        assertThat(open("2026-12", "2026-12-31", "2026-12-01", "2026-11-01").errLines()).containsExactly(
                "The start 2026-12-31 is after the end 2026-12-01.",
                "The evaluation deadline 2026-11-01 is before the end 2026-12-01 of the period. "
                        + "The deadline must be on or after the end.");
        Run badDate = open("2026-12", "2026-12-01", "31-12-2026", "2027-01-07");
        assertThat(badDate.exit()).isEqualTo(1);
        assertThat(badDate.errLines())
                .containsExactly("--end \"31-12-2026\" is not a date. Write year-month-day, e.g. 2026-11-30.");
        assertThat(count("select count(*) from appraisal_period")).isEqualTo(1);
    }

    @Test
    void in_indonesian_the_same_problems_are_explained_in_indonesian() {
        open("2026-11", "2026-11-01", "2026-11-30", "2026-11-30");
        cli("close-period", "2026-11");

        assertThat(open(Language.ID, "2026-11", "2026-11-01", "2026-11-30", "2026-12-07").errLines())
                .containsExactly("Periode \"2026-11\" sudah ada (sudah ditutup, 2026-11-01 s.d. 2026-11-30). "
                        + "Pakai kode lain.");
        assertThat(open(Language.ID, "2026-12", "2026-12-31", "2026-12-01", "2026-11-01").errLines()).containsExactly(
                "Tanggal mulai 2026-12-31 jatuh sesudah tanggal akhir 2026-12-01.",
                "Batas waktu penilaian 2026-11-01 jatuh sebelum akhir periode 2026-12-01. "
                        + "Batas waktu harus pada atau sesudah akhir periode.");
        assertThat(open(Language.ID, "2026-12", "2026-12-01", "31-12-2026", "2027-01-07").errLines())
                .containsExactly("--end \"31-12-2026\" bukan tanggal. Tulis tahun-bulan-tanggal, misalnya 2026-11-30.");
        assertThat(open(Language.ID, " ", "2026-12-01", "2026-12-31", "2027-01-07").errLines())
                .containsExactly("Kode periode kosong. Isi --code, misalnya 2026-11.");
        assertThat(cli(Language.ID, "close-period", "2026-11").errLines())
                .containsExactly("Periode \"2026-11\" sudah ditutup.");
        assertThat(cli(Language.ID, "close-period", "2030-01").errLines())
                .containsExactly("Tidak ada periode dengan kode \"2030-01\".");
    }

    @Test
    void closing_twice_or_an_unknown_period_is_an_error() {
        open("2026-11", "2026-11-01", "2026-11-30", "2026-12-07");
        cli("close-period", "2026-11");

        Run again = cli(Language.EN, "close-period", "2026-11");
        Run unknown = cli(Language.EN, "close-period", "2030-01");

        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.errLines()).containsExactly("Period \"2026-11\" is already closed.");
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.errLines()).containsExactly("There is no period with the code \"2030-01\".");
    }

    @Test
    void an_unknown_kind_is_a_usage_error() {
        Run run = cli("open-period", "--code", "X", "--kind", "WEEKLY", "--start", "2026-11-01", "--end",
                "2026-11-30", "--due", "2026-12-07");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("WEEKLY");
    }
}
