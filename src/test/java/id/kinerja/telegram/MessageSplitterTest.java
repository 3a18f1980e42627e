package id.kinerja.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.playground.emulator.TelegramHtml;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MessageSplitterTest {

    @Test
    void short_text_stays_one_message() {
        assertThat(MessageSplitter.split("a\nb", 4096)).containsExactly("a\nb");
    }

    @Test
    void long_text_is_split_on_line_boundaries_within_the_limit() {
        String line = "x".repeat(30);
        String text = String.join("\n", java.util.Collections.nCopies(10, line));

        List<String> parts = MessageSplitter.split(text, 100);

        assertThat(parts).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(100));
        assertThat(parts).allSatisfy(p -> assertThat(p.split("\n")).allMatch(line::equals));
        assertThat(String.join("\n", parts)).isEqualTo(text);
    }

    @Test
    void paragraphs_stay_together_when_they_fit() {
        String entry = "judul\n" + "y".repeat(40);
        String text = String.join("\n\n", java.util.Collections.nCopies(5, entry));

        List<String> parts = MessageSplitter.split(text, 100);

        assertThat(parts).hasSize(3).allSatisfy(p -> assertThat(p).startsWith("judul"));
    }

    @Test
    void an_overlong_line_is_cut_at_a_space_and_never_inside_a_tag_or_entity() {
        String text = "kata &amp; <b>tebal</b> ".repeat(20);

        List<String> parts = MessageSplitter.split(text, 50);

        assertThat(parts).allSatisfy(p -> {
            assertThat(p.length()).isLessThanOrEqualTo(50);
            assertThat(p.chars().filter(c -> c == '<').count()).isEqualTo(p.chars().filter(c -> c == '>').count());
            assertThat(p).doesNotEndWith("&amp").doesNotEndWith("&");
        });
    }

    @Test
    void trimming_for_an_edit_keeps_within_the_limit() {
        String text = "baris\n".repeat(2000);
        String trimmed = MessageSplitter.trim(text, 4096);
        assertThat(trimmed.length()).isLessThanOrEqualTo(4096);
        assertThat(trimmed).endsWith("…");
    }

    @Test
    void a_cut_inside_a_bold_name_closes_it_and_opens_it_again_in_the_next_part() throws Exception {
        String name = "N".repeat(5000);
        String card = "📝 Penilaian untuk <b>" + name + "</b>\n<i>Langkah 1 dari 3</i>";

        List<String> parts = MessageSplitter.split(card, 4096);

        assertThat(parts).hasSize(2);
        assertThat(parts.get(0)).startsWith("📝 Penilaian untuk <b>N").endsWith("N</b>");
        assertThat(parts.get(1)).startsWith("<b>N").endsWith("</b>\n<i>Langkah 1 dari 3</i>");
        assertEveryPartIsTelegramHtmlOfTheSameText(card, parts, 4096);
    }

    @Test
    void a_long_csv_header_echoed_in_a_problem_stays_valid_html() throws Exception {
        StringBuilder header = new StringBuilder();
        for (int i = 0; header.length() < 100_000; i++) {
            header.append("kolom_&lt;").append(i).append("&gt;,");
        }
        String problem = "⚠️ Baris 1: kolom tidak dikenal: <code>" + header + "</code>\nPerbaiki berkasnya lalu kirim lagi.";

        List<String> parts = MessageSplitter.split(problem, 4096);

        assertThat(parts).hasSizeGreaterThan(20);
        assertEveryPartIsTelegramHtmlOfTheSameText(problem, parts, 4096);
    }

    @Test
    void privacy_text_for_a_very_long_name_inside_nested_elements() throws Exception {
        String html = "<blockquote><b>Status:</b> akun ini ditautkan sebagai <b><i>" + "Siti Nurhaliza ".repeat(400)
                + "</i></b> (NIP <code>199004042015042002</code>).</blockquote>\n\n<a href=\"https://t.me/x?a=1&amp;b=2\">"
                + "tautan ".repeat(700) + "</a>";

        assertEveryPartIsTelegramHtmlOfTheSameText(html, MessageSplitter.split(html, 4096), 4096);
    }

    @Test
    void trimming_for_an_edit_closes_what_is_open() throws Exception {
        String html = "<b>" + "x".repeat(5000) + "</b>";

        String trimmed = MessageSplitter.trim(html, 4096);

        assertThat(trimmed.length()).isLessThanOrEqualTo(4096);
        assertThat(trimmed).endsWith("</b>\n…");
        TelegramHtml.parse(trimmed, true);
    }

    @Test
    void random_nesting_and_limits_always_give_parts_that_parse_and_keep_every_character() throws Exception {
        int split = 0;
        for (int seed = 0; seed < 400; seed++) {
            Random random = new Random(seed);
            String html = randomHtml(random, 0, 20 + random.nextInt(60));
            // above what four nested elements take to close and reopen (about 250), as 4096 is for real texts
            int limit = 300 + random.nextInt(400);
            List<String> parts = MessageSplitter.split(html, limit);
            split += parts.size() > 1 ? 1 : 0;
            try {
                assertEveryPartIsTelegramHtmlOfTheSameText(html, parts, limit);
            } catch (AssertionError | TelegramHtml.ParseException e) {
                throw new AssertionError("seed " + seed + ", limit " + limit + ":\n" + html + "\n" + parts, e);
            }
        }
        assertThat(split).as("texts that needed a cut").isGreaterThan(300);
    }

    private static final String[] TAGS = {"<b>", "<i>", "<u>", "<s>", "<code>", "<span class=\"tg-spoiler\">",
        "<a href=\"https://example.org/?q=1&amp;r=2\">", "<blockquote>", "<strong>", "<em>"};

    private static String randomHtml(Random random, int depth, int items) {
        StringBuilder html = new StringBuilder();
        for (int k = 0; k < items; k++) {
            int choice = random.nextInt(10);
            if (choice < 2 && depth < 4) {
                String open = TAGS[random.nextInt(TAGS.length)];
                String name = open.substring(1, open.indexOf(open.contains(" ") ? ' ' : '>'));
                html.append(open).append(randomHtml(random, depth + 1, 1 + random.nextInt(8)))
                    .append("</").append(name).append(">");
            } else if (choice < 3) {
                html.append(List.of("&amp;", "&lt;", "&gt;", "&quot;", "😀", "é").get(random.nextInt(6)));
            } else if (choice < 4) {
                html.append(List.of(" ", "\n", "\n\n").get(random.nextInt(3)));
            } else {
                html.append("kata".repeat(1 + random.nextInt(random.nextInt(10) < 8 ? 3 : 60)));
            }
        }
        return html.toString();
    }

    /** Each part within the limit and valid Telegram HTML; together they say the same text, less the cut spaces. */
    private static void assertEveryPartIsTelegramHtmlOfTheSameText(String html, List<String> parts, int limit)
            throws TelegramHtml.ParseException {
        StringBuilder text = new StringBuilder();
        for (String part : parts) {
            assertThat(part.length()).as(part).isLessThanOrEqualTo(limit);
            String partText = TelegramHtml.parse(part, true).text();
            assertThat(partText).as(part).isNotBlank();
            text.append(partText);
        }
        assertThat(text.toString().replaceAll("\\s", ""))
            .isEqualTo(TelegramHtml.parse(html, true).text().replaceAll("\\s", ""));
    }
}
