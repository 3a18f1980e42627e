package id.kinerja.admin;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.text.Language;
import id.kinerja.text.Texts;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The usage help of every command, its options and parameters, in both languages from bot-scripts. */
class HelpTextsTest {

    private static final Texts TEXTS = Texts.load(Path.of("bot-scripts"));

    @Test
    void every_command_option_and_parameter_has_a_help_text_in_both_languages() {
        CommandLine root = new CommandLine(KinerjaCommands.class, new SpringCommandFactory(null));
        int checked = check(root);

        assertThat(checked).isGreaterThan(40);
    }

    private static int check(CommandLine commandLine) {
        int checked = 0;
        for (String key : HelpTexts.keys(commandLine).values()) {
            for (Language language : Language.values()) {
                assertThat(TEXTS.keys(language)).as(language + " " + key).contains(key);
                assertThat(TEXTS.template(language, key)).as(key).doesNotContain("%");
            }
            checked++;
        }
        for (CommandLine subcommand : commandLine.getSubcommands().values()) {
            checked += check(subcommand);
        }
        return checked;
    }

    @Test
    void the_help_of_a_command_is_in_the_chosen_language() {
        String indonesian = help(Language.ID, "open-period", "--help");
        String english = help(Language.EN, "open-period", "--help");

        assertThat(indonesian).startsWith("Pemakaian: java -jar target/kinerja-bot.jar open-period")
                .contains("Buka periode penilaian.", "batas waktu penilaian", "Tampilkan bantuan ini, lalu keluar.")
                .doesNotContain("Open an appraisal period", "Show this help message");
        assertThat(english).startsWith("Usage: java -jar target/kinerja-bot.jar open-period")
                .contains("Open an appraisal period.", "evaluation deadline", "Show this help message and exit.");
        assertThat(help(Language.ID)).contains("Tugas kepegawaian Kinerja Bot.", "Perintah:",
                "Impor daftar pegawai (pegawai, unit, atasan) dari berkas", // wrapped at 80 columns
                "Tampilkan bantuan untuk perintah yang disebut.").doesNotContain("Display help information");
    }

    private static String help(Language language, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = AdminCli.withoutContext(new ConsoleTexts(TEXTS, language), new PrintWriter(out), new PrintWriter(err),
                args);
        assertThat(exit).as(err.toString()).isZero();
        return out.toString();
    }
}
