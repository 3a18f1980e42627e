package id.kinerja.chat;

import id.kinerja.appraisal.Period;
import id.kinerja.appraisal.Periods;
import id.kinerja.employee.Employees;
import id.kinerja.peer.PeerRatings;
import id.kinerja.peer.PeerRefusal;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * /nilai_rekan (/rate) and taps on peer prompts (@@docs/SPEC.md §2.4): colleagues of the unit, paged
 * ({@link PeerColleagueList}) → 1–5 stars or skip ({@link PeerRatingStep}) → optional comment typed as the
 * next message ({@link PeerCommentStep}); the comments about oneself ({@link PeerCommentsAboutMe}) and taps
 * on the peer prompt ({@link PeerPromptTaps}). Buttons never carry the rater (it is whoever taps) and every
 * tap re-checks linked, open period, same unit and not self, here before the step runs. A screen that names
 * a colleague or a rating is never kept in the outbox: a failed send keeps a generic line or nothing.
 * Its buttons are {@link PeerCallback}s.
 */
@Component
class PeerScreens {

    static final String STATE = PeerCommentStep.STATE;

    private final PeerRatings ratings;
    private final Periods periods;
    private final Employees employees;
    private final ConversationStore conversations;
    private final PeerColleagueList list;
    private final PeerRatingStep rating;
    private final PeerCommentStep comment;
    private final PeerCommentsAboutMe aboutMe;
    private final PeerPromptTaps prompts;

    PeerScreens(PeerRatings ratings, Periods periods, Employees employees, ConversationStore conversations,
                PeerColleagueList list, PeerRatingStep rating, PeerCommentStep comment,
                PeerCommentsAboutMe aboutMe, PeerPromptTaps prompts) {
        this.ratings = ratings;
        this.periods = periods;
        this.employees = employees;
        this.conversations = conversations;
        this.list = list;
        this.rating = rating;
        this.comment = comment;
        this.aboutMe = aboutMe;
        this.prompts = prompts;
    }

    /** /nilai_rekan in a private chat (the router answers groups with a pointer to the private chat). */
    void rate(Turn turn) {
        Optional<Period> period = ratings.currentPeriod();
        if (period.isEmpty()) {
            turn.say(turn.text("peer.no_open_period"));
            return;
        }
        PeerColleagueList.Screen screen = list.screen(turn, period.get(), 0, null);
        turn.say(screen.html(), screen.keyboard(), null);
    }

    /** A peer button, parsed by {@link PeerCallback}; the router says a button it cannot parse is stale. */
    boolean tap(Turn turn, PeerCallback data) {
        if (data instanceof PeerCallback.Hint) {
            turn.answer(turn.text("peer.prompt_hint"), false);
            return true;
        }
        if (data instanceof PeerCallback.PromptTap tap) {
            return prompts.tap(turn, tap);
        }
        if (data instanceof PeerCallback.ListPage page) {
            return checked(turn, ratings.periodRefusal(turn.me(), page.periodId()), () -> {
                conversations.clear(turn.userId());
                PeerColleagueList.Screen screen = list.screen(turn, periods.byId(page.periodId()).orElseThrow(),
                        page.page(), null);
                turn.show(screen.html(), screen.keyboard(), null);
            });
        }
        if (data instanceof PeerCallback.Choose choose) {
            return checked(turn, ratings.refusal(turn.me(), choose.rateeId(), choose.periodId()), () -> {
                conversations.clear(turn.userId());
                rating.stars(turn, periods.byId(choose.periodId()).orElseThrow(),
                        employees.byId(choose.rateeId()).orElseThrow());
            });
        }
        if (data instanceof PeerCallback.Skip skip) {
            return checked(turn, ratings.refusal(turn.me(), skip.rateeId(), skip.periodId()), () -> {
                conversations.clear(turn.userId());
                rating.skipped(turn, periods.byId(skip.periodId()).orElseThrow(),
                        employees.byId(skip.rateeId()).orElseThrow());
            });
        }
        if (data instanceof PeerCallback.Rate rate) {
            return checked(turn, ratings.refusal(turn.me(), rate.rateeId(), rate.periodId()),
                    () -> rating.rated(turn, rate.periodId(), employees.byId(rate.rateeId()).orElseThrow(), rate.stars()));
        }
        if (data instanceof PeerCallback.NoComment noComment) {
            return checked(turn, ratings.periodRefusal(turn.me(), noComment.periodId()),
                    () -> comment.noComment(turn, noComment.periodId()));
        }
        if (data instanceof PeerCallback.CommentsAboutMe mine) {
            return checked(turn, ratings.periodRefusal(turn.me(), mine.periodId()),
                    () -> aboutMe.show(turn, mine.periodId()));
        }
        return false;
    }

    /** Free text while a comment is awaited. */
    void text(Turn turn, String text) {
        comment.text(turn, text);
    }

    /** The message asking for the comment, or 0 when not known. */
    static int card(ConversationStore.State state) {
        return PeerCommentStep.card(state);
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

    /** A refused tap is answered with the refusal as an alert; otherwise the action runs. Either way handled. */
    static boolean checked(Turn turn, Optional<PeerRefusal> refusal, Runnable action) {
        if (refusal.isPresent()) {
            turn.answer(turn.text(refusal.get().textKey()), true);
        } else {
            action.run();
        }
        return true;
    }
}
