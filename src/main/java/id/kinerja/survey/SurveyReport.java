package id.kinerja.survey;

import id.kinerja.calendar.WorkingCalendar;
import id.kinerja.employee.AdminScope;
import id.kinerja.employee.Unit;
import id.kinerja.spreadsheet.Table;
import id.kinerja.spreadsheet.XlsxWorkbook;
import id.kinerja.text.Html;
import id.kinerja.text.Language;
import id.kinerja.text.Texts;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The SKM report of a period as an XLSX workbook (docs/DOMAIN.md §8): the respondent profile, NRR and converted
 * score per element and unit, IKM and grade per unit and service with the sample status, the suggestions, and
 * the "Rencana Tindak Lanjut" naming each unit's three weakest elements with empty columns for the plan. Sheet
 * names, headers and labels come from bot-scripts/ ({@code survey_report}, {@code survey_grade}).
 *
 * <p>Units are listed in tree order; the profile, element and plan sheets list the units with responses in the
 * period, the index sheet every unit (a unit without responses shows its sample status all the same).
 */
@Service
public class SurveyReport {

    /** What a report holds: responses in the period, units with responses, suggestions. */
    public record Written(long responses, int units, int suggestions) {}

    private final SurveyIndex index;
    private final SurveyUnits surveyUnits;
    private final JdbcClient jdbc;
    private final Texts texts;
    private final WorkingCalendar calendar;

    SurveyReport(SurveyIndex index, SurveyUnits surveyUnits, JdbcClient jdbc, Texts texts, WorkingCalendar calendar) {
        this.index = index;
        this.surveyUnits = surveyUnits;
        this.jdbc = jdbc;
        this.texts = texts;
        this.calendar = calendar;
    }

    /** Writes the workbook of the period in the language; the stream is left open. One snapshot of the data. */
    @Transactional(readOnly = true, isolation = org.springframework.transaction.annotation.Isolation.REPEATABLE_READ)
    public Written write(SurveyPeriod period, Language language, OutputStream out) throws IOException {
        return write(period, language, out, AdminScope.whole());
    }

    /**
     * The workbook of the units {@code scope} covers (an HR admin's part of the organisation): only their rows and
     * suggestions, and the whole office's rows only for the whole organisation.
     */
    @Transactional(readOnly = true, isolation = org.springframework.transaction.annotation.Isolation.REPEATABLE_READ)
    public Written write(SurveyPeriod period, Language language, OutputStream out, AdminScope scope) throws IOException {
        Labels labels = new Labels(texts, language);
        List<UnitIndex> all = index.allUnits(period).stream().filter(u -> scope.coversUnit(u.unit().id())).toList();
        List<UnitIndex> answered = all.stream().filter(u -> u.responses() > 0).toList();
        Optional<OfficeIndex> office = scope.isWhole() ? Optional.of(index.office(period)) : Optional.empty();
        List<Suggestion> suggestions = suggestions(period, all.stream().map(UnitIndex::unit).toList());
        XlsxWorkbook.write(List.of(profileSheet(period, answered, labels), elementSheet(answered, office, labels),
                indexSheet(period, all, office, labels), suggestionSheet(suggestions, labels), planSheet(answered, labels)), out);
        long responses = office.map(OfficeIndex::responses)
                .orElseGet(() -> all.stream().mapToLong(UnitIndex::responses).sum());
        return new Written(responses, answered.size(), suggestions.size());
    }

    private Table profileSheet(SurveyPeriod period, List<UnitIndex> units, Labels labels) {
        // counts per unit, item and code (null: skipped)
        Map<Long, Map<RespondentProfile.Item, Map<String, Long>>> counts = new HashMap<>();
        jdbc.sql("""
                        select unit_id, sex, age_band, education, occupation, count(*) as n
                          from survey_response
                         where answered_on between :first and :last
                         group by unit_id, sex, age_band, education, occupation""")
                .param("first", period.first()).param("last", period.last())
                .query((java.sql.ResultSet rs) -> {
                    long unit = rs.getLong("unit_id");
                    long n = rs.getLong("n");
                    String[] codes = {rs.getString("sex"), rs.getString("age_band"), rs.getString("education"),
                            rs.getString("occupation")};
                    for (RespondentProfile.Item item : RespondentProfile.Item.values()) {
                        counts.computeIfAbsent(unit, u -> new HashMap<>()).computeIfAbsent(item, i -> new HashMap<>())
                                .merge(String.valueOf(codes[item.ordinal()]), n, Long::sum);
                    }
                });
        List<String> header = new ArrayList<>(List.of(labels.column("item"), labels.column("category")));
        units.forEach(u -> header.add(u.unit().name()));
        header.add(labels.column("total"));
        List<List<Object>> rows = new ArrayList<>();
        for (RespondentProfile.Item item : RespondentProfile.Item.values()) {
            List<String> codes = new ArrayList<>(item.codes());
            codes.add(null);
            for (String code : codes) {
                List<Object> row = new ArrayList<>();
                row.add(labels.get("survey_report.profile." + item.key()));
                row.add(code == null ? labels.get("survey_report.profile.skipped")
                        : labels.get("survey_report.profile.value." + item.key() + "." + code));
                long total = 0;
                for (UnitIndex unit : units) {
                    long n = counts.getOrDefault(unit.unit().id(), Map.of()).getOrDefault(item, Map.of())
                            .getOrDefault(String.valueOf(code), 0L);
                    row.add(BigDecimal.valueOf(n));
                    total += n;
                }
                row.add(BigDecimal.valueOf(total));
                rows.add(row);
            }
        }
        return new Table(labels.get("survey_report.sheet.profile"), header, rows);
    }

    private static Table elementSheet(List<UnitIndex> units, Optional<OfficeIndex> office, Labels labels) {
        List<List<Object>> rows = new ArrayList<>();
        units.forEach(u -> elementRows(u.unit().name(), u.score(), labels, rows));
        if (office.isPresent() && office.get().responses() > 0) {
            elementRows(labels.get("survey_report.whole_office"), office.get().score(), labels, rows);
        }
        return new Table(labels.get("survey_report.sheet.elements"), labels.columns("unit", "element", "answers", "nrr",
                "converted"), rows);
    }

    private static void elementRows(String unit, IkmScore score, Labels labels, List<List<Object>> into) {
        for (IkmScore.ElementScore e : score.elements()) {
            into.add(Arrays.asList(unit, labels.element(e.element()), BigDecimal.valueOf(e.tally().answers()),
                    e.nrr().orElse(null), e.converted().orElse(null)));
        }
    }

    private Table indexSheet(SurveyPeriod period, List<UnitIndex> units, Optional<OfficeIndex> office, Labels labels) {
        List<List<Object>> rows = new ArrayList<>();
        for (UnitIndex unit : units) {
            rows.add(indexRow(unit.unit().name(), labels.get("survey_report.all_services"), unit.score(),
                    unit.sample().text(texts, labels.language()), labels));
            List<ServiceIndex> services = index.services(unit.unit(), period);
            boolean onlyWithout = services.stream().allMatch(s -> s.serviceKey().isEmpty());
            if (!onlyWithout) {
                for (ServiceIndex service : services) {
                    rows.add(indexRow(unit.unit().name(), serviceName(service.serviceKey(), service.service(), labels),
                            service.score(), null, labels));
                }
            }
        }
        office.ifPresent(o -> rows.add(indexRow(labels.get("survey_report.whole_office"),
                labels.get("survey_report.all_services"), o.score(), o.sample().text(texts, labels.language()), labels)));
        return new Table(labels.get("survey_report.sheet.index"), labels.columns("unit", "service", "responses", "ikm",
                "quality", "performance", "sample"), rows);
    }

    private static List<Object> indexRow(String unit, String service, IkmScore score, String sample, Labels labels) {
        Optional<SkmGrade> grade = score.grade();
        return Arrays.asList(unit, service, BigDecimal.valueOf(score.responses()), score.ikm().orElse(null),
                grade.map(g -> labels.get(g.qualityKey())).orElse(null),
                grade.map(g -> labels.get(g.performanceKey())).orElse(null), sample);
    }

    private record Suggestion(Unit unit, String service, LocalDate day, String text, LocalDate followedUpOn,
                              String note) {}

    private List<Suggestion> suggestions(SurveyPeriod period, List<Unit> units) {
        Map<Long, Unit> byId = units.stream().collect(Collectors.toMap(Unit::id, Function.identity()));
        Map<Long, Integer> treeOrder = new HashMap<>();
        for (int i = 0; i < units.size(); i++) {
            treeOrder.put(units.get(i).id(), i);
        }
        List<Suggestion> list = new ArrayList<>(jdbc.sql("""
                        select unit_id, service, answered_on, text, followed_up_at, follow_up_note
                          from survey_suggestion
                         where answered_on between :first and :last
                         order by answered_on, text""")
                .param("first", period.first()).param("last", period.last())
                .query((rs, n) -> {
                    Timestamp followedUp = rs.getTimestamp("followed_up_at");
                    return new Suggestion(byId.get(rs.getLong("unit_id")), rs.getString("service"),
                            rs.getDate("answered_on").toLocalDate(), rs.getString("text"),
                            followedUp == null ? null : followedUp.toInstant().atZone(calendar.zone()).toLocalDate(),
                            rs.getString("follow_up_note"));
                }).list());
        list.removeIf(s -> s.unit() == null);
        list.sort(java.util.Comparator.comparing((Suggestion s) -> treeOrder.get(s.unit().id())));
        return list;
    }

    private Table suggestionSheet(List<Suggestion> suggestions, Labels labels) {
        List<List<Object>> rows = new ArrayList<>();
        for (Suggestion s : suggestions) {
            rows.add(Arrays.asList(s.unit().name(),
                    s.service().isEmpty() ? null : serviceName(s.service(), surveyUnits.service(s.unit(), s.service()), labels),
                    s.day(), s.text(), labels.get(s.followedUpOn() == null ? "survey_report.open" : "survey_report.followed_up"),
                    s.followedUpOn(), s.note()));
        }
        return new Table(labels.get("survey_report.sheet.suggestions"), labels.columns("unit", "service", "date", "text",
                "status", "followed_up_on", "note"), rows);
    }

    private static Table planSheet(List<UnitIndex> units, Labels labels) {
        List<List<Object>> rows = new ArrayList<>();
        for (UnitIndex unit : units) {
            for (IkmScore.ElementScore weak : unit.weakest()) {
                rows.add(Arrays.asList(unit.unit().name(), labels.element(weak.element()), weak.nrr().orElse(null),
                        null, null, null));
            }
        }
        return new Table(labels.get("survey_report.sheet.plan"), labels.columns("unit", "priority", "nrr", "program",
                "time", "responsible"), rows);
    }

    private static String serviceName(String key, Optional<SurveyProperties.Service> service, Labels labels) {
        if (key.isEmpty()) {
            return labels.get("survey_report.no_service");
        }
        return service.map(s -> labels.language() == Language.EN ? s.nameEn() : s.name()).orElse(key);
    }

    /** Plain-text labels of one language. */
    private record Labels(Texts texts, Language language) {

        String get(String key) {
            return Html.plain(texts.get(language, key));
        }

        String column(String name) {
            return get("survey_report.column." + name);
        }

        List<String> columns(String... names) {
            return Arrays.stream(names).map(this::column).toList();
        }

        String element(SurveyElement element) {
            return get("survey_report.element." + element.key());
        }
    }
}
