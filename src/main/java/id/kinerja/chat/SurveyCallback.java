package id.kinerja.chat;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code sv:<nonce>:<step>:<action>}: a button of the citizen survey. The nonce names the survey and the step
 * the question the button answers, so a button of another survey or of an earlier step changes nothing.
 * The action is {@code a<value>} (an answer: a service's position, a profile code, a score 1–4),
 * {@code s} (skip) or {@code b} (back).
 */
record SurveyCallback(String nonce, int step, Action action, String value) implements CallbackData {

    enum Action { ANSWER, SKIP, BACK }

    static final String PREFIX = "sv";
    private static final Pattern DATA = Callbacks.pattern(PREFIX, "([0-9a-f]{8}):(\\d{1,2}):(?:a([A-Za-z0-9-]{1,12})|(s)|(b))");

    static SurveyCallback answer(String nonce, int step, String value) {
        return new SurveyCallback(nonce, step, Action.ANSWER, value);
    }

    static SurveyCallback skip(String nonce, int step) {
        return new SurveyCallback(nonce, step, Action.SKIP, null);
    }

    static SurveyCallback back(String nonce, int step) {
        return new SurveyCallback(nonce, step, Action.BACK, null);
    }

    @Override
    public String encode() {
        String action = switch (this.action) {
            case ANSWER -> "a" + value;
            case SKIP -> "s";
            case BACK -> "b";
        };
        return Callbacks.join(PREFIX, nonce, step, action);
    }

    static Optional<SurveyCallback> parse(String data) {
        return Callbacks.match(DATA, data).map(m -> new SurveyCallback(m.group(1), Integer.parseInt(m.group(2)),
                m.group(3) != null ? Action.ANSWER : m.group(4) != null ? Action.SKIP : Action.BACK, m.group(3)));
    }
}
