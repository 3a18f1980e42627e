package id.kinerja.peer;

import id.kinerja.appraisal.Period;
import id.kinerja.employee.Employee;
import id.kinerja.text.Dates;
import id.kinerja.text.Keyboard;
import id.kinerja.text.Language;
import id.kinerja.text.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The prompt message: up to three colleagues, each with 1–5 star buttons and "skip". It keeps no
 * state of its own: every button carries the period, the colleagues listed and which lines were
 * skipped ({@code pr:q:<period>:<skippedMask>:<id>.<id>.<id>:<line><stars>}, stars 0 = skip), and the
 * rater's own ratings are read back through their pseudonym — so the rater is in no button and no row.
 */
public final class PeerPrompt {

    public static final String PREFIX = "pr";
    public static final String TAP = "q";
    /** A tap on a colleague's name row: only a hint. */
    public static final String HINT = "h";

    private static final Pattern DATA = Pattern.compile("(\\d{1,18}):([0-7]):(\\d{1,18}(?:\\.\\d{1,18}){0,2}):([0-2])([0-5])");

    /** A decoded prompt tap. */
    public record Tap(long periodId, int skipped, List<Long> colleagues, int line, int stars) {

        public long ratee() {
            return colleagues.get(line);
        }

        public boolean isSkip() {
            return stars == 0;
        }

        /** The skipped-lines mask after this tap. */
        public int skippedAfter() {
            return isSkip() ? skipped | (1 << line) : skipped & ~(1 << line);
        }
    }

    private PeerPrompt() {}

    /** Parses the part after {@code pr:q:}; empty when malformed. */
    public static Optional<Tap> parse(String data) {
        Matcher m = DATA.matcher(data);
        if (!m.matches()) {
            return Optional.empty();
        }
        List<Long> ids = new ArrayList<>();
        for (String id : m.group(3).split("\\.")) {
            ids.add(Long.parseLong(id));
        }
        int line = Integer.parseInt(m.group(4));
        if (line >= ids.size() || ids.stream().distinct().count() != ids.size()) {
            return Optional.empty();
        }
        return Optional.of(new Tap(Long.parseLong(m.group(1)), Integer.parseInt(m.group(2)), ids, line,
                Integer.parseInt(m.group(5))));
    }

    /** The prompt text and keyboard for these colleagues, given the rater's own ratings and skipped lines. */
    public static Rendered render(Texts texts, Language language, Period period, List<Employee> colleagues,
                                  Map<Long, Integer> given, int skipped) {
        List<String> lines = new ArrayList<>();
        lines.add(texts.get(language, "peer.prompt_title", "period", period.name().in(texts, language),
                "due", Dates.longDate(period.due(), language)));
        lines.add(texts.get(language, "peer.prompt_intro"));
        lines.add("");
        List<List<Keyboard.Button>> rows = new ArrayList<>();
        String ids = colleagues.stream().map(c -> Long.toString(c.id())).collect(Collectors.joining("."));
        boolean open = false;
        for (int i = 0; i < colleagues.size(); i++) {
            Employee colleague = colleagues.get(i);
            Integer stars = given.get(colleague.id());
            if (stars != null) {
                lines.add(texts.get(language, "peer.prompt_line_rated", "name", colleague.name(), "stars", stars(stars)));
            } else if ((skipped & (1 << i)) != 0) {
                lines.add(texts.get(language, "peer.prompt_line_skipped", "name", colleague.name()));
            } else {
                open = true;
                lines.add(texts.get(language, "peer.prompt_line_open", "name", colleague.name(),
                        "position", colleague.position()));
                rows.add(List.of(Keyboard.Button.tap(texts.get(language, "peer.prompt_name_button",
                        "name", colleague.name()), PREFIX + ":" + HINT)));
                List<Keyboard.Button> row = new ArrayList<>();
                String data = PREFIX + ":" + TAP + ":" + period.id() + ":" + skipped + ":" + ids + ":" + i;
                for (int s = 1; s <= 5; s++) {
                    row.add(Keyboard.Button.tap(texts.get(language, "peer.star_button", "stars", s), data + s));
                }
                row.add(Keyboard.Button.tap(texts.get(language, "peer.skip"), data + "0"));
                rows.add(row);
            }
        }
        if (!open) {
            lines.add("");
            lines.add(texts.get(language, "peer.prompt_done"));
        }
        return new Rendered(String.join("\n", lines), new Keyboard(rows));
    }

    public record Rendered(String html, Keyboard keyboard) {}

    /** "★★★★☆" */
    public static String stars(int stars) {
        return "★".repeat(stars) + "☆".repeat(5 - stars);
    }
}
