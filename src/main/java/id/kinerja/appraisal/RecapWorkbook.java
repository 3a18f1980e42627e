package id.kinerja.appraisal;

import id.kinerja.employee.Unit;
import id.kinerja.employee.Units;
import id.kinerja.spreadsheet.SheetNames;
import id.kinerja.spreadsheet.Table;
import id.kinerja.text.Html;
import id.kinerja.text.Language;
import id.kinerja.text.Texts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The recap's own sheets in the workbook HR reads: first a summary (per unit in tree order and for all units: employees,
 * evaluated, and how many got each predicate, in numbers and percent; then the organisation's predicate and a
 * warning line for each rule of {@link DistributionGuidance} the distribution breaks), then the whole recap, then one
 * sheet per unit with its employees. Sheet names are valid for Excel and unique in the workbook.
 */
@Component
class RecapWorkbook {

    private static final int UNIT = RecapExport.HEADER.indexOf("unit");
    private static final int PREDICATE = RecapExport.HEADER.indexOf("predicate");

    private final Units units;
    private final Texts texts;
    private final RecapProperties properties;

    RecapWorkbook(Units units, Texts texts, RecapProperties properties) {
        this.units = units;
        this.texts = texts;
        this.properties = properties;
    }

    /**
     * The summary, the labelled recap and the unit sheets, named so that none is one of {@code others} (the other
     * modules' sheets, which follow them).
     *
     * @param recap    the recap with codes, as {@link RecapExport#recap} makes it
     * @param labelled the same rows as people read them, as {@link RecapExport#labelled} makes it
     */
    List<Table> sheets(Table recap, Table labelled, List<Table> others, Language language) {
        SheetNames names = new SheetNames(others.stream().map(Table::name).toList());
        String summaryName = names.unique(label(language, "sheets_import.summary.sheet"));
        String recapName = names.unique(labelled.name());
        Map<String, List<List<Object>>> rowsByUnit = new LinkedHashMap<>();
        Map<String, List<Predicate>> predicatesByUnit = new LinkedHashMap<>();
        for (String unit : unitsInTreeOrder(recap)) {
            rowsByUnit.put(unit, new ArrayList<>());
            predicatesByUnit.put(unit, new ArrayList<>());
        }
        List<Predicate> all = new ArrayList<>();
        for (int r = 0; r < recap.rows().size(); r++) {
            String unit = (String) recap.rows().get(r).get(UNIT);
            rowsByUnit.get(unit).add(labelled.rows().get(r));
            if (recap.rows().get(r).get(PREDICATE) instanceof String code) {
                predicatesByUnit.get(unit).add(Predicate.valueOf(code));
                all.add(Predicate.valueOf(code));
            }
        }
        List<Table> sheets = new ArrayList<>();
        sheets.add(summary(summaryName, rowsByUnit, predicatesByUnit, PredicateDistribution.of(all),
                recap.rows().size(), language));
        sheets.add(new Table(recapName, labelled.header(), labelled.rows()));
        rowsByUnit.forEach((unit, rows) -> sheets.add(new Table(names.unique(unit), labelled.header(), rows)));
        return sheets;
    }

    /** The units that have employees in the recap, in tree order (a unit the tree does not know, last). */
    private List<String> unitsInTreeOrder(Table recap) {
        Set<String> present = recap.rows().stream().map(row -> (String) row.get(UNIT))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Set<String> ordered = new LinkedHashSet<>();
        for (Unit unit : units.all()) {
            if (present.contains(unit.name())) {
                ordered.add(unit.name());
            }
        }
        ordered.addAll(present);
        return List.copyOf(ordered);
    }

    private Table summary(String name, Map<String, List<List<Object>>> rowsByUnit,
                          Map<String, List<Predicate>> predicatesByUnit, PredicateDistribution total, int employees,
                          Language language) {
        List<String> header = new ArrayList<>(List.of(label(language, "sheets_import.summary.unit"),
                label(language, "sheets_import.summary.employees"), label(language, "sheets_import.summary.evaluated")));
        for (Predicate predicate : Predicate.values()) {
            String shown = label(language, predicate.textKey());
            header.add(shown);
            header.add(label(language, "sheets_import.summary.percent", "predicate", shown));
        }
        List<List<Object>> rows = new ArrayList<>();
        rowsByUnit.forEach((unit, rowsOfUnit) -> rows.add(counts(unit, rowsOfUnit.size(),
                PredicateDistribution.of(predicatesByUnit.get(unit)))));
        rows.add(counts(label(language, "sheets_import.summary.total"), employees, total));
        rows.add(line(null, header.size()));
        for (String text : findings(total, language)) {
            rows.add(line(text, header.size()));
        }
        return new Table(name, header, rows);
    }

    private static List<Object> counts(String unit, int employees, PredicateDistribution distribution) {
        List<Object> row = new ArrayList<>(List.of(unit, number(employees), number(distribution.evaluated())));
        for (Predicate predicate : Predicate.values()) {
            row.add(number(distribution.count(predicate)));
            row.add(distribution.percent(predicate));
        }
        return row;
    }

    /** The lines under the counts: the organisation's predicate, then the warnings or that there is none. */
    List<String> findings(PredicateDistribution total, Language language) {
        OrganisationPredicate organisation = properties.organisationPredicate();
        if (organisation == null) {
            return List.of(label(language, "sheets_import.summary.organisation_unset"));
        }
        String shown = label(language, organisation.textKey());
        List<String> lines = new ArrayList<>();
        lines.add(label(language, "sheets_import.summary.organisation", "predicate", shown));
        if (total.evaluated() == 0) {
            lines.add(label(language, "sheets_import.summary.nobody_evaluated"));
            return lines;
        }
        List<DistributionGuidance.Warning> warnings = DistributionGuidance.check(organisation, total);
        if (warnings.isEmpty()) {
            lines.add(label(language, "sheets_import.summary.consistent", "organisation", shown));
        }
        for (DistributionGuidance.Warning warning : warnings) {
            lines.add(warning(warning, shown, total, language));
        }
        lines.add(label(language, "sheets_import.summary.guidance"));
        return lines;
    }

    private String warning(DistributionGuidance.Warning warning, String organisation, PredicateDistribution total,
                           Language language) {
        // several predicates: counted together ("Kurang + Butuh Perbaikan"), or any of them ("… atau …")
        String joiner = warning.kind() == DistributionGuidance.Kind.SOME
                ? " " + label(language, "sheets_import.summary.or") + " " : " + ";
        String predicates = warning.predicates().stream().map(p -> label(language, p.textKey()))
                .collect(Collectors.joining(joiner));
        String percent = total.percent(warning.count()).stripTrailingZeros().toPlainString();
        return switch (warning.kind()) {
            case LARGEST -> label(language, "sheets_import.distribution.largest", "organisation", organisation,
                    "expected", predicates, "largest", label(language, warning.largest().textKey()), "percent", percent);
            case AT_MOST, AT_LEAST -> label(language, warning.kind() == DistributionGuidance.Kind.AT_MOST
                            ? "sheets_import.distribution.at_most" : "sheets_import.distribution.at_least",
                    "predicate", predicates, "percent", percent, "count", warning.count(), "organisation", organisation,
                    "limit", warning.limit());
            case SOME -> label(language, "sheets_import.distribution.some", "organisation", organisation,
                    "predicate", predicates);
            case NONE -> label(language, "sheets_import.distribution.none", "organisation", organisation,
                    "predicate", predicates, "count", warning.count());
        };
    }

    private static List<Object> line(String text, int width) {
        Object[] row = new Object[width];
        row[0] = text;
        return Arrays.asList(row);
    }

    private static BigDecimal number(int n) {
        return BigDecimal.valueOf(n);
    }

    private String label(Language language, String key, Object... args) {
        return Html.plain(texts.get(language, key, args));
    }
}
