package id.kinerja.chat;

import id.kinerja.calendar.WorkingCalendar;
import id.kinerja.employee.Unit;
import id.kinerja.survey.RespondentProfile;
import id.kinerja.survey.SurveyDraft;
import id.kinerja.survey.SurveyProperties;
import id.kinerja.survey.SkmGrade;
import id.kinerja.survey.SurveyIndex;
import id.kinerja.survey.SurveyTaking;
import id.kinerja.survey.UnitIndex;
import id.kinerja.text.Html;
import id.kinerja.text.Keyboard;
import id.kinerja.text.Language;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The citizen's survey (docs/SPEC.md §2.7): a welcome, then one message edited in place for every step,
 * and thanks. Nothing shown repeats an answer already given, so no message (nor the outbox copy of one)
 * tells what the citizen answered; a typed suggestion is never echoed.
 */
@Component
class SurveyScreens {

    private final SurveyTaking taking;
    private final SurveyIndex index;
    private final SurveyProperties properties;
    private final WorkingCalendar calendar;
    private final Clock clock;

    SurveyScreens(SurveyTaking taking, SurveyIndex index, SurveyProperties properties, WorkingCalendar calendar,
                  Clock clock) {
        this.taking = taking;
        this.index = index;
        this.properties = properties;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** /start with a survey payload, from the QR code. */
    void start(Turn turn, String payload) {
        SurveyTaking.Opening opening = taking.open(turn.userId(), payload, turn.me().map(me -> me.unitId()));
        if (opening instanceof SurveyTaking.Opening.Shown shown) {
            String unit = shown.view().unit().name();
            turn.say(shown.resumed() ? turn.text("survey.resumed", "unit", unit) : turn.text("survey.welcome", "unit", unit));
            turn.say(card(turn, shown.view()), keyboard(turn, shown.view()));
        } else if (opening instanceof SurveyTaking.Opening.OwnUnit own) {
            turn.say(turn.text("survey.own_unit", "unit", own.unit().name()));
        } else if (opening instanceof SurveyTaking.Opening.AlreadyAnswered already) {
            turn.say(turn.text("survey.already", "unit", already.unit().name()));
        } else if (opening instanceof SurveyTaking.Opening.TooMany) {
            turn.say(turn.text("survey.too_many"));
        } else {
            turn.say(turn.text("survey.unknown_code"));
        }
    }

    boolean tap(Turn turn, SurveyCallback tap) {
        int message = turn.tappedMessageId();
        SurveyTaking.Outcome outcome = switch (tap.action()) {
            case ANSWER -> taking.choose(turn.userId(), message, tap.nonce(), tap.step(), tap.value());
            case SKIP -> taking.skip(turn.userId(), message, tap.nonce(), tap.step());
            case BACK -> taking.back(turn.userId(), message, tap.nonce(), tap.step());
        };
        if (outcome instanceof SurveyTaking.Outcome.Stale) {
            return false;
        }
        show(turn, outcome, true);
        return true;
    }

    /** Whether typed text is the suggestion of a survey in progress. */
    boolean awaitsText(Turn turn) {
        return taking.awaitsSuggestion(turn.userId());
    }

    void text(Turn turn, String text) {
        SurveyTaking.Outcome outcome = taking.suggest(turn.userId(), text);
        if (outcome instanceof SurveyTaking.Outcome.Finished finished) {
            turn.removeButtons(finished.cardMessageId());
        }
        show(turn, outcome, false);
    }

    /** /batal during a survey; false when there was none to discard. */
    boolean cancel(Turn turn) {
        if (!taking.cancel(turn.userId())) {
            return false;
        }
        turn.say(turn.text("survey.cancelled"));
        return true;
    }

    private void show(Turn turn, SurveyTaking.Outcome outcome, boolean inPlace) {
        if (outcome instanceof SurveyTaking.Outcome.Shown shown) {
            turn.show(card(turn, shown.view()), keyboard(turn, shown.view()));
        } else if (outcome instanceof SurveyTaking.Outcome.Finished finished) {
            String html = thanks(turn, finished.unit());
            if (inPlace) {
                turn.show(html, Keyboard.NONE);
            } else {
                turn.say(html);
            }
        } else if (outcome instanceof SurveyTaking.Outcome.AlreadyAnswered already) {
            String html = turn.text("survey.already", "unit", already.unit().name());
            if (inPlace) {
                turn.show(html, Keyboard.NONE);
            } else {
                turn.say(html);
            }
        } else if (outcome instanceof SurveyTaking.Outcome.TooLong tooLong) {
            turn.say(turn.text("survey.too_long", "max", tooLong.max()));
        } else if (outcome instanceof SurveyTaking.Outcome.HiddenCharacter hidden) {
            turn.say(turn.text("survey.hidden_character", "character", hidden.character()));
        } else {
            turn.say(turn.text("unknown"));
        }
    }

    /** Thanks, with the unit's current grade once enough citizens answered this period. */
    private String thanks(Turn turn, Unit unit) {
        String html = turn.text("survey.thanks", "unit", unit.name());
        UnitIndex now = index.unit(unit, index.periodContaining(LocalDate.now(clock.withZone(calendar.zone()))));
        if (now.responses() >= properties.gradeShownFrom() && now.score().grade().isPresent()) {
            SkmGrade grade = now.score().grade().get();
            html += "\n\n" + turn.text("survey.thanks_grade", "unit", unit.name(), "grade", turn.text(grade.qualityKey()),
                    "label", turn.text(grade.performanceKey()), "count", now.responses());
        }
        return html;
    }

    private static String card(Turn turn, SurveyTaking.View view) {
        Optional<SurveyProperties.Service> service = view.service();
        String header = service.isPresent()
                ? turn.text("survey.service_header", "unit", view.unit().name(), "service", serviceName(turn, service.get()))
                : turn.text("survey.header", "unit", view.unit().name());
        SurveyDraft.Step step = view.draft().current();
        String body;
        if (step instanceof SurveyDraft.Step.Service) {
            body = "<b>" + turn.text("survey.service_question") + "</b>";
        } else if (step instanceof SurveyDraft.Step.Profile profile) {
            body = turn.text("survey.profile_intro", "number", profile.item().ordinal() + 1) + "\n<b>"
                    + turn.text("survey.profile." + profile.item().key() + ".question") + "</b>";
        } else if (step instanceof SurveyDraft.Step.Element element) {
            String key = "survey.element." + element.element().key();
            body = turn.text("survey.element_progress", "number", element.number(), "element",
                    turn.text(key + ".name")) + "\n<b>" + turn.text(key + ".question") + "</b>";
        } else {
            body = turn.text("survey.suggestion_question");
        }
        return header + "\n\n" + body;
    }

    private static Keyboard keyboard(Turn turn, SurveyTaking.View view) {
        SurveyDraft draft = view.draft();
        SurveyDraft.Step step = draft.current();
        List<List<Keyboard.Button>> rows = new ArrayList<>();
        if (step instanceof SurveyDraft.Step.Service) {
            for (int i = 0; i < view.services().size(); i++) {
                rows.add(List.of(answer(serviceName(turn, view.services().get(i)), draft, String.valueOf(i))));
            }
        } else if (step instanceof SurveyDraft.Step.Profile profile) {
            List<Keyboard.Button> row = new ArrayList<>();
            for (String code : profile.item().codes()) {
                row.add(answer(turn.text("survey.profile." + profile.item().key() + "." + code), draft, code));
                if (row.size() == 2) {
                    rows.add(row);
                    row = new ArrayList<>();
                }
            }
            if (!row.isEmpty()) {
                rows.add(row);
            }
            rows.add(List.of(Keyboard.Button.tap(turn.text("survey.skip"),
                    SurveyCallback.skip(draft.nonce(), draft.step()).encode())));
        } else if (step instanceof SurveyDraft.Step.Element element) {
            for (int score = 1; score <= 4; score++) {
                rows.add(List.of(answer(turn.text("survey.element." + element.element().key() + ".a" + score), draft,
                        String.valueOf(score))));
            }
        } else {
            rows.add(List.of(Keyboard.Button.tap(turn.text("survey.skip"),
                    SurveyCallback.skip(draft.nonce(), draft.step()).encode())));
        }
        if (draft.step() > 0) {
            rows.add(List.of(Keyboard.Button.tap(turn.text("survey.back"),
                    SurveyCallback.back(draft.nonce(), draft.step()).encode())));
        }
        return new Keyboard(rows);
    }

    private static Keyboard.Button answer(String label, SurveyDraft draft, String value) {
        return Keyboard.Button.tap(Html.plain(label), SurveyCallback.answer(draft.nonce(), draft.step(), value).encode());
    }

    private static String serviceName(Turn turn, SurveyProperties.Service service) {
        return turn.language() == Language.EN ? service.nameEn() : service.name();
    }
}
