package id.kinerja.chat;

import id.kinerja.account.AccountLanguage;
import id.kinerja.account.CorrectionField;
import id.kinerja.account.CorrectionRequest;
import id.kinerja.account.CorrectionRequests;
import id.kinerja.calendar.WorkingCalendar;
import id.kinerja.employee.Employee;
import id.kinerja.employee.Employees;
import id.kinerja.employee.Requester;
import id.kinerja.outbox.Outbox;
import id.kinerja.outbox.OutgoingMessage;
import id.kinerja.text.Keyboard;
import id.kinerja.text.Language;
import id.kinerja.text.Texts;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * /koreksi: a correction request filed step by step (which field, what is wrong, what it should be), HR's notice
 * with its buttons (corrected / refused with a typed reason), the open requests in /admin, and the person told the
 * result. The notices go through the outbox; the rules (who may answer, once, the texts' limits, what is a rating
 * disagreement) are {@link CorrectionRequests}'.
 */
@Component
class CorrectionScreens {

    /** Filing: data is the field, then a newline and what is wrong once that was typed. */
    static final String STATE = "CORRECTION";
    /** HR typing the reason of a refusal: data is the request's id. */
    static final String REFUSAL = "CORRECTION_REFUSAL";

    private final CorrectionRequests corrections;
    private final ConversationStore conversations;
    private final Employees employees;
    private final Outbox outbox;
    private final AccountLanguage languages;
    private final Texts texts;
    private final WorkingCalendar calendar;
    private final Clock clock;

    CorrectionScreens(CorrectionRequests corrections, ConversationStore conversations, Employees employees,
                      Outbox outbox, AccountLanguage languages, Texts texts, WorkingCalendar calendar, Clock clock) {
        this.corrections = corrections;
        this.conversations = conversations;
        this.employees = employees;
        this.outbox = outbox;
        this.languages = languages;
        this.texts = texts;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** /koreksi: which field is wrong, or "I disagree with the rating". */
    void start(Turn turn) {
        List<Keyboard.Button> buttons = new ArrayList<>();
        for (CorrectionField field : CorrectionField.values()) {
            buttons.add(Keyboard.Button.tap(turn.text(field.textKey()),
                    new CorrectionCallback.Field(Optional.of(field)).encode()));
        }
        buttons.add(Keyboard.Button.tap(turn.text("mydata.correct_rating_button"),
                new CorrectionCallback.Field(Optional.empty()).encode()));
        turn.say(turn.text("mydata.correct_intro"), Keyboard.column(buttons));
    }

    boolean tap(Turn turn, CorrectionCallback tapped) {
        if (turn.me().isEmpty()) {
            return false;
        }
        if (tapped instanceof CorrectionCallback.Field field) {
            if (field.field().isEmpty()) {
                conversations.clear(turn.userId());
                turn.show(turn.text("mydata.rating_disagreement"), Keyboard.NONE);
            } else {
                conversations.enter(turn.userId(), STATE, field.field().get().name());
                turn.show(turn.text("mydata.correct_ask_wrong", "field", turn.text(field.field().get().textKey()),
                        "max", CorrectionRequests.MAX_TEXT), Keyboard.NONE);
            }
            return true;
        }
        Employee me = turn.me().get();
        if (!me.admin()) {
            return false;
        }
        long id = tapped instanceof CorrectionCallback.View view ? view.requestId()
                : ((CorrectionCallback.Answer) tapped).requestId();
        // only HR whose part of the organisation covers the person; a forged button for anyone else changes nothing
        Optional<CorrectionRequest> request = corrections.openFor(Requester.of(me), id);
        if (request.isEmpty()) {
            return false;
        }
        if (tapped instanceof CorrectionCallback.View) {
            Employee person = employees.byId(request.get().employeeId()).orElseThrow();
            turn.say(card(turn.language(), request.get(), person), answerButtons(turn.language(), id));
            return true;
        }
        if (((CorrectionCallback.Answer) tapped).corrected()) {
            Optional<CorrectionRequest> answered = corrections.answer(Requester.of(me), id, true, null);
            if (answered.isEmpty()) {
                return false;
            }
            turn.show(turn.text("mydata.hr_corrected", "number", answered.get().number()), Keyboard.NONE);
            tellPerson(answered.get());
            return true;
        }
        conversations.enter(turn.userId(), REFUSAL, String.valueOf(id));
        turn.say(turn.text("mydata.hr_ask_reason", "number", request.get().number(), "max", CorrectionRequests.MAX_TEXT));
        return true;
    }

    /** Typed text of the filing flow: what is wrong, then what it should be. */
    void text(Turn turn, ConversationStore.State state, String text) {
        Employee me = turn.me().orElseThrow();
        String data = state.data();
        int newline = data.indexOf('\n');
        CorrectionField field = CorrectionField.valueOf(newline < 0 ? data : data.substring(0, newline));
        Optional<CorrectionRequests.TextProblem> problem = CorrectionRequests.problem(text);
        if (problem.isPresent()) {
            turn.say(problemText(turn, problem.get()));
            return;
        }
        if (CorrectionRequests.looksLikeRatingDisagreement(text)) {
            conversations.clear(turn.userId());
            turn.say(turn.text("mydata.rating_disagreement"));
            return;
        }
        if (newline < 0) {
            conversations.enter(turn.userId(), STATE, field.name() + "\n" + text.strip());
            turn.say(turn.text("mydata.correct_ask_wanted", "field", turn.text(field.textKey()),
                    "max", CorrectionRequests.MAX_TEXT));
            return;
        }
        CorrectionRequests.Filing filing = corrections.file(me, field, data.substring(newline + 1), text);
        if (filing instanceof CorrectionRequests.Filing.Invalid invalid) {
            turn.say(problemText(turn, invalid.problem()));
        } else if (filing instanceof CorrectionRequests.Filing.RatingDisagreement) {
            conversations.clear(turn.userId());
            turn.say(turn.text("mydata.rating_disagreement"));
        } else if (filing instanceof CorrectionRequests.Filing.Filed filed) {
            conversations.clear(turn.userId());
            CorrectionRequest request = filed.request();
            turn.say(turn.text("mydata.correct_filed", "number", request.number(),
                    "filed", moment(request.filedAt(), turn.language()), "due", moment(request.dueAt(), turn.language())));
            tellHr(request, me);
        }
    }

    /** HR's typed reason for a refusal. */
    void reason(Turn turn, ConversationStore.State state, String text) {
        Employee me = turn.me().orElseThrow();
        long id = Long.parseLong(state.data());
        Optional<CorrectionRequests.TextProblem> problem = CorrectionRequests.problem(text);
        if (problem.isPresent()) {
            turn.say(problemText(turn, problem.get()));
            return;
        }
        conversations.clear(turn.userId());
        Optional<CorrectionRequest> answered = corrections.answer(Requester.of(me), id, false, text);
        if (answered.isEmpty()) {
            turn.say(turn.text("mydata.hr_already_answered"));
            return;
        }
        turn.say(turn.text("mydata.hr_refused", "number", answered.get().number()));
        tellPerson(answered.get());
    }

    /** The open requests for /admin, each with its deadline and a button to answer it. */
    void adminLines(Turn turn, List<String> lines, List<Keyboard.Button> buttons) {
        // the use case keeps to the HR admin's part of the organisation
        List<CorrectionRequest> open = corrections.open(Requester.of(turn.me().orElseThrow()));
        if (open.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        lines.add(turn.text("mydata.admin_title", "count", open.size()));
        for (CorrectionRequest request : open.stream().limit(AdminScreens.MAX_LINES).toList()) {
            String name = employees.byId(request.employeeId()).map(Employee::name).orElse("?");
            lines.add(turn.text(request.dueAt().isBefore(now) ? "mydata.admin_line_overdue" : "mydata.admin_line",
                    "number", request.number(), "name", name, "field", turn.text(request.field().textKey()),
                    "due", moment(request.dueAt(), turn.language())));
            buttons.add(Keyboard.Button.tap(turn.text("mydata.admin_answer_button", "number", request.number()),
                    new CorrectionCallback.View(request.id()).encode()));
        }
        if (open.size() > AdminScreens.MAX_LINES) {
            lines.add(turn.text("admin.more", "count", open.size() - AdminScreens.MAX_LINES));
        }
    }

    private void tellHr(CorrectionRequest request, Employee person) {
        for (Employee hr : corrections.answerers(person)) {
            Language language = languages.of(hr.telegramUserId());
            outbox.enqueue(new OutgoingMessage("CORRECTION_REQUESTED", "correction:" + request.id() + ":hr:" + hr.id(),
                    hr.telegramUserId(), hr.id(), texts.get(language, "mydata.hr_notice_title") + "\n"
                            + card(language, request, person), answerButtons(language, request.id()), clock.instant()));
        }
    }

    private void tellPerson(CorrectionRequest request) {
        Employee person = employees.byId(request.employeeId()).orElse(null);
        if (person == null || !person.isLinked()) {
            return;
        }
        Language language = languages.of(person.telegramUserId());
        String html = request.status() == CorrectionRequest.Status.CORRECTED
                ? texts.get(language, "mydata.told_corrected", "number", request.number(),
                        "field", texts.get(language, request.field().textKey()))
                : texts.get(language, "mydata.told_refused", "number", request.number(),
                        "field", texts.get(language, request.field().textKey()), "reason", request.reason());
        outbox.enqueue(new OutgoingMessage("CORRECTION_ANSWERED", "correction:" + request.id() + ":answer",
                person.telegramUserId(), person.id(), html, Keyboard.NONE, clock.instant()));
    }

    private String card(Language language, CorrectionRequest request, Employee person) {
        return texts.get(language, "mydata.hr_card", "number", request.number(), "name", person.name(),
                "nip", person.nip().value(), "unit", person.unitName(),
                "field", texts.get(language, request.field().textKey()), "wrong", request.wrong(),
                "wanted", request.wanted(), "filed", moment(request.filedAt(), language),
                "due", moment(request.dueAt(), language));
    }

    private Keyboard answerButtons(Language language, long id) {
        return Keyboard.of(
                Keyboard.Button.tap(texts.get(language, "mydata.hr_corrected_button"),
                        new CorrectionCallback.Answer(id, true).encode()),
                Keyboard.Button.tap(texts.get(language, "mydata.hr_refuse_button"),
                        new CorrectionCallback.Answer(id, false).encode()));
    }

    private static String problemText(Turn turn, CorrectionRequests.TextProblem problem) {
        return problem == CorrectionRequests.TextProblem.EMPTY ? turn.text("mydata.text_empty")
                : turn.text("mydata.text_too_long", "max", CorrectionRequests.MAX_TEXT);
    }

    private String moment(Instant at, Language language) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", language.locale()).withZone(calendar.zone()).format(at);
    }
}
