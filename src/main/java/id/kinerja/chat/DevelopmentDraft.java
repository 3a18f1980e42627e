package id.kinerja.chat;

import id.kinerja.followup.DevelopmentEntry;
import id.kinerja.followup.DevelopmentKind;
import java.time.LocalDate;
import java.util.Optional;

/**
 * An activity being recorded in /pengembangan, kept in the conversation state between steps: the step it waits
 * for and the fields so far, separated by U+001F (a control character, which no accepted field can hold).
 */
record DevelopmentDraft(Step step, DevelopmentKind kind, String title, String organiser, LocalDate start,
                        LocalDate end, Integer jp) {

    enum Step { TITLE, ORGANISER, START, END, JP, CONFIRM }

    private static final String SEPARATOR = "\u001f";

    static DevelopmentDraft of(DevelopmentKind kind) {
        return new DevelopmentDraft(Step.TITLE, kind, null, null, null, null, null);
    }

    DevelopmentDraft title(String value) {
        return new DevelopmentDraft(Step.ORGANISER, kind, value, organiser, start, end, jp);
    }

    DevelopmentDraft organiser(String value) {
        return new DevelopmentDraft(Step.START, kind, title, value, start, end, jp);
    }

    DevelopmentDraft start(LocalDate value) {
        return new DevelopmentDraft(Step.END, kind, title, organiser, value, end, jp);
    }

    DevelopmentDraft end(LocalDate value) {
        return new DevelopmentDraft(Step.JP, kind, title, organiser, start, value, jp);
    }

    DevelopmentDraft jp(int value) {
        return new DevelopmentDraft(Step.CONFIRM, kind, title, organiser, start, end, value);
    }

    DevelopmentEntry entry() {
        return new DevelopmentEntry(kind, title, organiser, start, end, jp);
    }

    String encode() {
        return String.join(SEPARATOR, step.name(), kind.name(), text(title), text(organiser), text(start), text(end),
                text(jp));
    }

    static Optional<DevelopmentDraft> decode(String data) {
        if (data == null) {
            return Optional.empty();
        }
        String[] f = data.split(SEPARATOR, -1);
        if (f.length != 7) {
            return Optional.empty();
        }
        try {
            return Optional.of(new DevelopmentDraft(Step.valueOf(f[0]), DevelopmentKind.valueOf(f[1]), blank(f[2]),
                    blank(f[3]), f[4].isEmpty() ? null : LocalDate.parse(f[4]), f[5].isEmpty() ? null : LocalDate.parse(f[5]),
                    f[6].isEmpty() ? null : Integer.valueOf(f[6])));
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String blank(String value) {
        return value.isEmpty() ? null : value;
    }
}
