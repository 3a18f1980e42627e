package id.kinerja.reminder;

import id.kinerja.text.Language;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as people read them: "Senin, 7 Desember 2026", "Monday, 7 December 2026". */
final class LongDates {

    private LongDates() {}

    static String format(LocalDate date, Language language) {
        return DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", language.locale()).format(date);
    }
}
