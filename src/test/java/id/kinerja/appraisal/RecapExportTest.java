package id.kinerja.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import id.kinerja.spreadsheet.Table;
import id.kinerja.calendar.CalendarProperties;
import id.kinerja.text.Language;
import id.kinerja.text.Texts;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


/**
 * The recap as people read it: the chat's labels instead of column names and codes, everything else as it is; its
 * times on the office's clock.
 */
class RecapExportTest {

    private static final LocalDateTime EVALUATED = LocalDateTime.of(2026, 12, 1, 9, 5);

    private static Table codes() {
        return new Table("2026-11", RecapExport.HEADER, List.of(
                Arrays.asList("199004042015042002", "Maya", "Seksi Pelayanan Umum", "Pranata Komputer",
                        "=HYPERLINK(\"http://x\")", "ABOVE", "ABOVE", "SANGAT_BAIK", EVALUATED),
                Arrays.asList("198609262015051001", "Erwin", "Seksi Pelayanan Umum", "Kepala Seksi", null,
                        null, null, null, null)));
    }

    private static RecapExport recaps(Texts texts) {
        return new RecapExport(null, null, null, texts, new CalendarProperties(null, null, null, null, null));
    }

    private static RecapExport recapsIn(ZoneId zone) {
        return new RecapExport(null, null, null, null, new CalendarProperties(zone, null, null, null, null));
    }

    @Test
    void header_ratings_and_predicates_are_the_chats_labels_in_the_readers_language() {
        Texts texts = Texts.load(Path.of("bot-scripts"));

        Table indonesian = recaps(texts).labelled(codes(), Language.ID);
        Table english = recaps(texts).labelled(codes(), Language.EN);

        assertThat(indonesian.header()).containsExactly("NIP", "Nama", "Unit", "Jabatan", "Atasan", "Hasil Kerja",
                "Perilaku Kerja", "Predikat", "Dinilai pada");
        assertThat(indonesian.rows().get(0)).containsExactly("199004042015042002", "Maya", "Seksi Pelayanan Umum",
                "Pranata Komputer", "=HYPERLINK(\"http://x\")", "Di Atas Ekspektasi", "Di Atas Ekspektasi",
                "Sangat Baik", EVALUATED);
        assertThat(indonesian.rows().get(1)).isEqualTo(codes().rows().get(1));
        assertThat(indonesian.name()).isEqualTo("2026-11");
        assertThat(english.header()).containsExactly("NIP", "Name", "Unit", "Position", "Supervisor", "Work result",
                "Work behaviour", "Predicate", "Evaluated at");
        assertThat(english.rows().get(0).subList(5, 8)).containsExactly("Above expectation", "Above expectation",
                "Outstanding");
    }

    @Test
    void labels_reworked_with_markup_are_plain_text_in_the_sheet(@TempDir Path scripts) throws Exception {
        for (String file : List.of("id.yaml", "en.yaml")) {
            Files.writeString(scripts.resolve(file), Files.readString(Path.of("bot-scripts", file))
                    .replace("  above: Di Atas Ekspektasi", "  above: <b>Di Atas</b> Ekspektasi &amp; lebih")
                    .replace("  supervisor: Atasan", "  supervisor: Atasan &lt;langsung&gt;"),
                    StandardCharsets.UTF_8);
        }

        Table labelled = recaps(Texts.load(scripts)).labelled(codes(), Language.ID);

        assertThat(labelled.header().get(4)).isEqualTo("Atasan <langsung>");
        assertThat(labelled.rows().get(0).get(5)).isEqualTo("Di Atas Ekspektasi & lebih");
    }

    @Test
    void an_evaluation_time_is_shown_in_the_calendars_configured_zone_to_the_minute() {
        Instant at = Instant.parse("2026-12-01T02:05:42Z");

        assertThat(recapsIn(ZoneId.of("Asia/Jakarta")).local(at)).isEqualTo(LocalDateTime.of(2026, 12, 1, 9, 5));
        assertThat(recapsIn(ZoneId.of("Asia/Makassar")).local(at)).isEqualTo(LocalDateTime.of(2026, 12, 1, 10, 5));
        assertThat(recapsIn(ZoneId.of("Asia/Jayapura")).local(at)).isEqualTo(LocalDateTime.of(2026, 12, 1, 11, 5));
    }
}
