package id.kinerja.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AppraisalImportIntegrationTest extends CliIntegrationTest {

    @BeforeEach
    void rosterAndPeriods() throws Exception {
        importRoster();
        cli("open-period", "--code", "2026-10", "--kind", "MONTHLY", "--start", "2026-10-01", "--end", "2026-10-31",
                "--due", "2026-11-06");
        cli("close-period", "2026-10");
        cli("open-period", "--code", "2026-11", "--kind", "MONTHLY", "--start", "2026-11-01", "--end", "2026-11-30",
                "--due", "2026-12-07");
    }

    @Test
    void importsIndicatorsWithIndonesianDecimalsAndDefaults() throws Exception {
        String csv = """
                nip;period;indicator;target;unit;realisation;direction;weight
                %s;2026-11;Dokumen pelayanan diproses;150;dokumen;"12,5";HIGHER_IS_BETTER;2
                %s;2026-11;Waktu penyelesaian pengaduan;3;hari;;lower;
                """.formatted(STAFF, STAFF);

        Run run = cli("import-indicators", file("ind.csv", csv).toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("2 added, 0 updated, 0 unchanged");
        Map<String, Object> lower = jdbc.sql("select realisation, direction, weight from indicator where name like 'Waktu%'")
                .query().singleRow();
        assertThat(lower.get("realisation")).isNull();
        assertThat(lower.get("direction")).isEqualTo("LOWER_IS_BETTER");
        assertThat((BigDecimal) lower.get("weight")).isEqualByComparingTo("1");
        assertThat(jdbc.sql("select realisation from indicator where name like 'Dokumen%'").query(BigDecimal.class)
                .single()).isEqualByComparingTo("12.5");

        Run again = cli("import-indicators", file("ind.csv", csv.replace("\"12,5\"", "13")).toString());
        assertThat(again.out()).contains("0 added, 1 updated, 1 unchanged");
    }

    @Test
    void badIndicatorRowsAreAllReportedAndNothingIsWritten() throws Exception {
        String csv = """
                nip,period,indicator,target,unit,realisation,direction,weight
                %s,2026-11,Dokumen,150,dokumen,,HIGHER_IS_BETTER,
                199901012020011001,2026-11,Dokumen,150,dokumen,,HIGHER_IS_BETTER,
                %s,2030-01,Dokumen,150,dokumen,,HIGHER_IS_BETTER,
                %s,2026-10,Dokumen,150,dokumen,,HIGHER_IS_BETTER,
                %s,2026-11,Dokumen,150,dokumen,,HIGHER_IS_BETTER,
                %s,2026-11,Surat,1.234,surat,,sideways,0
                """.formatted(STAFF, STAFF, STAFF, STAFF, KASI);

        Run run = cli("import-indicators", file("ind.csv", csv).toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly("nothing imported:",
                "line 3: unknown NIP 199901012020011001",
                "line 4: unknown period \"2030-01\"",
                "line 5: period \"2026-10\" is closed",
                "line 6: indicator \"Dokumen\" for NIP %s in period 2026-11 is already on line 2".formatted(STAFF),
                "line 7: target 1.234 has more than 2 decimals or is too large",
                "line 7: weight 0 must be more than 0",
                "line 7: unknown direction \"sideways\" (use HIGHER_IS_BETTER or LOWER_IS_BETTER)");
        assertThat(count("select count(*) from indicator")).isZero();
    }

    @Test
    void importsEvaluationsWithIndonesianLabelsIntoClosedPeriods() throws Exception {
        String csv = """
                nip,period,work_result,behaviour,feedback
                %s,2026-10,Di Atas Ekspektasi,sesuai ekspektasi,"Pengaduan ditangani cepat, terima kasih."
                %s,2026-10,BELOW,BELOW,
                """.formatted(STAFF, KASI);

        Run run = cli("import-evaluations", file("ev.csv", csv).toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("2 added, 0 updated, 0 unchanged");
        List<Map<String, Object>> rows = jdbc.sql("""
                select e.nip, v.work_result, v.behaviour, v.predicate, v.feedback, s.nip as evaluator
                  from evaluation v join employee e on e.id = v.employee_id left join employee s on s.id = v.evaluator_id
                 order by e.nip desc
                """).query().listOfRows();
        assertThat(rows.get(0)).containsEntry("nip", STAFF).containsEntry("work_result", "ABOVE")
                .containsEntry("behaviour", "MEETS").containsEntry("predicate", "BAIK").containsEntry("evaluator", KASI)
                .containsEntry("feedback", "Pengaduan ditangani cepat, terima kasih.");
        assertThat(rows.get(1)).containsEntry("predicate", "SANGAT_KURANG").containsEntry("evaluator", SEKCAM);
        assertThat(count("select count(*) from audit_log where action = 'EVALUATION_IMPORTED'")).isEqualTo(2);

        Run again = cli("import-evaluations", file("ev.csv", csv).toString());
        assertThat(again.out()).contains("0 added, 0 updated, 2 unchanged");
        assertThat(count("select count(*) from audit_log where action = 'EVALUATION_IMPORTED'")).isEqualTo(2);
    }

    @Test
    void unknownRatingsAndDuplicatesAreReported() throws Exception {
        String csv = """
                nip,period,work_result,behaviour,feedback
                %s,2026-10,BAGUS,MEETS,
                %s,2026-11,MEETS,MEETS,
                %s,2026-11,ABOVE,,
                """.formatted(STAFF, STAFF, STAFF);

        Run run = cli("import-evaluations", file("ev.csv", csv).toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly("nothing imported:",
                "line 2: unknown rating \"BAGUS\" (use BELOW, MEETS, ABOVE)",
                "line 4: empty behaviour");
        assertThat(count("select count(*) from evaluation")).isZero();

        Run duplicate = cli("import-evaluations", file("ev2.csv", """
                nip,period,work_result,behaviour
                %s,2026-11,MEETS,MEETS
                %s,2026-11,ABOVE,MEETS
                """.formatted(STAFF, STAFF)).toString());
        assertThat(duplicate.errLines()).containsExactly("nothing imported:",
                "line 3: NIP %s in period 2026-11 is already on line 2".formatted(STAFF));
    }
}
