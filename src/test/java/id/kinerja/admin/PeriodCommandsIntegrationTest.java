package id.kinerja.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PeriodCommandsIntegrationTest extends CliIntegrationTest {

    private Run open(String code, String start, String end, String due) {
        return cli("open-period", "--code", code, "--kind", "monthly", "--start", start, "--end", end, "--due", due);
    }

    @Test
    void opensAndClosesAPeriod() {
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
    void refusesWrongDatesAndDuplicateCodes() {
        open("2026-11", "2026-11-01", "2026-11-30", "2026-11-30");

        assertThat(open("2026-11", "2026-11-01", "2026-11-30", "2026-12-07").errLines())
                .containsExactly("period \"2026-11\" already exists (OPEN, 2026-11-01 to 2026-11-30)");
        assertThat(open("2026-12", "2026-12-31", "2026-12-01", "2026-11-01").errLines()).containsExactly(
                "the start 2026-12-31 is after the end 2026-12-01",
                "the evaluation deadline 2026-11-01 is before the end 2026-12-01 of the period");
        Run badDate = open("2026-12", "2026-12-01", "31-12-2026", "2027-01-07");
        assertThat(badDate.exit()).isEqualTo(1);
        assertThat(badDate.errLines()).containsExactly("--end \"31-12-2026\" is not a date (use yyyy-mm-dd)");
        assertThat(count("select count(*) from appraisal_period")).isEqualTo(1);
    }

    @Test
    void closingTwiceOrAnUnknownPeriodIsAnError() {
        open("2026-11", "2026-11-01", "2026-11-30", "2026-12-07");
        cli("close-period", "2026-11");

        Run again = cli("close-period", "2026-11");
        Run unknown = cli("close-period", "2030-01");

        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.errLines()).containsExactly("period \"2026-11\" is already closed");
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.errLines()).containsExactly("no period with code \"2030-01\"");
    }

    @Test
    void anUnknownKindIsAUsageError() {
        Run run = cli("open-period", "--code", "X", "--kind", "WEEKLY", "--start", "2026-11-01", "--end",
                "2026-11-30", "--due", "2026-12-07");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("WEEKLY");
    }
}
