package id.kinerja.admin;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.support.LockWaits;
import id.kinerja.text.Language;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An import that read a period open while a {@code close-period} was committing: the close wins, nothing is written. */
class ImportCloseRaceIntegrationTest extends CliIntegrationTest {

    @Autowired
    DataSource dataSource;

    @BeforeEach
    void rosterAndPeriod() throws Exception {
        importRoster();
        cli("open-period", "--code", "2026-11", "--kind", "MONTHLY", "--start", "2026-11-01", "--end", "2026-11-30",
                "--due", "2026-12-07");
    }

    @Test
    void evaluations_wait_for_the_closing_and_are_refused() throws Exception {
        Run run = importWhileClosing("import-evaluations", file("ev.csv",
                "nip,period,work_result,behaviour\n%s,2026-11,MEETS,MEETS\n".formatted(STAFF)));

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly("Tidak ada yang diimpor. Masalah yang ditemukan:",
                "Baris 2: periode \"2026-11\" sudah ditutup, jadi penilaiannya tidak dapat diubah lagi. Riwayat untuk "
                        + "periode yang sudah ditutup hanya dapat diimpor di server dengan import-evaluations "
                        + "--into-closed-period --as NIP.");
        assertThat(count("select count(*) from evaluation")).isZero();
        assertThat(count("select count(*) from audit_log where action like 'EVALUATION%'")).isZero();
    }

    @Test
    void indicators_wait_for_the_closing_and_are_refused() throws Exception {
        Run run = importWhileClosing("import-indicators", file("ind.csv",
                "nip,period,indicator,target,unit,direction\n%s,2026-11,Dokumen,150,dokumen,HIGHER_IS_BETTER\n"
                        .formatted(STAFF)));

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly("Tidak ada yang diimpor. Masalah yang ditemukan:",
                "Baris 2: periode \"2026-11\" sudah ditutup, jadi indikatornya tidak dapat diubah lagi.");
        assertThat(count("select count(*) from indicator")).isZero();
        assertThat(count("select count(*) from audit_log where action like 'INDICATOR%'")).isZero();
    }

    /** Runs the import while another transaction has closed 2026-11 but not committed yet, then commits it. */
    private Run importWhileClosing(String command, Path file) throws Exception {
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try (Connection closer = dataSource.getConnection()) {
            closer.setAutoCommit(false);
            try (var statement = closer.createStatement()) {
                statement.executeUpdate("update appraisal_period set status = 'CLOSED', closed_at = now() "
                        + "where code = '2026-11'");
            }
            Future<Run> run = thread.submit(() -> cli(Language.ID, command, file.toString()));
            LockWaits.awaitSomeoneWaitingForALock(jdbc, run, "the import");
            closer.commit();
            return run.get(10, TimeUnit.SECONDS);
        } finally {
            thread.shutdownNow();
        }
    }
}
