package id.kinerja.appraisal;

import id.kinerja.text.Language;
import id.kinerja.text.Texts;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * A period as people read it, never its code: "November 2026", "Triwulan IV 2026" / "Q4 2026",
 * "Tahun 2026" / "Year 2026". Every message that names a period renders it through here.
 */
public record PeriodName(Period.Kind kind, LocalDate start) {

    public String in(Texts texts, Language language) {
        return switch (kind) {
            case MONTHLY -> DateTimeFormatter.ofPattern("MMMM yyyy", language.locale()).format(start);
            case QUARTERLY -> texts.get(language, "period_name.quarter_" + ((start.getMonthValue() + 2) / 3),
                    "year", String.valueOf(start.getYear()));
            case ANNUAL -> texts.get(language, "period_name.annual", "year", String.valueOf(start.getYear()));
        };
    }
}
