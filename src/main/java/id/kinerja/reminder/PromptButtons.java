package id.kinerja.reminder;

import id.kinerja.appraisal.PendingReport;
import id.kinerja.appraisal.Period;
import id.kinerja.text.Keyboard;
import id.kinerja.text.Language;
import java.util.List;

/**
 * The buttons under a supervisor's prompt. This module decides what the prompt offers; the conversation
 * (chat), which owns callback data and answers the taps, draws the buttons.
 */
public interface PromptButtons {

    /** One button per report to open, in this order, then "remind me tomorrow" when offered. */
    Keyboard of(Offer offer);

    /** What a prompt offers: the reports that get a button, and whether snoozing is allowed. */
    record Offer(Period period, Language language, List<PendingReport> reports, boolean snooze) {
        public Offer {
            reports = List.copyOf(reports);
        }
    }
}
