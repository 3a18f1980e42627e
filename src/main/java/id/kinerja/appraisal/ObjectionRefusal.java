package id.kinerja.appraisal;

import java.util.Locale;

/** Why an objection step may not go on; each has its own clear answer in the chat. */
public enum ObjectionRefusal {
    /** No evaluation of the employee in that period. */
    NO_EVALUATION,
    /** The evaluation already has an objection (one per evaluation). */
    ALREADY_FILED,
    /** The window after the result was told has passed. */
    WINDOW_PASSED,
    /** Nobody could decide: the rater has no supervisor and no other HR admin is on the roster. */
    NO_DECIDER,
    REASONS_EMPTY,
    REASONS_TOO_LONG,
    EXPLANATION_EMPTY,
    EXPLANATION_TOO_LONG,
    /** Already decided: the decision is final. */
    DECIDED,
    /** The explanation was already asked for (or already given). */
    ALREADY_ASKED,
    /** The person is not the one who may take this step. */
    NOT_ALLOWED;

    public String textKey() {
        return "objection.refused_" + name().toLowerCase(Locale.ROOT);
    }
}
