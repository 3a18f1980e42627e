package id.kinerja.appraisal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads an employee's own scores: the latest period with data, indicators and the trend. */
@Repository
public class ScoreCards {

    public static final int TREND_PERIODS = 6;

    private final JdbcClient jdbc;

    ScoreCards(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ScoreCard> latestFor(long employeeId) {
        Optional<Period> period = jdbc.sql("select " + Periods.COLUMNS + """
                         from appraisal_period p
                        where exists (select 1 from evaluation e where e.period_id = p.id and e.employee_id = :emp)
                           or exists (select 1 from indicator i where i.period_id = p.id and i.employee_id = :emp)
                        order by p.end_date desc, p.id desc limit 1""")
                .param("emp", employeeId).query(Periods::map).optional();
        return period.map(p -> new ScoreCard(p, evaluation(employeeId, p.id()), indicators(employeeId, p.id()),
                trend(employeeId, p)));
    }

    public Optional<EvaluationResult> evaluation(long employeeId, long periodId) {
        return jdbc.sql("""
                        select e.work_result, e.behaviour, e.predicate, e.feedback, ev.name as evaluator
                          from evaluation e left join employee ev on ev.id = e.evaluator_id
                         where e.employee_id = ? and e.period_id = ?""")
                .params(employeeId, periodId)
                .query((rs, n) -> new EvaluationResult(Rating.valueOf(rs.getString("work_result")),
                        Rating.valueOf(rs.getString("behaviour")), Predicate.valueOf(rs.getString("predicate")),
                        rs.getString("feedback"), rs.getString("evaluator")))
                .optional();
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
                        select p.code, e.predicate from evaluation e join appraisal_period p on p.id = e.period_id
                         where e.employee_id = ? and p.end_date < ?
                         order by p.end_date desc, p.id desc limit 1""")
                .params(employeeId, before.start())
                .query((rs, n) -> new ScoreCard.TrendPoint(rs.getString("code"),
                        Predicate.valueOf(rs.getString("predicate"))))
                .optional();
    }

    private List<ScoreCard.TrendPoint> trend(long employeeId, Period upTo) {
        List<ScoreCard.TrendPoint> newestFirst = jdbc.sql("""
                        select p.code, e.predicate from evaluation e join appraisal_period p on p.id = e.period_id
                         where e.employee_id = ? and p.end_date <= ?
                         order by p.end_date desc, p.id desc limit ?""")
                .params(employeeId, upTo.end(), TREND_PERIODS)
                .query((rs, n) -> new ScoreCard.TrendPoint(rs.getString("code"),
                        Predicate.valueOf(rs.getString("predicate"))))
                .list();
        List<ScoreCard.TrendPoint> oldestFirst = new ArrayList<>(newestFirst);
        Collections.reverse(oldestFirst);
        return oldestFirst;
    }
}
