package id.kinerja.survey;

import id.kinerja.employee.Unit;
import id.kinerja.employee.Units;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The IKM of units, services and the whole office over survey periods: what /ikm and the report show. Reads
 * only {@code survey_tally} (sums per unit, service, day and element), never the answers, so a query costs
 * the same at a thousand responses as at a million: at most one row per unit, service, day and element.
 *
 * <p>A unit's index counts its own responses only; {@link #subtree} lists a unit and each unit below it as
 * separate rows, in tree order. The minimum sample is the yearly one (see {@link SampleStatus}).
 */
@Repository
public class SurveyIndex {

    /** How many weakest elements a view names (the RTL's priorities). */
    public static final int WEAKEST = 3;

    private final JdbcClient jdbc;
    private final Units units;
    private final SurveyUnits surveyUnits;
    private final SurveyProperties properties;

    SurveyIndex(JdbcClient jdbc, Units units, SurveyUnits surveyUnits, SurveyProperties properties) {
        this.jdbc = jdbc;
        this.units = units;
        this.surveyUnits = surveyUnits;
        this.properties = properties;
    }

    /** The configured period kind ({@code kinerja.survey.period}) containing the day: the "current period" of /ikm. */
    public SurveyPeriod periodContaining(LocalDate day) {
        return SurveyPeriod.containing(properties.period(), day);
    }

    /** One unit, all its services together. */
    public UnitIndex unit(Unit unit, SurveyPeriod period) {
        return byUnit(List.of(unit), period).get(0);
    }

    /** The unit and every unit below it, each its own row, in tree order (what a unit head sees). */
    public List<UnitIndex> subtree(Unit unit, SurveyPeriod period) {
        return byUnit(units.subtree(unit.id()), period);
    }

    /** Every unit of the roster, in tree order (what HR sees), with or without responses. */
    public List<UnitIndex> allUnits(SurveyPeriod period) {
        return byUnit(units.all(), period);
    }

    /** The whole office: every unit's responses together. */
    public OfficeIndex office(SurveyPeriod period) {
        IkmScore score = IkmScore.of(officeTallies(List.of(period)).getOrDefault(0, Map.of()));
        return new OfficeIndex(period, score.responses(), score, SampleStatus.of(score.responses(), officeUsers()),
                score.weakest(WEAKEST));
    }

    /**
     * The unit's services: the configured ones in the configured order (also those without responses), then
     * any other stored key with responses in the period ('' for answers without a service, last).
     */
    public List<ServiceIndex> services(Unit unit, SurveyPeriod period) {
        Map<String, Map<SurveyElement, IkmScore.Tally>> byService = group(jdbc.sql("""
                        select service as k, element, sum(answers) as answers, sum(total) as total
                          from survey_tally
                         where unit_id = :unit and day between :first and :last
                         group by service, element""")
                .param("unit", unit.id()).param("first", period.first()).param("last", period.last()), "k",
                String.class);
        Set<String> keys = new LinkedHashSet<>();
        surveyUnits.services(unit).forEach(s -> keys.add(s.key()));
        byService.keySet().stream().filter(k -> !k.isEmpty()).sorted().forEach(keys::add);
        if (byService.containsKey("")) {
            keys.add("");
        }
        List<ServiceIndex> result = new ArrayList<>(keys.size());
        for (String key : keys) {
            IkmScore score = IkmScore.of(byService.getOrDefault(key, Map.of()));
            result.add(new ServiceIndex(unit, key, key.isEmpty() ? java.util.Optional.empty() : surveyUnits.service(unit, key),
                    period, score.responses(), score, score.weakest(WEAKEST)));
        }
        return result;
    }

    /** One service of the unit ('' for answers without a service). */
    public ServiceIndex service(Unit unit, String serviceKey, SurveyPeriod period) {
        return services(unit, period).stream().filter(s -> s.serviceKey().equals(serviceKey)).findFirst()
                .orElseGet(() -> {
                    IkmScore score = IkmScore.empty();
                    return new ServiceIndex(unit, serviceKey, surveyUnits.service(unit, serviceKey), period, 0, score,
                            List.of());
                });
    }

    /** The unit's trend: the {@code previous} periods before this one and this one, oldest first. */
    public List<PeriodIndex> trend(Unit unit, SurveyPeriod period, int previous) {
        List<SurveyPeriod> periods = periods(period, previous);
        return trend(periods, unitTallies(unit, periods));
    }

    /** The whole office's trend, as {@link #trend(Unit, SurveyPeriod, int)}. */
    public List<PeriodIndex> officeTrend(SurveyPeriod period, int previous) {
        List<SurveyPeriod> periods = periods(period, previous);
        return trend(periods, officeTallies(periods));
    }

    private List<UnitIndex> byUnit(List<Unit> wanted, SurveyPeriod period) {
        if (wanted.isEmpty()) {
            return List.of();
        }
        Map<Long, Map<SurveyElement, IkmScore.Tally>> byUnit = group(jdbc.sql("""
                        select unit_id as k, element, sum(answers) as answers, sum(total) as total
                          from survey_tally
                         where unit_id in (:units) and day between :first and :last
                         group by unit_id, element""")
                .param("units", wanted.stream().map(Unit::id).toList())
                .param("first", period.first()).param("last", period.last()), "k", Long.class);
        List<UnitIndex> result = new ArrayList<>(wanted.size());
        for (Unit unit : wanted) {
            IkmScore score = IkmScore.of(byUnit.getOrDefault(unit.id(), Map.of()));
            result.add(UnitIndex.of(unit, period, score, SampleStatus.of(score.responses(), surveyUnits.yearlyUsers(unit))));
        }
        return result;
    }

    private static List<SurveyPeriod> periods(SurveyPeriod period, int previous) {
        if (previous < 0) {
            throw new IllegalArgumentException("previous periods: " + previous);
        }
        List<SurveyPeriod> periods = new ArrayList<>(previous + 1);
        SurveyPeriod p = period;
        for (int i = 0; i <= previous; i++) {
            periods.add(p);
            p = p.previous();
        }
        Collections.reverse(periods);
        return periods;
    }

    private static List<PeriodIndex> trend(List<SurveyPeriod> periods, Map<Integer, Map<SurveyElement, IkmScore.Tally>> tallies) {
        List<PeriodIndex> result = new ArrayList<>(periods.size());
        for (int i = 0; i < periods.size(); i++) {
            IkmScore score = IkmScore.of(tallies.getOrDefault(i, Map.of()));
            result.add(new PeriodIndex(periods.get(i), score.responses(), score));
        }
        return result;
    }

    private Map<Integer, Map<SurveyElement, IkmScore.Tally>> unitTallies(Unit unit, List<SurveyPeriod> periods) {
        return byPeriod(periods, "t.unit_id = :unit", spec -> spec.param("unit", unit.id()));
    }

    /** Tallies per index into {@code periods}, over every unit. */
    private Map<Integer, Map<SurveyElement, IkmScore.Tally>> officeTallies(List<SurveyPeriod> periods) {
        return byPeriod(periods, "true", spec -> spec);
    }

    private Map<Integer, Map<SurveyElement, IkmScore.Tally>> byPeriod(List<SurveyPeriod> periods, String condition,
            Function<JdbcClient.StatementSpec, JdbcClient.StatementSpec> params) {
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < periods.size(); i++) {
            values.append(i == 0 ? "" : ", ").append("(").append(i).append(", cast(:first").append(i)
                    .append(" as date), cast(:last").append(i).append(" as date))");
        }
        JdbcClient.StatementSpec spec = jdbc.sql("""
                select p.i as k, t.element, sum(t.answers) as answers, sum(t.total) as total
                  from survey_tally t
                  join (values %s) as p (i, first_day, last_day) on t.day between p.first_day and p.last_day
                 where t.day between :from and :to and %s
                 group by p.i, t.element""".formatted(values, condition))
                .param("from", periods.get(0).first()).param("to", periods.get(periods.size() - 1).last());
        for (int i = 0; i < periods.size(); i++) {
            spec = spec.param("first" + i, periods.get(i).first()).param("last" + i, periods.get(i).last());
        }
        return group(params.apply(spec), "k", Integer.class);
    }

    private static <K> Map<K, Map<SurveyElement, IkmScore.Tally>> group(JdbcClient.StatementSpec spec, String keyColumn,
                                                                        Class<K> keyType) {
        Map<K, Map<SurveyElement, IkmScore.Tally>> grouped = new HashMap<>();
        spec.query((java.sql.ResultSet rs) -> {
            K key = rs.getObject(keyColumn, keyType);
            IkmScore.Tally tally = new IkmScore.Tally(rs.getLong("answers"), rs.getLong("total"));
            // an element name the code does not know (renamed by hand in the database) is not part of the index
            SurveyElement.byStoredName(rs.getString("element")).ifPresent(element -> grouped
                    .computeIfAbsent(key, k -> new EnumMap<>(SurveyElement.class))
                    .merge(element, tally, IkmScore.Tally::plus));
        });
        return grouped;
    }

    /** N of the whole office: the yearly service users configured for its units, summed; empty when none is. */
    private OptionalLong officeUsers() {
        long sum = 0;
        boolean any = false;
        for (Unit unit : units.all()) {
            OptionalLong users = surveyUnits.yearlyUsers(unit);
            if (users.isPresent()) {
                sum += users.getAsLong();
                any = true;
            }
        }
        return any ? OptionalLong.of(sum) : OptionalLong.empty();
    }
}
