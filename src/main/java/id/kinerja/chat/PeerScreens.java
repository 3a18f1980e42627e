package id.kinerja.chat;

import id.kinerja.appraisal.Period;
import id.kinerja.appraisal.Periods;
import id.kinerja.employee.Employee;
import id.kinerja.employee.Employees;
import id.kinerja.peer.PeerPromptMessages;
import id.kinerja.peer.PeerProperties;
import id.kinerja.peer.PeerRatings;
import id.kinerja.peer.PeerRefusal;
import id.kinerja.peer.PeerSummaries;
import id.kinerja.peer.PeerSummary;
import id.kinerja.text.Keyboard;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * /nilai_rekan (/rate) and taps on peer prompts (SPEC §2.4): colleagues of the unit, paged → 1–5 stars
 * or skip → optional comment typed as the next message. Buttons never carry the rater (it is whoever
 * taps) and every tap re-checks linked, open period, same unit and not self. A screen that names a
 * colleague or a rating is never kept in the outbox: a failed send keeps a generic line or nothing.
 * Its buttons are {@link PeerCallback}s.
 */
@Component
class PeerScreens {

    static final String STATE = "PEER_COMMENT";
    static final int PAGE_SIZE = 8;

    private static final Pattern COMMENT_STATE = Pattern.compile("(\\d{1,18}):([0-9a-f]{32})(?::(\\d{1,10}))?");

    private final PeerRatings ratings;
    private final PeerSummaries summaries;
    private final Periods periods;
    private final Employees employees;
    private final ConversationStore conversations;
    private final PeerPromptScreen prompts;

    PeerScreens(PeerRatings ratings, PeerSummaries summaries, Periods periods, Employees employees,
                ConversationStore conversations, PeerPromptScreen prompts) {
        this.prompts = prompts;
        this.ratings = ratings;
        this.summaries = summaries;
        this.periods = periods;
        this.employees = employees;
        this.conversations = conversations;
    }

    /** /nilai_rekan in a private chat (the router answers groups with a pointer to the private chat). */
    void rate(Turn turn) {
        Optional<Period> period = ratings.currentPeriod();
        if (period.isEmpty()) {
            turn.say(turn.text("peer.no_open_period"));
            return;
        }
        Screen screen = list(turn, period.get(), 0, null);
        turn.say(screen.html(), screen.keyboard(), null);
    }

    /** A peer button, parsed by {@link PeerCallback}; the router says a button it cannot parse is stale. */
    boolean tap(Turn turn, PeerCallback data) {
        if (data instanceof PeerCallback.Hint) {
            turn.answer(turn.text("peer.prompt_hint"), false);
            return true;
        }
        if (data instanceof PeerCallback.PromptTap tap) {
            return promptTap(turn, tap);
        }
        if (data instanceof PeerCallback.ListPage list) {
            return checked(turn, ratings.periodRefusal(turn.me(), list.periodId()), () -> {
                conversations.clear(turn.userId());
                Screen screen = list(turn, periods.byId(list.periodId()).orElseThrow(), list.page(), null);
                turn.show(screen.html(), screen.keyboard(), null);
            });
        }
        if (data instanceof PeerCallback.Choose choose) {
            return checked(turn, ratings.refusal(turn.me(), choose.rateeId(), choose.periodId()), () -> {
                conversations.clear(turn.userId());
                stars(turn, periods.byId(choose.periodId()).orElseThrow(), employees.byId(choose.rateeId()).orElseThrow());
            });
        }
        if (data instanceof PeerCallback.Skip skip) {
            return checked(turn, ratings.refusal(turn.me(), skip.rateeId(), skip.periodId()), () -> {
                conversations.clear(turn.userId());
                Employee ratee = employees.byId(skip.rateeId()).orElseThrow();
                Screen screen = list(turn, periods.byId(skip.periodId()).orElseThrow(), 0,
                        turn.text("peer.skipped", "name", ratee.name()));
                turn.show(screen.html(), screen.keyboard(), null);
            });
        }
        if (data instanceof PeerCallback.Rate rate) {
            return checked(turn, ratings.refusal(turn.me(), rate.rateeId(), rate.periodId()),
                    () -> rated(turn, rate.periodId(), employees.byId(rate.rateeId()).orElseThrow(), rate.stars()));
        }
        if (data instanceof PeerCallback.NoComment noComment) {
            return checked(turn, ratings.periodRefusal(turn.me(), noComment.periodId()), () -> {
                conversations.clear(turn.userId());
                turn.show(turn.text("peer.comment_skipped"), backToList(turn, noComment.periodId()));
            });
        }
        if (data instanceof PeerCallback.CommentsAboutMe mine) {
            return checked(turn, ratings.periodRefusal(turn.me(), mine.periodId()),
                    () -> commentsAboutMe(turn, mine.periodId()));
        }
        return false;
    }

    /** Free text while a comment is awaited. */
    void text(Turn turn, String text) {
        Employee me = turn.me().orElseThrow();
        Optional<Matcher> state = conversations.current(turn.userId())
                .filter(s -> STATE.equals(s.name()) && s.data() != null)
                .map(s -> COMMENT_STATE.matcher(s.data())).filter(Matcher::matches);
        if (state.isEmpty()) {
            conversations.clear(turn.userId());
            turn.say(turn.text("unknown"));
            return;
        }
        long periodId = Long.parseLong(state.get().group(1));
        Optional<Employee> ratee = ratings.colleagueForToken(me, periodId, state.get().group(2));
        Optional<PeerRefusal> refusal = ratee.isEmpty() ? Optional.of(PeerRefusal.UNKNOWN)
                : ratings.refusal(turn.me(), ratee.get().id(), periodId);
        if (refusal.isPresent()) {
            conversations.clear(turn.userId());
            turn.say(turn.text(refusal.get().textKey()));
            return;
        }
        int length = text.codePointCount(0, text.length());
        if (length > PeerProperties.MAX_COMMENT) {
            turn.say(turn.text("peer.comment_too_long", "length", length, "max", PeerProperties.MAX_COMMENT));
            return;
        }
        conversations.clear(turn.userId());
        if (ratings.comment(me, ratee.get().id(), periodId, text)) {
            turn.say(turn.text("peer.comment_saved", "name", ratee.get().name(), "comment", text.strip()),
                    backToList(turn, periodId), turn.text("peer.saved_generic"));
        } else {
            turn.say(turn.text("peer.refused_unknown"));
        }
    }

    /** The message asking for the comment, or 0 when not known. */
    static int card(ConversationStore.State state) {
        Matcher m = COMMENT_STATE.matcher(state.data() == null ? "" : state.data());
        return m.matches() && m.group(3) != null ? Integer.parseInt(m.group(3)) : 0;
    }

    /** A command interrupted the comment step: the stars stay saved, no comment is taken. */
    void leave(Turn turn, ConversationStore.State state, boolean tell) {
        conversations.markLeft(turn.userId(), state);
        if (tell) {
            turn.say(turn.text("peer.flow_left"));
        }
    }

    /** Text typed after the comment step was left is not taken as a comment. */
    void typedAfterLeaving(Turn turn) {
        conversations.clear(turn.userId());
        turn.say(turn.text("peer.typed_after_leaving"));
    }

    private boolean promptTap(Turn turn, PeerCallback.PromptTap tap) {
        Optional<PeerRefusal> refusal = Optional.empty();
        for (long colleague : tap.colleagues()) {
            refusal = refusal.or(() -> ratings.refusal(turn.me(), colleague, tap.periodId()));
        }
        return checked(turn, refusal, () -> {
            Employee me = turn.me().orElseThrow();
            if (!tap.isSkip()) {
                ratings.rate(me, tap.ratee(), tap.periodId(), tap.stars());
            }
            List<Employee> colleagues = tap.colleagues().stream().map(id -> employees.byId(id).orElseThrow()).toList();
            PeerPromptMessages.Message rendered = prompts.render(turn.language(),
                    periods.byId(tap.periodId()).orElseThrow(), colleagues, ratings.givenBy(me, tap.periodId()),
                    tap.skippedAfter());
            turn.answer(turn.text(tap.isSkip() ? "peer.skipped_short" : "peer.saved_short"), false);
            turn.show(rendered.html(), rendered.keyboard(), tap.isSkip() ? null : turn.text("peer.saved_generic"));
        });
    }

    private void stars(Turn turn, Period period, Employee ratee) {
        Integer current = ratings.givenBy(turn.me().orElseThrow(), period.id()).get(ratee.id());
        String html = turn.text("peer.ask_stars", "name", ratee.name(), "position", ratee.position());
        if (current != null) {
            html += "\n" + turn.text("peer.current", "stars", PeerPromptScreen.stars(current));
        }
        List<Keyboard.Button> row = new ArrayList<>();
        for (int s = 1; s <= 5; s++) {
            row.add(Keyboard.Button.tap(turn.text("peer.star_button", "stars", s),
                    new PeerCallback.Rate(period.id(), ratee.id(), s).encode()));
        }
        turn.show(html, new Keyboard(List.of(row, List.of(Keyboard.Button.tap(turn.text("peer.skip"),
                new PeerCallback.Skip(period.id(), ratee.id()).encode())))), null);
    }

    private void rated(Turn turn, long periodId, Employee ratee, int stars) {
        Employee me = turn.me().orElseThrow();
        Optional<PeerRatings.Recorded> recorded = ratings.rate(me, ratee.id(), periodId, stars);
        if (recorded.isEmpty()) {
            turn.answer(turn.text(PeerRefusal.PERIOD_CLOSED.textKey()), true);
            return;
        }
        conversations.enter(turn.userId(), STATE, periodId + ":" + ratings.commentToken(me, periodId, ratee.id())
                + ":" + turn.tappedMessageId());
        String html = turn.text(recorded.get() == PeerRatings.Recorded.REPLACED ? "peer.replaced" : "peer.saved",
                "name", ratee.name(), "stars", PeerPromptScreen.stars(stars))
                + "\n\n" + turn.text("peer.ask_comment", "max", PeerProperties.MAX_COMMENT,
                "threshold", summaries.threshold());
        turn.answer(turn.text("peer.saved_short"), false);
        turn.show(html, new Keyboard(List.of(
                List.of(Keyboard.Button.tap(turn.text("peer.no_comment"), new PeerCallback.NoComment(periodId).encode())),
                List.of(Keyboard.Button.tap(turn.text("peer.back"), new PeerCallback.ListPage(periodId, 0).encode())))),
                turn.text("peer.saved_generic"));
    }

    private void commentsAboutMe(Turn turn, long periodId) {
        Optional<PeerSummary> summary = summaries.forRatee(turn.me().orElseThrow().id(), periodId);
        if (summary.isEmpty() || summary.get().comments().isEmpty()) {
            turn.say(turn.text("peer.mine_collecting"));
            return;
        }
        List<String> lines = new ArrayList<>();
        lines.add(turn.text("peer.mine_comments_title", "count", summary.get().comments().size()));
        summary.get().comments().forEach(c -> lines.add(turn.text("peer.mine_comment", "comment", c)));
        turn.say(String.join("\n", lines), Keyboard.NONE, null);
    }

    private record Screen(String html, Keyboard keyboard) {}

    private Screen list(Turn turn, Period period, int requestedPage, String note) {
        Employee me = turn.me().orElseThrow();
        List<Employee> colleagues = ratings.colleaguesOf(me);
        List<String> lines = new ArrayList<>();
        if (note != null) {
            lines.add(note);
            lines.add("");
        }
        lines.add(turn.text("peer.title", "period", turn.period(period.name())));
        Optional<PeerSummary> mine = summaries.forRatee(me.id(), period.id());
        lines.add(mine.map(s -> turn.text("peer.mine_average", "average", s.averageText(turn.language()),
                "count", s.count())).orElseGet(() -> turn.text("peer.mine_collecting")));
        lines.add("");
        if (colleagues.isEmpty()) {
            lines.add(turn.text("peer.no_colleagues"));
            return new Screen(String.join("\n", lines), Keyboard.NONE);
        }
        int pages = (colleagues.size() + PAGE_SIZE - 1) / PAGE_SIZE;
        int page = Math.min(Math.max(requestedPage, 0), pages - 1);
        lines.add(turn.text("peer.intro", "threshold", summaries.threshold()));
        if (pages > 1) {
            lines.add(turn.text("peer.page", "page", page + 1, "pages", pages));
        }
        Map<Long, Integer> given = ratings.givenBy(me, period.id());
        List<List<Keyboard.Button>> rows = new ArrayList<>();
        for (Employee colleague : colleagues.subList(page * PAGE_SIZE, Math.min(colleagues.size(), (page + 1) * PAGE_SIZE))) {
            Integer stars = given.get(colleague.id());
            String label = stars == null ? turn.text("peer.colleague", "name", colleague.name())
                    : turn.text("peer.colleague_rated", "name", colleague.name(), "stars", PeerPromptScreen.stars(stars));
            rows.add(List.of(Keyboard.Button.tap(label, new PeerCallback.Choose(period.id(), colleague.id()).encode())));
        }
        List<Keyboard.Button> navigation = new ArrayList<>();
        if (page > 0) {
            navigation.add(Keyboard.Button.tap(turn.text("peer.previous"),
                    new PeerCallback.ListPage(period.id(), page - 1).encode()));
        }
        if (page < pages - 1) {
            navigation.add(Keyboard.Button.tap(turn.text("peer.next"),
                    new PeerCallback.ListPage(period.id(), page + 1).encode()));
        }
        rows.add(navigation);
        if (mine.isPresent() && !mine.get().comments().isEmpty()) {
            rows.add(List.of(Keyboard.Button.tap(turn.text("peer.mine_comments_button"),
                    new PeerCallback.CommentsAboutMe(period.id()).encode())));
        }
        return new Screen(String.join("\n", lines), new Keyboard(rows));
    }

    private Keyboard backToList(Turn turn, long periodId) {
        return Keyboard.of(Keyboard.Button.tap(turn.text("peer.back"), new PeerCallback.ListPage(periodId, 0).encode()));
    }

    private boolean checked(Turn turn, Optional<PeerRefusal> refusal, Runnable action) {
        if (refusal.isPresent()) {
            turn.answer(turn.text(refusal.get().textKey()), true);
        } else {
            action.run();
        }
        return true;
    }
}
