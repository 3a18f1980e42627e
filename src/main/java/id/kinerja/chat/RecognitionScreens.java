package id.kinerja.chat;

import id.kinerja.account.AccountLanguage;
import id.kinerja.appraisal.Period;
import id.kinerja.appraisal.Periods;
import id.kinerja.employee.Employee;
import id.kinerja.employee.Employees;
import id.kinerja.followup.RecognitionRecommendation;
import id.kinerja.followup.RecognitionRefusal;
import id.kinerja.followup.Recognitions;
import id.kinerja.outbox.Outbox;
import id.kinerja.outbox.OutgoingMessage;
import id.kinerja.text.Html;
import id.kinerja.text.Keyboard;
import id.kinerja.text.Language;
import id.kinerja.text.Texts;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A supervisor records a recognition (apresiasi) from the prompt after a Sangat Baik: the note, then a
 * recommendation (training, a special assignment, none). The employee is told through the outbox. A tap by anyone
 * but the employee's supervisor, or without the note typed first in this chat, changes nothing.
 */
@Component
class RecognitionScreens {

    static final String STATE = "RECOGNITION";

    private final Recognitions recognitions;
    private final Employees employees;
    private final Periods periods;
    private final ConversationStore conversations;
    private final Outbox outbox;
    private final AccountLanguage accounts;
    private final Texts texts;
    private final Clock clock;

    RecognitionScreens(Recognitions recognitions, Employees employees, Periods periods,
                       ConversationStore conversations, Outbox outbox, AccountLanguage accounts, Texts texts,
                       Clock clock) {
        this.recognitions = recognitions;
        this.employees = employees;
        this.periods = periods;
        this.conversations = conversations;
        this.outbox = outbox;
        this.accounts = accounts;
        this.texts = texts;
        this.clock = clock;
    }

    boolean tap(Turn turn, RecognitionCallback tap) {
        if (turn.me().isEmpty()) {
            return false;
        }
        if (tap instanceof RecognitionCallback.Start start) {
            return start(turn, start);
        } else if (tap instanceof RecognitionCallback.Recommend recommend) {
            return recommend(turn, recommend);
        }
        return false;
    }

    private boolean start(Turn turn, RecognitionCallback.Start tap) {
        Employee me = turn.me().orElseThrow();
        Optional<RecognitionRefusal> refusal = recognitions.refusal(me, tap.employeeId(), tap.periodId());
        if (refusal.filter(r -> r == RecognitionRefusal.NOT_SUPERVISOR).isPresent()) {
            return false;
        }
        if (refusal.isPresent()) {
            turn.answer(turn.text(refusal.get().textKey()), true);
            return true;
        }
        conversations.enter(turn.userId(), STATE, tap.employeeId() + ":" + tap.periodId());
        turn.answer("", false);
        turn.say(turn.text("recognition.ask_note", "name", name(tap.employeeId()), "max", Recognitions.MAX_NOTE));
        return true;
    }

    /** The typed note: kept in the conversation, then the recommendation is asked with buttons. */
    void text(Turn turn, String data, String text) {
        Optional<long[]> target = target(data);
        Employee me = turn.me().orElseThrow();
        if (target.isEmpty() || recognitions.refusal(me, target.get()[0], target.get()[1]).isPresent()) {
            conversations.clear(turn.userId());
            turn.say(turn.text("stale_button"));
            return;
        }
        Optional<String> problem = Recognitions.noteProblem(text);
        if (problem.isPresent()) {
            turn.say(turn.text(problem.get(), "max", Recognitions.MAX_NOTE,
                    "length", text.strip().codePointCount(0, text.strip().length())));
            return;
        }
        long employeeId = target.get()[0];
        long periodId = target.get()[1];
        conversations.enter(turn.userId(), STATE, employeeId + ":" + periodId + "\n" + text.strip());
        List<Keyboard.Button> buttons = new ArrayList<>();
        for (RecognitionRecommendation r : RecognitionRecommendation.values()) {
            buttons.add(Keyboard.Button.tap(Html.plain(turn.text(r.textKey() + "_button")),
                    new RecognitionCallback.Recommend(employeeId, periodId, r).encode()));
        }
        turn.say(turn.text("recognition.ask_recommendation", "name", name(employeeId), "note", text.strip()),
                Keyboard.column(buttons));
    }

    private boolean recommend(Turn turn, RecognitionCallback.Recommend tap) {
        Optional<ConversationStore.State> state = conversations.current(turn.userId())
                .filter(s -> STATE.equals(s.name()) && s.data() != null
                        && s.data().startsWith(tap.employeeId() + ":" + tap.periodId() + "\n"));
        if (state.isEmpty()) {
            return false;
        }
        Employee me = turn.me().orElseThrow();
        String note = state.get().data().substring(state.get().data().indexOf('\n') + 1);
        Optional<RecognitionRefusal> refused = recognitions.record(me, tap.employeeId(), tap.periodId(), note,
                tap.recommendation());
        conversations.clear(turn.userId());
        if (refused.filter(r -> r == RecognitionRefusal.NOT_SUPERVISOR).isPresent()) {
            return false;
        }
        if (refused.isPresent()) {
            turn.show(turn.text(refused.get().textKey()), Keyboard.NONE);
            return true;
        }
        Employee employee = employees.byId(tap.employeeId()).orElseThrow();
        Period period = periods.byId(tap.periodId()).orElseThrow();
        turn.show(turn.text("recognition.saved", "name", employee.name(), "note", note,
                "recommendation", Html.raw(turn.text(tap.recommendation().textKey()))), Keyboard.NONE);
        tell(employee, me, period, note, tap.recommendation());
        return true;
    }

    private void tell(Employee employee, Employee supervisor, Period period, String note,
                      RecognitionRecommendation recommendation) {
        if (employee.telegramUserId() == null) {
            return;
        }
        Language language = accounts.of(employee.telegramUserId());
        String html = texts.get(language, "recognition.notice", "supervisor", supervisor.name(),
                "period", period.name().in(texts, language), "note", note);
        if (recommendation != RecognitionRecommendation.NONE) {
            html += "\n" + texts.get(language, "development.recognition_recommendation",
                    "recommendation", Html.raw(texts.get(language, recommendation.textKey())));
        }
        html += "\n" + texts.get(language, "recognition.notice_hint");
        outbox.enqueue(new OutgoingMessage("RECOGNITION", "recognized:" + period.id() + ":" + employee.id(),
                employee.telegramUserId(), employee.id(), html, Keyboard.NONE, clock.instant()));
    }

    private String name(long employeeId) {
        return employees.byId(employeeId).map(Employee::name).orElse("");
    }

    private static Optional<long[]> target(String data) {
        if (data == null) {
            return Optional.empty();
        }
        String head = data.contains("\n") ? data.substring(0, data.indexOf('\n')) : data;
        String[] parts = head.split(":");
        try {
            return parts.length == 2 ? Optional.of(new long[] {Long.parseLong(parts[0]), Long.parseLong(parts[1])})
                    : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
