package id.kinerja.appraisal;

import id.kinerja.employee.Employee;
import id.kinerja.employee.Employees;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads an employee's own scores: the latest period with data, indicators and the trend. */
@Repository
public class ScoreCards {

    public static final int TREND_PERIODS = 6;

    /** An evaluation with its evaluator's id, as {@link #evaluation(ResultSet)} maps it; a where clause follows. */
    private static final String EVALUATION = """
            select e.work_result, e.behaviour, e.predicate, e.feedback, e.evaluator_id
              from evaluation e""";

    /**
     * The whole card in one statement, since /skor reads it on every call: the latest period with an
     * evaluation or an indicator, its evaluation as {@link #evaluation} reads it, its indicators as
     * parallel arrays in the order {@link #indicators} uses, and the predicates of the last
     * {@link #TREND_PERIODS} evaluated periods ending by then, oldest first. Arrays rather than JSON keep
     * the numerics exact, scale included.
     */
    private static final String CARD = """
            with period as (
                select %s from appraisal_period p
                 where exists (select 1 from evaluation e where e.period_id = p.id and e.employee_id = :emp)
                    or exists (select 1 from indicator i where i.period_id = p.id and i.employee_id = :emp)
                 order by p.end_date desc, p.id desc limit 1
            )
            select p.*, ev.*, ind.*, tr.*
              from period p
              left join lateral (
                    %s
                     where e.employee_id = :emp and e.period_id = p.id) ev on true
              cross join lateral (
                    select array_agg(i.name order by i.weight desc, i.name) as indicator_names,
                           array_agg(i.target order by i.weight desc, i.name) as indicator_targets,
                           array_agg(i.unit_of_measure order by i.weight desc, i.name) as indicator_units,
                           array_agg(i.realisation order by i.weight desc, i.name) as indicator_realisations,
                           array_agg(i.direction order by i.weight desc, i.name) as indicator_directions,
                           array_agg(i.weight order by i.weight desc, i.name) as indicator_weights
                      from indicator i where i.employee_id = :emp and i.period_id = p.id) ind
              cross join lateral (
                    select array_agg(t.code order by t.end_date, t.id) as trend_codes,
                           array_agg(t.kind order by t.end_date, t.id) as trend_kinds,
                           array_agg(t.start_date order by t.end_date, t.id) as trend_starts,
                           array_agg(t.predicate order by t.end_date, t.id) as trend_predicates
                      from (select tp.id, tp.code, tp.kind, tp.start_date, tp.end_date, te.predicate
                              from evaluation te join appraisal_period tp on tp.id = te.period_id
                             where te.employee_id = :emp and tp.end_date <= p.end_date
                             order by tp.end_date desc, tp.id desc limit :trend) t) tr"""
            .formatted(Periods.COLUMNS, EVALUATION);

    /** An evaluation as stored: the evaluator's name is the employee module's to read. */
    private record StoredEvaluation(EvaluationResult unnamed, Long evaluatorId) {}

    private record StoredCard(Period period, Optional<StoredEvaluation> evaluation, List<IndicatorResult> indicators,
                              List<ScoreCard.TrendPoint> trend) {}

    private final JdbcClient jdbc;
    private final Employees employees;

    ScoreCards(JdbcClient jdbc, Employees employees) {
        this.jdbc = jdbc;
        this.employees = employees;
    }

    /** One statement, and a second for the evaluator's name when the card has an evaluation by someone. */
    public Optional<ScoreCard> latestFor(long employeeId) {
        return jdbc.sql(CARD).param("emp", employeeId).param("trend", TREND_PERIODS)
                .query((rs, n) -> new StoredCard(Periods.map(rs, n),
                        rs.getString("work_result") == null ? Optional.empty() : Optional.of(evaluation(rs)),
                        indicators(rs), trend(rs)))
                .optional()
                .map(card -> new ScoreCard(card.period(), card.evaluation().map(this::named), card.indicators(),
                        card.trend()));
    }

    public Optional<EvaluationResult> evaluation(long employeeId, long periodId) {
        return jdbc.sql(EVALUATION + " where e.employee_id = ? and e.period_id = ?")
                .params(employeeId, periodId)
                .query((rs, n) -> evaluation(rs))
                .optional()
                .map(this::named);
    }

    public List<IndicatorResult> indicators(long employeeId, long periodId) {
        return jdbc.sql("""
                        select name, target, unit_of_measure, realisation, direction, weight from indicator
                         where employee_id = ? and period_id = ? order by weight desc, name""")
                .params(employeeId, periodId)
                .query((rs, n) -> new IndicatorResult(rs.getString("name"), rs.getBigDecimal("target"),
                        rs.getString("unit_of_measure"), rs.getBigDecimal("realisation"),
                        Direction.valueOf(rs.getString("direction")), rs.getBigDecimal("weight")))
                .list();
    }

    /** The predicate of the latest period before this one that has an evaluation. */
    public Optional<ScoreCard.TrendPoint> previousPredicate(long employeeId, Period before) {
        return jdbc.sql("""
                        select p.code, p.kind, p.start_date, e.predicate from evaluation e join appraisal_period p on p.id = e.period_id
                         where e.employee_id = ? and p.end_date < ?
                         order by p.end_date desc, p.id desc limit 1""")
                .params(employeeId, before.start())
                .query((rs, n) -> new ScoreCard.TrendPoint(rs.getString("code"), Periods.name(rs),
                        Predicate.valueOf(rs.getString("predicate"))))
                .optional();
    }

    private static StoredEvaluation evaluation(ResultSet rs) throws SQLException {
        return new StoredEvaluation(new EvaluationResult(Rating.valueOf(rs.getString("work_result")),
                Rating.valueOf(rs.getString("behaviour")), Predicate.valueOf(rs.getString("predicate")),
                rs.getString("feedback"), null), rs.getObject("evaluator_id", Long.class));
    }

    private EvaluationResult named(StoredEvaluation stored) {
        if (stored.evaluatorId() == null) {
            return stored.unnamed();
        }
        EvaluationResult e = stored.unnamed();
        String evaluator = employees.byId(stored.evaluatorId()).map(Employee::name).orElse(null);
        return new EvaluationResult(e.workResult(), e.behaviour(), e.predicate(), e.feedback(), evaluator);
    }

    private static List<IndicatorResult> indicators(ResultSet rs) throws SQLException {
        Object[] names = elements(rs.getArray("indicator_names"));
        Object[] targets = elements(rs.getArray("indicator_targets"));
        Object[] units = elements(rs.getArray("indicator_units"));
        Object[] realisations = elements(rs.getArray("indicator_realisations"));
        Object[] directions = elements(rs.getArray("indicator_directions"));
        Object[] weights = elements(rs.getArray("indicator_weights"));
        List<IndicatorResult> indicators = new ArrayList<>(names.length);
        for (int i = 0; i < names.length; i++) {
            indicators.add(new IndicatorResult((String) names[i], (BigDecimal) targets[i], (String) units[i],
                    (BigDecimal) realisations[i], Direction.valueOf((String) directions[i]), (BigDecimal) weights[i]));
        }
        return indicators;
    }

    private static List<ScoreCard.TrendPoint> trend(ResultSet rs) throws SQLException {
        Object[] codes = elements(rs.getArray("trend_codes"));
        Object[] kinds = elements(rs.getArray("trend_kinds"));
        Object[] starts = elements(rs.getArray("trend_starts"));
        Object[] predicates = elements(rs.getArray("trend_predicates"));
        List<ScoreCard.TrendPoint> oldestFirst = new ArrayList<>(codes.length);
        for (int i = 0; i < codes.length; i++) {
            oldestFirst.add(new ScoreCard.TrendPoint((String) codes[i],
                    new PeriodName(Period.Kind.valueOf((String) kinds[i]), ((java.sql.Date) starts[i]).toLocalDate()),
                    Predicate.valueOf((String) predicates[i])));
        }
        return oldestFirst;
    }

    /** An aggregated array's elements; array_agg over no rows gives null. */
    private static Object[] elements(Array array) throws SQLException {
        return array == null ? new Object[0] : (Object[]) array.getArray();
    }
}
