package id.kinerja.chat;

import id.kinerja.account.AccountLanguage;
import id.kinerja.appraisal.Objection;
import id.kinerja.appraisal.ObjectionParty;
import id.kinerja.appraisal.Objections;
import id.kinerja.employee.Employee;
import id.kinerja.outbox.Outbox;
import id.kinerja.outbox.OutgoingMessage;
import id.kinerja.text.Keyboard;
import id.kinerja.text.Language;
import id.kinerja.text.Texts;
import java.time.Clock;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * What the objection flow tells people on its own, through the outbox, in the transaction that decided it: the
 * deciders get each new case and each explanation, the one asked gets the request, employee and rater the decision.
 * Each message has its own dedupe key, so a repeated step queues nothing twice. Nobody linked, nothing queued.
 */
@Component
class ObjectionNotices {

    static final String KIND = "OBJECTION";

    private final Outbox outbox;
    private final Texts texts;
    private final AccountLanguage accounts;
    private final ObjectionCards cards;
    private final Objections objections;
    private final Clock clock;

    ObjectionNotices(Outbox outbox, Texts texts, AccountLanguage accounts, ObjectionCards cards, Objections objections,
                     Clock clock) {
        this.outbox = outbox;
        this.texts = texts;
        this.accounts = accounts;
        this.cards = cards;
        this.objections = objections;
        this.clock = clock;
    }

    /** Every decider gets the case with its buttons. */
    void filed(Objections.Filed filed) {
        for (Employee decider : filed.deciders()) {
            toDecider(filed.filed(), decider, "objection.new_case", "filed");
        }
    }

    /** The one asked gets the request with a button to write the explanation. */
    void asked(Objections.Asked asked) {
        Employee person = asked.of();
        if (person.telegramUserId() == null) {
            return;
        }
        Language language = accounts.of(person.telegramUserId());
        Objections.Case c = asked.objection();
        String html = texts.get(language, asked.party() == ObjectionParty.RATER
                        ? "objection.ask_rater" : "objection.ask_employee",
                "name", c.employee().name(), "period", c.period().name().in(texts, language),
                "reasons", c.objection().reasons(), "due", cards.date(asked.due(), language));
        enqueue("asked:" + c.objection().id() + ":" + asked.party().code(), person, html,
                Keyboard.of(cards.tap(language, "objection.button_explain",
                        new ObjectionCallback.Explain(c.objection().id(), asked.party()))));
    }

    /** The deciders see the explanation, in the case card with its buttons again. */
    void explained(Objections.Case c, ObjectionParty party) {
        for (Employee decider : objections.deciders(c.objection())) {
            toDecider(c, decider, "objection.explanation_arrived", "explained:" + party.code());
        }
    }

    /** Employee and rater are told the final decision. */
    void decided(Objections.Decided decided) {
        Objections.Case c = decided.decided();
        Objection o = c.objection();
        String decider = c.decidedBy().map(Employee::name).orElse("-");
        tellDecision(c, c.employee(), "objection.decided_employee", decider, decided.changed());
        if (c.rater() != null && !Objects.equals(c.rater().id(), c.employee().id())) {
            tellDecision(c, c.rater(), "objection.decided_rater", decider, decided.changed());
        }
        // another HR admin who got the case learns it is settled
        if (o.decidedByHr()) {
            for (Employee hr : objections.deciders(o)) {
                if (!Objects.equals(hr.id(), o.decidedBy()) && hr.telegramUserId() != null) {
                    Language language = accounts.of(hr.telegramUserId());
                    enqueue("decided:" + o.id() + ":hr", hr, texts.get(language, "objection.decided_other_hr",
                            "name", c.employee().name(), "decider", decider), Keyboard.NONE);
                }
            }
        }
    }

    private void tellDecision(Objections.Case c, Employee to, String key, String decider, boolean changed) {
        if (to.telegramUserId() == null) {
            return;
        }
        Language language = accounts.of(to.telegramUserId());
        enqueue("decided:" + c.objection().id() + ":" + to.id(), to, texts.get(language, key,
                "name", c.employee().name(), "period", c.period().name().in(texts, language), "decider", decider,
                "result", id.kinerja.text.Html.raw(result(c, changed, language))), Keyboard.NONE);
    }

    String result(Objections.Case c, boolean changed, Language language) {
        Objection o = c.objection();
        return changed
                ? texts.get(language, "objection.result_changed",
                        "work", texts.get(language, o.decidedWorkResult().textKey()),
                        "behaviour", texts.get(language, o.decidedBehaviour().textKey()),
                        "predicate", texts.get(language, o.decidedPredicate().textKey()),
                        "was", texts.get(language, o.originalPredicate().textKey()))
                : texts.get(language, "objection.result_kept",
                        "predicate", texts.get(language, c.evaluation().predicate().textKey()));
    }

    private void toDecider(Objections.Case c, Employee decider, String headerKey, String slot) {
        if (decider.telegramUserId() == null) {
            return;
        }
        Language language = accounts.of(decider.telegramUserId());
        ObjectionCards.Card card = cards.card(c, language);
        String html = texts.get(language, headerKey, "name", c.employee().name()) + "\n\n" + card.html();
        enqueue(slot + ":" + c.objection().id() + ":" + decider.id(), decider, html, card.keyboard());
    }

    private void enqueue(String slot, Employee to, String html, Keyboard keyboard) {
        outbox.enqueue(new OutgoingMessage(KIND, "objection:" + slot, to.telegramUserId(), to.id(), html, keyboard,
                clock.instant()));
    }
}
