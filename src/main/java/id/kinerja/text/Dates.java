package id.kinerja.text;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as people read them: "Senin, 7 Desember 2026" / "Monday, 7 December 2026". */
public final class Dates {

    private Dates() {}

    public static String longDate(LocalDate date, Language language) {
        return DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", language.locale()).format(date);
    }
}
