package id.kinerja.chat;

import id.kinerja.appraisal.Objection;
import id.kinerja.appraisal.ObjectionParty;
import id.kinerja.appraisal.Objections;
import id.kinerja.appraisal.Rating;
import id.kinerja.calendar.WorkingCalendar;
import id.kinerja.text.Dates;
import id.kinerja.text.Html;
import id.kinerja.text.Keyboard;
import id.kinerja.text.Language;
import id.kinerja.text.Texts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** The decider's card of an objection — evaluation, feedback, reasons, explanations — and its buttons. */
@Component
class ObjectionCards {

    record Card(String html, Keyboard keyboard) {}

    private final Texts texts;
    private final WorkingCalendar calendar;

    ObjectionCards(Texts texts, WorkingCalendar calendar) {
        this.texts = texts;
        this.calendar = calendar;
    }

    Card card(Objections.Case c, Language language) {
        return new Card(html(c, language), c.objection().isOpen() ? buttons(c, language) : Keyboard.NONE);
    }

    String html(Objections.Case c, Language language) {
        Objection o = c.objection();
        List<String> lines = new ArrayList<>();
        lines.add(texts.get(language, "objection.card", "name", c.employee().name(),
                "position", c.employee().position(), "period", c.period().name().in(texts, language),
                "rater", c.rater() == null ? "-" : c.rater().name(),
                "work", texts.get(language, o.originalWorkResult().textKey()),
                "behaviour", texts.get(language, o.originalBehaviour().textKey()),
                "predicate", texts.get(language, o.originalPredicate().textKey()),
                "feedback", c.evaluation().feedback() == null || c.evaluation().feedback().isBlank()
                        ? texts.get(language, "objection.no_feedback") : c.evaluation().feedback(),
                "reasons", o.reasons(), "filed", date(LocalDate.ofInstant(o.filedAt(), calendar.zone()), language),
                "decide_by", date(o.decideBy(), language)));
        for (ObjectionParty party : ObjectionParty.values()) {
            c.explanation(party).ifPresent(e -> lines.add(e.answered()
                    ? texts.get(language, "objection.explanation_given", "party", partyName(c, party, language),
                            "text", e.text())
                    : texts.get(language, "objection.explanation_pending", "party", partyName(c, party, language),
                            "due", date(e.dueOn(), language))));
        }
        if (!o.isOpen()) {
            lines.add(texts.get(language, o.status().textKey()));
        }
        return String.join("\n\n", lines);
    }

    private Keyboard buttons(Objections.Case c, Language language) {
        List<Keyboard.Button> buttons = new ArrayList<>();
        long id = c.objection().id();
        if (c.rater() != null && c.explanation(ObjectionParty.RATER).isEmpty()) {
            buttons.add(tap(language, "objection.button_ask_rater", new ObjectionCallback.Ask(id, ObjectionParty.RATER)));
        }
        if (c.explanation(ObjectionParty.EMPLOYEE).isEmpty()) {
            buttons.add(tap(language, "objection.button_ask_employee",
                    new ObjectionCallback.Ask(id, ObjectionParty.EMPLOYEE)));
        }
        buttons.add(tap(language, "objection.button_keep", new ObjectionCallback.Keep(id)));
        buttons.add(tap(language, "objection.button_change", new ObjectionCallback.Change(id, null)));
        return Keyboard.column(buttons);
    }

    String partyName(Objections.Case c, ObjectionParty party, Language language) {
        String name = party == ObjectionParty.RATER ? (c.rater() == null ? "-" : c.rater().name()) : c.employee().name();
        return Html.plain(texts.get(language, "objection.party_" + party.name().toLowerCase(java.util.Locale.ROOT),
                "name", name));
    }

    String rating(Rating rating, Language language) {
        return texts.get(language, rating.textKey());
    }

    Keyboard.Button tap(Language language, String key, ObjectionCallback data) {
        return Keyboard.Button.tap(Html.plain(texts.get(language, key)), data.encode());
    }

    String date(LocalDate date, Language language) {
        return Dates.longDate(date, language);
    }
}
