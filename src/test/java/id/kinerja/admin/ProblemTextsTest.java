package id.kinerja.admin;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.text.Language;
import id.kinerja.text.Texts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The problem texts of bot-scripts and the code that reports problems agree; every text is one line. */
class ProblemTextsTest {

    private static final Texts TEXTS = Texts.load(Path.of("bot-scripts"));
    private static final Pattern KEY = Pattern.compile("\"((?:problems|cli)(?:\\.[a-z0-9_]+)+)\"");
    /** The usage help's keys are made from the commands' names and options; {@link HelpTextsTest} checks them. */
    private static final String HELP = "cli.help.";

    private static Set<String> keysInCode() throws IOException {
        Set<String> keys = new TreeSet<>();
        // the command line and the imports of each module (employee, appraisal, spreadsheet) report problems
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/id/kinerja"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY.matcher(Files.readString(file));
                while (matcher.find()) {
                    if (!matcher.group(1).startsWith(HELP)) {
                        keys.add(matcher.group(1));
                    }
                }
            }
        }
        return keys;
    }

    private static Set<String> problemKeys(Language language) {
        Set<String> keys = new TreeSet<>();
        TEXTS.keys(language).stream().filter(k -> k.startsWith("problems.") || k.startsWith("cli."))
                .filter(k -> !k.startsWith(HELP)).forEach(keys::add);
        return keys;
    }

    @Test
    void every_key_the_code_reports_has_a_text_in_both_languages_and_no_text_is_unused() throws IOException {
        Set<String> inCode = keysInCode();

        assertThat(inCode).hasSizeGreaterThan(40);
        assertThat(problemKeys(Language.ID)).isEqualTo(inCode);
        assertThat(problemKeys(Language.EN)).isEqualTo(inCode);
    }

    @Test
    void each_text_is_one_line_and_a_line_problem_says_its_line_first() {
        for (String key : problemKeys(Language.ID)) {
            String indonesian = TEXTS.template(Language.ID, key);
            String english = TEXTS.template(Language.EN, key);
            assertThat(indonesian).as(key).doesNotContain("\n");
            assertThat(english).as(key).doesNotContain("\n");
            if (indonesian.contains("{line}")) {
                assertThat(indonesian).as(key).startsWith("Baris {line}: ");
                assertThat(english).as(key).startsWith("Line {line}: ");
            }
        }
    }
}
