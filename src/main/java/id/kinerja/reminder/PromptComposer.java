package id.kinerja.reminder;

import id.kinerja.appraisal.PendingReport;
import id.kinerja.appraisal.Period;
import id.kinerja.text.Dates;
import id.kinerja.text.Html;
import id.kinerja.text.Keyboard;
import id.kinerja.text.Language;
import id.kinerja.text.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The text of prompts and escalations, from the {@code reminder.*} bot scripts, and what a prompt offers;
 * its buttons are drawn by {@link PromptButtons}.
 */
@Component
class PromptComposer {

    static final int MAX_REPORT_BUTTONS = 8;

    private final Texts texts;
    private final PromptButtons buttons;

    PromptComposer(Texts texts, PromptButtons buttons) {
        this.texts = texts;
        this.buttons = buttons;
    }

    /** A supervisor's prompt: what is left, the deadline, a button per report, and snooze if allowed. */
    Composed prompt(Period period, Language language, PromptLadder.Step step, List<PendingReport> reports,
                    boolean offerSnooze) {
        List<String> parts = new ArrayList<>();
        if (step.isOverdue()) {
            parts.add(texts.get(language, "reminder.overdue", "period", period.name().in(texts, language), "count", reports.size(),
                    "deadline", Dates.longDate(period.due(), language),
                    "span", Html.raw(span(language, step.overdueWorkingDays()))));
        } else {
            String when = step.workingDaysLeft() == 0
                    ? texts.get(language, "reminder.last_working_day")
                    : texts.get(language, "reminder.left", "span", Html.raw(span(language, step.workingDaysLeft())));
            parts.add(texts.get(language, "reminder.prompt", "period", period.name().in(texts, language), "count", reports.size(),
                    "deadline", Dates.longDate(period.due(), language), "when", Html.raw(when)));
        }
        if (reports.size() > MAX_REPORT_BUTTONS) {
            parts.add(texts.get(language, "reminder.more", "count", reports.size() - MAX_REPORT_BUTTONS));
        }
        Keyboard keyboard = buttons.of(new PromptButtons.Offer(period, language,
                reports.stream().limit(MAX_REPORT_BUTTONS).toList(), offerSnooze));
        return new Composed(String.join("\n", parts), keyboard);
    }

    /** One message to a supervisor's supervisor, listing each late direct report and what they still owe. */
    String escalation(Period period, Language language, List<Late> late) {
        String lines = late.stream().map(one -> texts.get(language, "reminder.escalation_line",
                        "name", one.name(), "position", one.position(), "count", one.pending().size(),
                        "span", Html.raw(span(language, one.overdueWorkingDays())),
                        "reports", one.pending().stream().map(PendingReport::employeeName)
                                .collect(Collectors.joining(", "))))
                .collect(Collectors.joining("\n"));
        return texts.get(language, "reminder.escalation", "period", period.name().in(texts, language),
                "deadline", Dates.longDate(period.due(), language), "list", Html.raw(lines));
    }

    private String span(Language language, int workingDays) {
        return workingDays == 1
                ? texts.get(language, "reminder.one_working_day")
                : texts.get(language, "reminder.working_days", "days", workingDays);
    }

    record Composed(String html, Keyboard keyboard) {}

    /** A supervisor who missed the deadline, for an escalation. */
    record Late(long supervisorId, String name, String position, int overdueWorkingDays, List<PendingReport> pending) {}
}
