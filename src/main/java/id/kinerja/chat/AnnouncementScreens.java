package id.kinerja.chat;

import id.kinerja.announcement.Announcement;
import id.kinerja.announcement.AnnouncementMessage;
import id.kinerja.announcement.Announcements;
import id.kinerja.announcement.Audience;
import id.kinerja.calendar.WorkingCalendar;
import id.kinerja.employee.Employee;
import id.kinerja.employee.Unit;
import id.kinerja.employee.Units;
import id.kinerja.text.ControlCharacters;
import id.kinerja.text.Dates;
import id.kinerja.text.Html;
import id.kinerja.text.Keyboard;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * /umumkan: HR writes an announcement (several messages are joined), sees the preview, picks the audience inside
 * its scope (everyone, one unit subtree from a paged list, supervisors only), chooses whether it carries a
 * "Sudah dibaca" button, confirms, and later sees how many were queued, received and acknowledged. A recipient's
 * "Sudah dibaca" is counted once. The rules (whose draft, inside which scope, once) are {@link Announcements}'.
 */
@Component
class AnnouncementScreens {

    /** Writing: data is empty before the first message, then the draft's id. */
    static final String STATE = "ANNOUNCE";
    static final int UNITS_PER_PAGE = 8;
    static final int LISTED = 5;
    static final int SNIPPET = 60;

    private final Announcements announcements;
    private final AnnouncementMessage message;
    private final ConversationStore conversations;
    private final Units units;
    private final WorkingCalendar calendar;

    AnnouncementScreens(Announcements announcements, AnnouncementMessage message, ConversationStore conversations,
                        Units units, WorkingCalendar calendar) {
        this.announcements = announcements;
        this.message = message;
        this.conversations = conversations;
        this.units = units;
        this.calendar = calendar;
    }

    void start(Turn turn) {
        Employee me = turn.me().orElseThrow();
        if (!me.admin()) {
            turn.say(turn.text("announce.only"));
            return;
        }
        conversations.enter(turn.userId(), STATE, "");
        turn.say(turn.text("announce.intro", "max", Announcements.MAX_TEXT, "scope", scopeName(turn, me)),
                Keyboard.of(Keyboard.Button.tap(turn.text("announce.status_button"),
                        new AnnouncementCallback.Status().encode())));
    }

    /** A message while writing: the first one starts the draft, further ones are joined to it. */
    void text(Turn turn, ConversationStore.State state, String text) {
        Employee me = turn.me().orElseThrow();
        if (!me.admin()) {
            conversations.clear(turn.userId());
            turn.say(turn.text("announce.only"));
            return;
        }
        Optional<Announcement> draft;
        if (state.data() == null || state.data().isEmpty()) {
            Optional<Announcements.TextProblem> problem = Announcements.problem(text);
            if (problem.isPresent()) {
                turn.say(problemText(turn, problem.get(), text));
                return;
            }
            draft = Optional.of(announcements.draft(me, text));
            conversations.enter(turn.userId(), STATE, String.valueOf(draft.get().id()));
        } else {
            Optional<Announcement> before = announcements.draftOf(me, Long.parseLong(state.data()));
            if (before.isEmpty()) {
                conversations.clear(turn.userId());
                turn.say(turn.text("unknown"));
                return;
            }
            Optional<Announcements.TextProblem> problem = Announcements.appendProblem(before.get(), text);
            if (problem.isPresent()) {
                turn.say(problemText(turn, problem.get(), text));
                return;
            }
            draft = announcements.append(me, before.get().id(), text);
        }
        if (draft.isEmpty()) {
            turn.say(turn.text("unknown"));
            return;
        }
        long id = draft.get().id();
        turn.say(turn.text("announce.preview", "message", Html.raw(message.html(turn.language(), draft.get().body(),
                        me.name()))),
                Keyboard.of(Keyboard.Button.tap(turn.text("announce.choose_audience_button"),
                                new AnnouncementCallback.ChooseAudience(id).encode()),
                        Keyboard.Button.tap(turn.text("announce.cancel_button"), new AnnouncementCallback.Cancel(id).encode())));
    }

    boolean tap(Turn turn, AnnouncementCallback tapped) {
        Employee me = turn.me().orElseThrow();
        if (tapped instanceof AnnouncementCallback.Acknowledge ack) {
            return acknowledge(turn, me, ack.announcementId());
        }
        if (!me.admin()) {
            return false;
        }
        if (tapped instanceof AnnouncementCallback.Status) {
            status(turn, me);
            return true;
        }
        if (tapped instanceof AnnouncementCallback.View view) {
            return announcements.standing(me, view.announcementId()).map(s -> {
                turn.say(turn.text("announce.status_title") + "\n\n" + standingLine(turn, s));
                return true;
            }).orElse(false);
        }
        if (tapped instanceof AnnouncementCallback.ChooseAudience choose) {
            if (announcements.draftOf(me, choose.draftId()).isEmpty()) {
                return false;
            }
            // more text typed now is no longer joined to the draft the preview showed
            conversations.clear(turn.userId());
            turn.removeButtons(turn.tappedMessageId());
            turn.say(turn.text("announce.audience_title", "scope", scopeName(turn, me)), audienceButtons(turn, choose.draftId()));
            return true;
        }
        if (tapped instanceof AnnouncementCallback.BackToAudience back) {
            if (announcements.draftOf(me, back.draftId()).isEmpty()) {
                return false;
            }
            turn.show(turn.text("announce.audience_title", "scope", scopeName(turn, me)), audienceButtons(turn, back.draftId()));
            return true;
        }
        if (tapped instanceof AnnouncementCallback.UnitPage page) {
            if (announcements.draftOf(me, page.draftId()).isEmpty()) {
                return false;
            }
            unitPage(turn, me, page.draftId(), page.page());
            return true;
        }
        if (tapped instanceof AnnouncementCallback.WholeScope whole) {
            return announcements.address(me, whole.draftId(), whole.supervisorsOnly() ? Audience.SUPERVISORS
                    : Audience.EVERYONE, null).map(a -> askAcknowledgement(turn, a)).orElse(false);
        }
        if (tapped instanceof AnnouncementCallback.ChooseUnit unit) {
            return announcements.address(me, unit.draftId(), Audience.UNIT, unit.unitId())
                    .map(a -> askAcknowledgement(turn, a)).orElse(false);
        }
        if (tapped instanceof AnnouncementCallback.Acknowledgement ack) {
            return announcements.withAcknowledgement(me, ack.draftId(), ack.withButton())
                    .map(a -> confirm(turn, me, a)).orElse(false);
        }
        if (tapped instanceof AnnouncementCallback.Send send) {
            return announcements.send(me, send.draftId()).map(a -> {
                turn.show(turn.text("announce.sent", "count", a.recipients(), "audience", audienceName(turn, a)),
                        Keyboard.of(Keyboard.Button.tap(turn.text("announce.view_button"),
                                new AnnouncementCallback.View(a.id()).encode())));
                return true;
            }).orElse(false);
        }
        if (tapped instanceof AnnouncementCallback.Cancel cancel) {
            if (!announcements.cancel(me, cancel.draftId())) {
                return false;
            }
            conversations.clear(turn.userId());
            turn.removeButtons(turn.tappedMessageId());
            turn.say(turn.text("announce.cancelled"));
            return true;
        }
        return false;
    }

    private boolean acknowledge(Turn turn, Employee me, long announcementId) {
        Announcements.Acknowledgement outcome = announcements.acknowledge(me, announcementId);
        if (outcome == Announcements.Acknowledgement.NOT_A_RECIPIENT) {
            return false;
        }
        if (outcome == Announcements.Acknowledgement.RECORDED) {
            // once: a second tap (its buttons are already gone) must not edit the message again
            turn.removeButtons(turn.tappedMessageId());
            turn.answer(turn.text("announce.acknowledged"), false);
        } else {
            turn.answer(turn.text("announce.already_acknowledged"), false);
        }
        return true;
    }

    private Keyboard audienceButtons(Turn turn, long draftId) {
        return Keyboard.column(List.of(
                Keyboard.Button.tap(turn.text("announce.everyone_button"),
                        new AnnouncementCallback.WholeScope(draftId, false).encode()),
                Keyboard.Button.tap(turn.text("announce.unit_button"), new AnnouncementCallback.UnitPage(draftId, 0).encode()),
                Keyboard.Button.tap(turn.text("announce.supervisors_button"),
                        new AnnouncementCallback.WholeScope(draftId, true).encode()),
                Keyboard.Button.tap(turn.text("announce.cancel_button"), new AnnouncementCallback.Cancel(draftId).encode())));
    }

    /** The units of the scope in tree order, a level below indented, {@link #UNITS_PER_PAGE} a page. */
    private void unitPage(Turn turn, Employee me, long draftId, int page) {
        List<Unit> inScope = announcements.unitsInScope(me);
        int pages = Math.max(1, (inScope.size() + UNITS_PER_PAGE - 1) / UNITS_PER_PAGE);
        int shown = Math.min(Math.max(page, 0), pages - 1);
        Map<Long, Integer> depth = new HashMap<>();
        for (Unit unit : inScope) {
            depth.put(unit.id(), unit.parentId() == null ? 0 : depth.getOrDefault(unit.parentId(), -1) + 1);
        }
        List<List<Keyboard.Button>> rows = new ArrayList<>();
        for (Unit unit : inScope.subList(shown * UNITS_PER_PAGE, Math.min(inScope.size(), (shown + 1) * UNITS_PER_PAGE))) {
            rows.add(List.of(Keyboard.Button.tap("· ".repeat(depth.get(unit.id())) + unit.name(),
                    new AnnouncementCallback.ChooseUnit(draftId, unit.id()).encode())));
        }
        List<Keyboard.Button> navigation = new ArrayList<>();
        if (shown > 0) {
            navigation.add(Keyboard.Button.tap(turn.text("announce.previous_button"),
                    new AnnouncementCallback.UnitPage(draftId, shown - 1).encode()));
        }
        if (shown < pages - 1) {
            navigation.add(Keyboard.Button.tap(turn.text("announce.next_button"),
                    new AnnouncementCallback.UnitPage(draftId, shown + 1).encode()));
        }
        if (!navigation.isEmpty()) {
            rows.add(navigation);
        }
        rows.add(List.of(Keyboard.Button.tap(turn.text("announce.back_button"),
                new AnnouncementCallback.BackToAudience(draftId).encode())));
        turn.show(turn.text("announce.units_title", "page", shown + 1, "pages", pages), new Keyboard(rows));
    }

    private boolean askAcknowledgement(Turn turn, Announcement draft) {
        turn.show(turn.text("announce.ack_question", "audience", audienceName(turn, draft)), Keyboard.of(
                Keyboard.Button.tap(turn.text("announce.ack_yes_button"),
                        new AnnouncementCallback.Acknowledgement(draft.id(), true).encode()),
                Keyboard.Button.tap(turn.text("announce.ack_no_button"),
                        new AnnouncementCallback.Acknowledgement(draft.id(), false).encode())));
        return true;
    }

    private boolean confirm(Turn turn, Employee me, Announcement draft) {
        Announcements.Reach reach = announcements.reach(me, draft);
        Keyboard.Button cancel = Keyboard.Button.tap(turn.text("announce.cancel_button"),
                new AnnouncementCallback.Cancel(draft.id()).encode());
        if (reach.linked() == 0) {
            turn.show(turn.text("announce.nobody", "audience", audienceName(turn, draft), "not_linked", reach.notLinked()),
                    Keyboard.of(Keyboard.Button.tap(turn.text("announce.back_button"),
                            new AnnouncementCallback.BackToAudience(draft.id()).encode()), cancel));
            return true;
        }
        turn.show(turn.text("announce.confirm", "audience", audienceName(turn, draft), "count", reach.linked(),
                        "not_linked", reach.notLinked(), "ack", turn.text(draft.withAck() ? "announce.ack_on" : "announce.ack_off")),
                Keyboard.of(Keyboard.Button.tap(turn.text("announce.send_button"),
                        new AnnouncementCallback.Send(draft.id()).encode()), cancel));
        return true;
    }

    private void status(Turn turn, Employee me) {
        List<Announcements.Standing> standings = announcements.standings(me, LISTED);
        if (standings.isEmpty()) {
            turn.say(turn.text("announce.status_none"));
            return;
        }
        List<String> lines = new ArrayList<>();
        lines.add(turn.text("announce.status_title"));
        standings.forEach(s -> lines.add("\n" + standingLine(turn, s)));
        turn.say(String.join("\n", lines));
    }

    private String standingLine(Turn turn, Announcements.Standing standing) {
        Announcement a = standing.announcement();
        String body = a.body().replaceAll("\\s+", " ");
        String snippet = body.codePointCount(0, body.length()) > SNIPPET
                ? body.substring(0, body.offsetByCodePoints(0, SNIPPET - 1)) + "…" : body;
        LocalDate day = LocalDate.ofInstant(a.sentAt(), calendar.zone());
        return turn.text(a.withAck() ? "announce.status_line" : "announce.status_line_no_ack",
                "date", Dates.longDate(day, turn.language()), "snippet", snippet, "audience", audienceName(turn, a),
                "queued", standing.queued(), "delivered", standing.delivered(), "acknowledged", standing.acknowledged())
                .stripTrailing();
    }

    private String audienceName(Turn turn, Announcement a) {
        String unit = a.unitId() == null ? turn.text("announce.whole_organisation")
                : units.byId(a.unitId()).map(Unit::name).orElse("?");
        return turn.text(switch (a.audience()) {
            case EVERYONE -> "announce.audience_everyone";
            case UNIT -> "announce.audience_unit";
            case SUPERVISORS -> "announce.audience_supervisors";
        }, "unit", unit);
    }

    private String scopeName(Turn turn, Employee me) {
        return announcements.scopeRoot(me).map(Unit::name).orElse(turn.text("announce.whole_organisation"));
    }

    private static String problemText(Turn turn, Announcements.TextProblem problem, String text) {
        return switch (problem) {
            case EMPTY -> turn.text("announce.text_empty");
            case TOO_LONG -> turn.text("announce.text_too_long", "max", Announcements.MAX_TEXT);
            case CONTROL_CHARACTER -> turn.text("announce.text_control",
                    "character", ControlCharacters.name(ControlCharacters.inText(text).orElse(0)));
        };
    }
}
