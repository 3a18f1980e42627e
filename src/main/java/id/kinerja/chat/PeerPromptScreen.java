package id.kinerja.chat;

import id.kinerja.appraisal.Period;
import id.kinerja.employee.Employee;
import id.kinerja.peer.PeerPromptMessages;
import id.kinerja.text.Dates;
import id.kinerja.text.Keyboard;
import id.kinerja.text.Language;
import id.kinerja.text.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The peer prompt: up to three colleagues, each with 1–5 star buttons and "skip" ({@link PeerCallback.PromptTap}).
 * Queued by the peer module through {@link PeerPromptMessages}, drawn again in place after each tap.
 */
@Component
class PeerPromptScreen implements PeerPromptMessages {

    private final Texts texts;

    PeerPromptScreen(Texts texts) {
        this.texts = texts;
    }

    @Override
    public Message prompt(Language language, Period period, List<Employee> colleagues) {
        return render(language, period, colleagues, Map.of(), 0);
    }

    /** The prompt text and keyboard for these colleagues, given the rater's own ratings and skipped lines. */
    Message render(Language language, Period period, List<Employee> colleagues, Map<Long, Integer> given,
                   int skipped) {
        List<String> lines = new ArrayList<>();
        lines.add(texts.get(language, "peer.prompt_title", "period", period.name().in(texts, language),
                "due", Dates.longDate(period.due(), language)));
        lines.add(texts.get(language, "peer.prompt_intro"));
        lines.add("");
        List<List<Keyboard.Button>> rows = new ArrayList<>();
        List<Long> ids = colleagues.stream().map(Employee::id).toList();
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
                        "name", colleague.name()), new PeerCallback.Hint().encode())));
                List<Keyboard.Button> row = new ArrayList<>();
                for (int s = 1; s <= 5; s++) {
                    row.add(Keyboard.Button.tap(texts.get(language, "peer.star_button", "stars", s),
                            new PeerCallback.PromptTap(period.id(), skipped, ids, i, s).encode()));
                }
                row.add(Keyboard.Button.tap(texts.get(language, "peer.skip"),
                        new PeerCallback.PromptTap(period.id(), skipped, ids, i, 0).encode()));
                rows.add(row);
            }
        }
        if (!open) {
            lines.add("");
            lines.add(texts.get(language, "peer.prompt_done"));
        }
        return new Message(String.join("\n", lines), new Keyboard(rows));
    }

    /** "★★★★☆" */
    static String stars(int stars) {
        return "★".repeat(stars) + "☆".repeat(5 - stars);
    }
}
