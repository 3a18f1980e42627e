package id.kinerja.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TextsTest {

    private final Texts texts = Texts.load(Path.of("bot-scripts"));

    @Test
    void both_languages_have_the_same_keys_and_placeholders() {
        assertThat(texts.keys(Language.EN)).containsExactlyInAnyOrderElementsOf(texts.keys(Language.ID));
        for (String key : texts.keys(Language.ID)) {
            assertThat(placeholders(texts.template(Language.EN, key))).as(key)
                    .isEqualTo(placeholders(texts.template(Language.ID, key)));
        }
    }

    @Test
    void no_key_was_read_as_a_yaml_boolean() {
        assertThat(texts.keys(Language.ID)).noneMatch(key -> key.matches("(.*\\.)?(true|false)(\\..*)?"));
    }

    @Test
    void values_are_escaped_but_markup_passed_as_html_is_not() {
        String rendered = texts.get(Language.ID, "link.already_linked", "name", "A & <B>");
        assertThat(rendered).isEqualTo("Akun Telegram ini sudah ditautkan sebagai <b>A &amp; &lt;B&gt;</b>.");
        assertThat(texts.get(Language.ID, "welcome.linked", "name", "X", "menu", Html.raw("<i>m</i>")))
                .contains("<i>m</i>");
    }

    @Test
    void plain_text_for_alerts_drops_tags_and_reads_entities() {
        assertThat(Html.plain("Baik, <b>Senin</b> &amp; &lt;x&gt;")).isEqualTo("Baik, Senin & <x>");
    }

    @Test
    void the_packaged_copy_is_used_when_the_directory_is_missing() {
        Texts packaged = Texts.load(Path.of("no-such-directory"));
        assertThat(packaged.keys(Language.ID)).isEqualTo(texts.keys(Language.ID));
    }

    @Test
    void telegram_language_codes_choose_english_only_for_english() {
        assertThat(Language.fromTelegram("en-GB")).isEqualTo(Language.EN);
        assertThat(Language.fromTelegram("id")).isEqualTo(Language.ID);
        assertThat(Language.fromTelegram("ms")).isEqualTo(Language.ID);
        assertThat(Language.fromTelegram(null)).isEqualTo(Language.ID);
    }

    private static Set<String> placeholders(String template) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = Pattern.compile("\\{([a-zA-Z0-9_]+)}").matcher(template);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
