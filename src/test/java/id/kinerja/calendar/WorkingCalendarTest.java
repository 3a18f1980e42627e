package id.kinerja.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkingCalendarTest {

    private final WorkingCalendar calendar = calendarFor(Path.of("config", "holidays"));

    private static WorkingCalendar calendarFor(Path holidaysDir) {
        return new WorkingCalendar(new CalendarProperties(null, null, holidaysDir, null, null));
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void weekends_are_not_working_days() {
        assertThat(calendar.isWorkingDay(day("2026-12-05"))).isFalse(); // Saturday
        assertThat(calendar.isWorkingDay(day("2026-12-06"))).isFalse(); // Sunday
        assertThat(calendar.isWorkingDay(day("2026-12-07"))).isTrue();  // Monday
        assertThat(calendar.isWorkingDay(day("2026-12-04"))).isTrue();  // Friday
        assertThat(calendar.zone()).isEqualTo(ZoneId.of("Asia/Jakarta"));
    }

    @Test
    void independence_day_is_a_public_holiday() {
        assertThat(calendar.isWorkingDay(day("2026-08-17"))).isFalse();
        assertThat(calendar.holiday(day("2026-08-17"))).get()
                .satisfies(h -> assertThat(h.kind()).isEqualTo(Holiday.Kind.LIBUR_NASIONAL));
        assertThat(calendar.nextWorkingDay(day("2026-08-14"))).isEqualTo(day("2026-08-18"));
        assertThat(calendar.previousWorkingDay(day("2026-08-18"))).isEqualTo(day("2026-08-14"));
    }

    @Test
    void the_2026_file_has_17_public_holidays_and_8_cuti_bersama_days() {
        long national = 0;
        long collective = 0;
        for (LocalDate d = day("2026-01-01"); d.getYear() == 2026; d = d.plusDays(1)) {
            var holiday = calendar.holiday(d);
            if (holiday.isPresent()) {
                if (holiday.get().kind() == Holiday.Kind.LIBUR_NASIONAL) {
                    national++;
                } else {
                    collective++;
                }
            }
        }
        assertThat(national).isEqualTo(17);
        assertThat(collective).isEqualTo(8);
        assertThat(calendar.holiday(day("2026-12-24")).orElseThrow().kind()).isEqualTo(Holiday.Kind.CUTI_BERSAMA);
    }

    @Test
    void idulfitri_and_its_cuti_bersama_close_the_office_from_18_to_24_march() {
        for (String closed : new String[] {"2026-03-18", "2026-03-19", "2026-03-20", "2026-03-21", "2026-03-22",
                "2026-03-23", "2026-03-24"}) {
            assertThat(calendar.isWorkingDay(day(closed))).as(closed).isFalse();
        }
        assertThat(calendar.holiday(day("2026-03-20")).orElseThrow().kind()).isEqualTo(Holiday.Kind.CUTI_BERSAMA);
        assertThat(calendar.holiday(day("2026-03-21")).orElseThrow().kind()).isEqualTo(Holiday.Kind.LIBUR_NASIONAL);
        assertThat(calendar.isWorkingDay(day("2026-03-17"))).isTrue();
        assertThat(calendar.isWorkingDay(day("2026-03-25"))).isTrue();
        assertThat(calendar.nextWorkingDay(day("2026-03-17"))).isEqualTo(day("2026-03-25"));
    }

    @Test
    void counting_skips_weekends_and_holidays() {
        // Tue 17 Mar -> Wed 25 Mar -> Thu 26 -> Fri 27 -> Mon 30
        assertThat(calendar.plusWorkingDays(day("2026-03-17"), 1)).isEqualTo(day("2026-03-25"));
        assertThat(calendar.plusWorkingDays(day("2026-03-17"), 4)).isEqualTo(day("2026-03-30"));
        assertThat(calendar.minusWorkingDays(day("2026-03-30"), 4)).isEqualTo(day("2026-03-17"));
        assertThat(calendar.plusWorkingDays(day("2026-03-17"), 0)).isEqualTo(day("2026-03-17"));
        assertThat(calendar.plusWorkingDays(day("2026-03-30"), -4)).isEqualTo(day("2026-03-17"));
        assertThat(calendar.workingDaysBetween(day("2026-03-17"), day("2026-03-30"))).isEqualTo(4);
        assertThat(calendar.workingDaysBetween(day("2026-03-30"), day("2026-03-17"))).isEqualTo(-4);
        assertThat(calendar.workingDaysBetween(day("2026-03-17"), day("2026-03-17"))).isZero();
        // 7 working days before Tue 18 Aug: the 17th is skipped
        assertThat(calendar.minusWorkingDays(day("2026-08-18"), 7)).isEqualTo(day("2026-08-06"));
        assertThat(calendar.workingDaysBetween(day("2026-08-14"), day("2026-08-18"))).isEqualTo(1);
        // 7 working days before Mon 7 Dec 2026
        assertThat(calendar.minusWorkingDays(day("2026-12-07"), 7)).isEqualTo(day("2026-11-26"));
        // across the year end: 24-25 Dec and 1 Jan 2026 are holidays, 2027 has no file
        assertThat(calendar.nextWorkingDay(day("2026-12-23"))).isEqualTo(day("2026-12-28"));
        assertThat(calendar.workingDayOnOrBefore(day("2026-12-27"))).isEqualTo(day("2026-12-23"));
        assertThat(calendar.workingDayOnOrBefore(day("2026-12-23"))).isEqualTo(day("2026-12-23"));
    }

    @Test
    void a_year_without_a_file_has_only_weekends_off() {
        assertThat(calendar.holiday(day("2031-08-18"))).isEmpty();
        assertThat(calendar.isWorkingDay(day("2031-01-01"))).isTrue(); // Wednesday, no 2031 file
        assertThat(calendar.workingDaysBetween(day("2030-12-31"), day("2031-01-07"))).isEqualTo(5);
    }

    @Test
    void a_malformed_file_names_the_file_and_the_line(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("2027.yml"), """
                holidays:
                  - date: 2027-01-01
                    name: Tahun Baru
                    kind: LIBUR_NASIONAL
                  - date: 2027-02-30
                    name: Tanggal salah
                    kind: LIBUR_NASIONAL
                """);
        WorkingCalendar broken = calendarFor(dir);
        assertThatThrownBy(() -> broken.isWorkingDay(day("2027-05-05")))
                .hasMessageContaining(dir.resolve("2027.yml").toString())
                .hasMessageContaining("line 5")
                .hasMessageContaining("2027-02-30");
    }

    @Test
    void unknown_kinds_wrong_years_and_broken_yaml_are_refused_with_their_line(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("2028.yml"), """
                holidays:
                  - date: 2028-01-01
                    name: Tahun Baru
                    kind: LIBUR
                """);
        Files.writeString(dir.resolve("2029.yml"), """
                holidays:
                  - date: 2029-01-01
                    name: Tahun Baru
                    kind: LIBUR_NASIONAL
                  - date: 2030-01-01
                    name: Next year
                    kind: LIBUR_NASIONAL
                """);
        Files.writeString(dir.resolve("2030.yml"), """
                holidays:
                  - date: 2030-01-01
                    name: [unclosed
                    kind: LIBUR_NASIONAL
                """);
        WorkingCalendar broken = calendarFor(dir);
        assertThatThrownBy(() -> broken.isWorkingDay(day("2028-03-01")))
                .hasMessageContaining("2028.yml line 4").hasMessageContaining("LIBUR_NASIONAL, CUTI_BERSAMA");
        assertThatThrownBy(() -> broken.isWorkingDay(day("2029-03-01")))
                .hasMessageContaining("2029.yml line 5").hasMessageContaining("not in 2029");
        assertThatThrownBy(() -> broken.isWorkingDay(day("2030-03-01")))
                .hasMessageContaining("2030.yml line ").hasMessageContaining("not valid YAML");
    }

    @Test
    void a_custom_week_and_file_are_honoured(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("2027.yml"), """
                # HR file
                holidays:
                  - date: 2027-01-01
                    name: Tahun Baru
                    kind: LIBUR_NASIONAL
                """);
        WorkingCalendar sixDays = new WorkingCalendar(new CalendarProperties(null,
                java.util.EnumSet.range(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.SATURDAY), dir, null, null));
        assertThat(sixDays.isWorkingDay(day("2027-01-02"))).isTrue(); // Saturday
        assertThat(sixDays.isWorkingDay(day("2027-01-01"))).isFalse();
        assertThat(sixDays.isWorkingDay(day("2027-01-03"))).isFalse(); // Sunday
    }
}
