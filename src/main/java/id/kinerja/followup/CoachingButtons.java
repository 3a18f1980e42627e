package id.kinerja.followup;

import id.kinerja.text.Keyboard;
import id.kinerja.text.Language;

/**
 * The buttons under the coaching messages this module queues. This module decides what a message offers; the
 * conversation (chat), which owns callback data and answers the taps, draws the buttons.
 */
public interface CoachingButtons {

    /** The kinds of coaching to choose from, planning for the report; {@code requestId} the low predicate's request. */
    Keyboard kinds(Language language, long employeeId, long requestId);

    /** "Record the outcome" of the session, for its supervisor. */
    Keyboard outcome(Language language, long sessionId);

    /** "Answer the feedback form" (Format B.1.8), for the coached employee. */
    Keyboard feedback(Language language, long sessionId);
}
