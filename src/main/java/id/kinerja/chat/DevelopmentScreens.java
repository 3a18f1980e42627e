package id.kinerja.chat;

import id.kinerja.appraisal.Periods;
import id.kinerja.employee.AdminScopes;
import id.kinerja.employee.Employee;
import id.kinerja.followup.DevelopmentActivity;
import id.kinerja.followup.DevelopmentHours;
import id.kinerja.followup.DevelopmentInput;
import id.kinerja.followup.DevelopmentKind;
import id.kinerja.followup.DevelopmentStanding;
import id.kinerja.followup.Recognition;
import id.kinerja.followup.RecognitionRecommendation;
import id.kinerja.followup.Recognitions;
import id.kinerja.text.Html;
import id.kinerja.text.Keyboard;
import id.kinerja.text.Language;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * /pengembangan (/development): the employee's JP this year against the target, their activities and the
 * recognitions they received; recording an activity step by step (kind, title, organiser, dates, JP, confirm);
 * deleting one's own wrong entry; and HR's paged list of who is below the target. Every tap checks again whose
 * data it touches.
 */
@Component
class DevelopmentScreens {

    static final String STATE = "DEVELOPMENT";
    static final int DELETABLE = 10;
    static final int PAGE = 15;
    static final int RECOGNITIONS = 3;

    private final DevelopmentHours hours;
    private final Recognitions recognitions;
    private final Periods periods;
    private final ConversationStore conversations;

    private final AdminScopes scopes;

    DevelopmentScreens(DevelopmentHours hours, Recognitions recognitions, Periods periods,
                       ConversationStore conversations, AdminScopes scopes) {
        this.scopes = scopes;
        this.hours = hours;
        this.recognitions = recognitions;
        this.periods = periods;
        this.conversations = conversations;
    }

    void overview(Turn turn) {
        Employee me = turn.me().orElseThrow();
        int year = hours.today().getYear();
        List<String> lines = new ArrayList<>();
        lines.add(turn.text("development.title", "year", year));
        lines.add(standing(turn, hours.standing(me.id(), year)));
        lines.add(turn.text("development.jp_note"));
        lines.add("");
        List<DevelopmentActivity> activities = hours.activities(me.id(), year);
        if (activities.isEmpty()) {
            lines.add(turn.text("development.none"));
        } else {
            lines.add(turn.text("development.activities_title"));
            activities.forEach(a -> lines.add(line(turn, a)));
        }
        List<Recognition> received = recognitions.of(me.id());
        if (!received.isEmpty()) {
            lines.add("");
            lines.add(turn.text("development.recognitions_title"));
            received.stream().limit(RECOGNITIONS).forEach(r -> lines.add(recognition(turn, r)));
        }
        List<Keyboard.Button> buttons = new ArrayList<>();
        buttons.add(button(turn, "development.add_button", new DevelopmentCallback.Add()));
        if (!hours.allActivities(me.id()).isEmpty()) {
            buttons.add(button(turn, "development.remove_button", new DevelopmentCallback.RemoveList()));
        }
        turn.say(String.join("\n", lines), Keyboard.column(buttons));
    }

    boolean tap(Turn turn, DevelopmentCallback tap) {
        if (turn.me().isEmpty()) {
            return false;
        }
        if (tap instanceof DevelopmentCallback.Add) {
            List<Keyboard.Button> kinds = new ArrayList<>();
            Arrays.stream(DevelopmentKind.values()).forEach(k -> kinds.add(Keyboard.Button.tap(
                    Html.plain(turn.text(k.textKey())), new DevelopmentCallback.Kind(k).encode())));
            kinds.add(button(turn, "development.drop_button", new DevelopmentCallback.Confirm(false)));
            conversations.clear(turn.userId());
            turn.show(turn.text("development.choose_kind"), Keyboard.column(kinds));
            return true;
        } else if (tap instanceof DevelopmentCallback.Kind kind) {
            DevelopmentDraft draft = DevelopmentDraft.of(kind.kind());
            conversations.enter(turn.userId(), STATE, draft.encode());
            turn.show(turn.text("development.kind_chosen", "kind", turn.text(kind.kind().textKey())), Keyboard.NONE);
            turn.say(turn.text("development.ask_title", "max", DevelopmentInput.MAX_TEXT));
            return true;
        } else if (tap instanceof DevelopmentCallback.Confirm confirm) {
            return confirm.save() ? save(turn) : drop(turn);
        } else if (tap instanceof DevelopmentCallback.RemoveList) {
            return removeList(turn);
        } else if (tap instanceof DevelopmentCallback.Remove remove) {
            return remove(turn, remove);
        } else if (tap instanceof DevelopmentCallback.Below below) {
            return below(turn, below);
        }
        return false;
    }

    /** Typed text for the step the draft waits for; a bad value is answered and the draft stays as it was. */
    void text(Turn turn, String data, String text) {
        Optional<DevelopmentDraft> read = DevelopmentDraft.decode(data);
        if (read.isEmpty()) {
            conversations.clear(turn.userId());
            turn.say(turn.text("stale_button"));
            return;
        }
        DevelopmentDraft draft = read.get();
        LocalDate today = hours.today();
        switch (draft.step()) {
            case TITLE -> next(turn, DevelopmentInput.text(text), draft::title,
                    () -> turn.text("development.ask_organiser", "max", DevelopmentInput.MAX_TEXT));
            case ORGANISER -> next(turn, DevelopmentInput.text(text), draft::organiser,
                    () -> turn.text("development.ask_start"));
            case START -> {
                DevelopmentInput.Read<LocalDate> start = DevelopmentInput.start(text, today);
                next(turn, start, draft::start,
                        () -> turn.text("development.ask_end", "start", date(turn, start.value().orElseThrow())));
            }
            case END -> next(turn, DevelopmentInput.end(text, draft.start(), today), draft::end,
                    () -> turn.text("development.ask_jp", "max", DevelopmentInput.MAX_JP));
            case JP -> {
                DevelopmentInput.Read<Integer> jp = DevelopmentInput.jp(text);
                if (!jp.isOk()) {
                    turn.say(problem(turn, jp));
                    return;
                }
                DevelopmentDraft complete = draft.jp(jp.value().get());
                conversations.enter(turn.userId(), STATE, complete.encode());
                turn.say(card(turn, complete), Keyboard.of(
                        button(turn, "development.save_button", new DevelopmentCallback.Confirm(true)),
                        button(turn, "development.drop_button", new DevelopmentCallback.Confirm(false))));
            }
            case CONFIRM -> turn.say(turn.text("development.use_buttons"));
        }
    }

    private <T> void next(Turn turn, DevelopmentInput.Read<T> read, java.util.function.Function<T, DevelopmentDraft> into,
                          java.util.function.Supplier<String> question) {
        if (!read.isOk()) {
            turn.say(problem(turn, read));
            return;
        }
        conversations.enter(turn.userId(), STATE, into.apply(read.value().get()).encode());
        turn.say(question.get());
    }

    private boolean save(Turn turn) {
        Optional<DevelopmentDraft> draft = draft(turn).filter(d -> d.step() == DevelopmentDraft.Step.CONFIRM);
        if (draft.isEmpty()) {
            return false;
        }
        conversations.clear(turn.userId());
        Employee me = turn.me().orElseThrow();
        Optional<DevelopmentInput.Read<?>> refused = hours.record(me, draft.get().entry());
        if (refused.isPresent()) {
            turn.show(problem(turn, refused.get()), Keyboard.NONE);
            return true;
        }
        int year = hours.today().getYear();
        turn.show(turn.text("development.saved", "title", draft.get().title(), "jp", draft.get().jp()) + "\n"
                + standing(turn, hours.standing(me.id(), year)), Keyboard.NONE);
        return true;
    }

    private boolean drop(Turn turn) {
        conversations.clear(turn.userId());
        turn.show(turn.text("development.dropped"), Keyboard.NONE);
        return true;
    }

    private boolean removeList(Turn turn) {
        Employee me = turn.me().orElseThrow();
        List<DevelopmentActivity> all = new ArrayList<>(hours.allActivities(me.id()));
        java.util.Collections.reverse(all);
        if (all.isEmpty()) {
            turn.show(turn.text("development.remove_none"), Keyboard.NONE);
            return true;
        }
        List<Keyboard.Button> buttons = new ArrayList<>();
        all.stream().limit(DELETABLE).forEach(a -> buttons.add(Keyboard.Button.tap(Html.plain(turn.text(
                "development.remove_item_button", "date", shortDate(turn.language(), a.end()), "title", a.title(),
                "jp", a.jp())), new DevelopmentCallback.Remove(a.id(), false).encode())));
        turn.show(turn.text("development.remove_title"), Keyboard.column(buttons));
        return true;
    }

    private boolean remove(Turn turn, DevelopmentCallback.Remove tap) {
        Employee me = turn.me().orElseThrow();
        Optional<DevelopmentActivity> activity = hours.activity(tap.activityId());
        if (activity.isEmpty()) {
            turn.answer(turn.text("development.remove_gone"), true);
            return true;
        }
        if (activity.get().employeeId() != me.id()) {
            return false;
        }
        if (!tap.confirmed()) {
            turn.show(turn.text("development.remove_confirm", "line", Html.raw(line(turn, activity.get()))),
                    Keyboard.of(button(turn, "development.remove_yes", new DevelopmentCallback.Remove(tap.activityId(), true)),
                            button(turn, "development.remove_no", new DevelopmentCallback.RemoveList())));
            return true;
        }
        if (!hours.delete(me, tap.activityId())) {
            turn.answer(turn.text("development.remove_gone"), true);
            return true;
        }
        turn.show(turn.text("development.removed", "title", activity.get().title()) + "\n"
                + standing(turn, hours.standing(me.id(), hours.today().getYear())), Keyboard.NONE);
        return true;
    }

    private boolean below(Turn turn, DevelopmentCallback.Below tap) {
        if (!turn.me().orElseThrow().admin()) {
            return false;
        }
        int year = hours.today().getYear();
        List<DevelopmentHours.Shortfall> below = hours.belowTarget(year, scopes.of(turn.me().orElseThrow()));
        if (below.isEmpty()) {
            turn.say(turn.text("development.below_none", "year", year));
            return true;
        }
        int pages = (below.size() + PAGE - 1) / PAGE;
        int page = Math.min(tap.page(), pages - 1);
        List<String> lines = new ArrayList<>();
        lines.add(turn.text("development.below_title", "year", year, "count", below.size(), "page", page + 1,
                "pages", pages));
        below.subList(page * PAGE, Math.min(below.size(), (page + 1) * PAGE)).forEach(s -> lines.add(turn.text(
                "development.below_line", "name", s.employee().name(), "unit", s.employee().unitName(),
                "total", s.standing().totalJp(), "target", s.standing().targetJp())));
        List<Keyboard.Button> paging = new ArrayList<>();
        if (page > 0) {
            paging.add(button(turn, "development.previous", new DevelopmentCallback.Below(page - 1, true)));
        }
        if (page + 1 < pages) {
            paging.add(button(turn, "development.next", new DevelopmentCallback.Below(page + 1, true)));
        }
        Keyboard keyboard = paging.isEmpty() ? Keyboard.NONE : Keyboard.of(paging.toArray(Keyboard.Button[]::new));
        if (tap.inPlace()) {
            turn.show(String.join("\n", lines), keyboard);
        } else {
            turn.say(String.join("\n", lines), keyboard);
        }
        return true;
    }

    /** The button /admin shows HR: how many are below the target this year. */
    Keyboard.Button adminButton(Turn turn) {
        int year = hours.today().getYear();
        return Keyboard.Button.tap(Html.plain(turn.text("development.admin_below_button", "year", year,
                "count", hours.belowTarget(year, scopes.of(turn.me().orElseThrow())).size())), new DevelopmentCallback.Below(0, false).encode());
    }

    /** " · JP 2026: 12/20" after each member of /tim. */
    java.util.Map<Long, String> teamSuffixes(Turn turn, List<Long> members) {
        int year = hours.today().getYear();
        java.util.Map<Long, String> suffixes = new java.util.HashMap<>();
        hours.standings(members, year).forEach((id, s) -> suffixes.put(id, turn.text("development.team_jp",
                "year", year, "total", s.totalJp(), "target", s.targetJp())));
        return suffixes;
    }

    private Optional<DevelopmentDraft> draft(Turn turn) {
        return conversations.current(turn.userId()).filter(s -> STATE.equals(s.name()))
                .flatMap(s -> DevelopmentDraft.decode(s.data()));
    }

    private String card(Turn turn, DevelopmentDraft d) {
        return turn.text("development.confirm", "kind", turn.text(d.kind().textKey()), "title", d.title(),
                "organiser", d.organiser(), "dates", Html.raw(Html.escape(dates(turn.language(), d.start(), d.end()))),
                "jp", d.jp(), "minutes", d.jp() * 45);
    }

    private String standing(Turn turn, DevelopmentStanding s) {
        return s.belowTarget()
                ? turn.text("development.standing_below", "total", s.totalJp(), "target", s.targetJp(),
                        "missing", s.missingJp())
                : turn.text("development.standing_reached", "total", s.totalJp(), "target", s.targetJp());
    }

    private String line(Turn turn, DevelopmentActivity a) {
        return turn.text("development.activity_line", "dates", dates(turn.language(), a.start(), a.end()),
                "kind", turn.text(a.kind().textKey()), "title", a.title(), "organiser", a.organiser(), "jp", a.jp());
    }

    private String recognition(Turn turn, Recognition r) {
        String period = periods.byId(r.periodId()).map(p -> turn.period(p.name())).orElse("");
        String html = turn.text("development.recognition_line", "period", period, "supervisor", r.recordedByName(),
                "note", r.note());
        if (r.recommendation() != RecognitionRecommendation.NONE) {
            html += "\n" + turn.text("development.recognition_recommendation",
                    "recommendation", Html.raw(turn.text(r.recommendation().textKey())));
        }
        return html;
    }

    private String problem(Turn turn, DevelopmentInput.Read<?> read) {
        Object[] args = read.args().clone();
        for (int i = 1; i < args.length; i += 2) {
            if (args[i] instanceof LocalDate date) {
                args[i] = date(turn, date);
            }
        }
        return turn.text(read.problem(), args);
    }

    private static String date(Turn turn, LocalDate date) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", turn.language().locale()).format(date);
    }

    private static String shortDate(Language language, LocalDate date) {
        return DateTimeFormatter.ofPattern("d MMM yyyy", language.locale()).format(date);
    }

    private static String dates(Language language, LocalDate start, LocalDate end) {
        return start.equals(end) ? shortDate(language, start) : shortDate(language, start) + " – " + shortDate(language, end);
    }

    private static Keyboard.Button button(Turn turn, String key, CallbackData data) {
        return Keyboard.Button.tap(Html.plain(turn.text(key)), data.encode());
    }
}
