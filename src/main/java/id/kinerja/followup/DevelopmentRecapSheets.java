package id.kinerja.followup;

import id.kinerja.appraisal.Period;
import id.kinerja.appraisal.RecapSheets;
import id.kinerja.employee.AdminScope;
import id.kinerja.spreadsheet.Table;
import id.kinerja.text.Html;
import id.kinerja.text.Language;
import id.kinerja.text.Texts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The "Pengembangan" sheet of the recap workbook: per active employee in the reader's scope, the JP of the year
 * the period starts in, the target, whether below it, and the number of activities.
 */
@Component
@Order(20)
class DevelopmentRecapSheets implements RecapSheets {

    private final DevelopmentHours hours;
    private final Texts texts;

    DevelopmentRecapSheets(DevelopmentHours hours, Texts texts) {
        this.hours = hours;
        this.texts = texts;
    }

    @Override
    public List<Table> sheets(Period period, AdminScope scope, Language language) {
        int year = period.start().getYear();
        List<String> header = List.of("nip", "name", "unit", "year", "total_jp", "target_jp", "below_target",
                "activities").stream().map(column -> label(language, "development.recap." + column)).toList();
        List<List<Object>> rows = new ArrayList<>();
        for (DevelopmentHours.Shortfall row : hours.everyone(year)) {
            if (!scope.covers(row.employee())) {
                continue;
            }
            DevelopmentStanding standing = row.standing();
            rows.add(List.of(row.employee().nip().value(), row.employee().name(), row.employee().unitName(),
                    String.valueOf(year), BigDecimal.valueOf(standing.totalJp()), BigDecimal.valueOf(standing.targetJp()),
                    label(language, standing.belowTarget() ? "development.recap.yes" : "development.recap.no"),
                    BigDecimal.valueOf(standing.activities())));
        }
        return List.of(new Table(label(language, "development.recap.sheet"), header, rows));
    }

    private String label(Language language, String key) {
        return Html.plain(texts.get(language, key));
    }
}
