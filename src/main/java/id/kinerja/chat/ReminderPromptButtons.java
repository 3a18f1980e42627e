package id.kinerja.chat;

import id.kinerja.reminder.PromptButtons;
import id.kinerja.text.Keyboard;
import id.kinerja.text.Texts;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** A deadline prompt's buttons: each report opens its evaluation card, then "remind me tomorrow". */
@Component
class ReminderPromptButtons implements PromptButtons {

    private final Texts texts;

    ReminderPromptButtons(Texts texts) {
        this.texts = texts;
    }

    @Override
    public Keyboard of(Offer offer) {
        List<Keyboard.Button> buttons = new ArrayList<>();
        offer.reports().forEach(report -> buttons.add(Keyboard.Button.tap(report.employeeName(),
                new EvaluationCallback.Open(report.employeeId(), offer.period().id()).encode())));
        if (offer.snooze()) {
            buttons.add(Keyboard.Button.tap(texts.get(offer.language(), "reminder.snooze_button"),
                    new SnoozeCallback(offer.period().id()).encode()));
        }
        return Keyboard.column(buttons);
    }
}
