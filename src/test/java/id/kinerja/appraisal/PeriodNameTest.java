package id.kinerja.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.text.Language;
import id.kinerja.text.Texts;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodNameTest {

    private static final Texts TEXTS = Texts.load(Path.of("bot-scripts"));

    @Test
    void a_month_is_named_in_the_readers_language() {
        assertThat(name(Period.Kind.MONTHLY, 2026, 11, Language.ID)).isEqualTo("November 2026");
        assertThat(name(Period.Kind.MONTHLY, 2026, 12, Language.ID)).isEqualTo("Desember 2026");
        assertThat(name(Period.Kind.MONTHLY, 2027, 1, Language.ID)).isEqualTo("Januari 2027");
        assertThat(name(Period.Kind.MONTHLY, 2026, 8, Language.ID)).isEqualTo("Agustus 2026");
        assertThat(name(Period.Kind.MONTHLY, 2026, 8, Language.EN)).isEqualTo("August 2026");
    }

    @Test
    void quarters_and_years_are_named_by_their_start() {
        assertThat(name(Period.Kind.QUARTERLY, 2026, 10, Language.ID)).isEqualTo("Triwulan IV 2026");
        assertThat(name(Period.Kind.QUARTERLY, 2026, 10, Language.EN)).isEqualTo("Q4 2026");
        assertThat(name(Period.Kind.QUARTERLY, 2026, 1, Language.ID)).isEqualTo("Triwulan I 2026");
        assertThat(name(Period.Kind.ANNUAL, 2026, 1, Language.ID)).isEqualTo("Tahun 2026");
        assertThat(name(Period.Kind.ANNUAL, 2026, 1, Language.EN)).isEqualTo("Year 2026");
    }

    private static String name(Period.Kind kind, int year, int month, Language language) {
        return new PeriodName(kind, LocalDate.of(year, month, 1)).in(TEXTS, language);
    }
}
