package id.kinerja.chat;

import id.kinerja.survey.SurveyLinks;
import id.kinerja.text.Keyboard;
import id.kinerja.text.Texts;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Routes an update to the screen that handles it. Groups and channels never get personal data:
 * any command there is answered with a button to the private chat.
 */
@Component
class ChatRouter {

    private final Texts texts;
    private final ConversationStore conversations;
    private final BotIdentity identity;
    private final LinkingScreens linking;
    private final ScoreScreens scores;
    private final AccountScreens account;
    private final EvaluationScreens evaluation;
    private final TeamScreens team;
    private final AdminScreens admin;
    private final PeerScreens peer;
    private final FileScreens files;
    private final SurveyScreens survey;
    private final IkmScreens ikm;
    private final CoachingScreens coaching;
    private final DevelopmentScreens development;
    private final RecognitionScreens recognition;
    private final ObjectionScreens objection;
    private final MyDataScreens myData;
    private final CorrectionScreens corrections;
    private final AnnouncementScreens announcements;

    ChatRouter(Texts texts, ConversationStore conversations, BotIdentity identity, LinkingScreens linking,
               ScoreScreens scores, AccountScreens account, EvaluationScreens evaluation, TeamScreens team,
               AdminScreens admin, PeerScreens peer, FileScreens files, SurveyScreens survey,
               IkmScreens ikm, CoachingScreens coaching, DevelopmentScreens development,
               RecognitionScreens recognition, ObjectionScreens objection, MyDataScreens myData,
               CorrectionScreens corrections, AnnouncementScreens announcements) {
        this.announcements = announcements;
        this.objection = objection;
        this.texts = texts;
        this.conversations = conversations;
        this.identity = identity;
        this.linking = linking;
        this.scores = scores;
        this.account = account;
        this.evaluation = evaluation;
        this.team = team;
        this.admin = admin;
        this.peer = peer;
        this.files = files;
        this.survey = survey;
        this.ikm = ikm;
        this.coaching = coaching;
        this.development = development;
        this.recognition = recognition;
        this.myData = myData;
        this.corrections = corrections;
    }

    /** Routes an update in the context its first delivery read ({@link TurnContexts}). */
    List<Reply> route(Incoming incoming, TurnContext context) {
        Turn turn = new Turn(incoming, context.language(), context.me(), texts);
        if (incoming.chat().kind() == Incoming.ChatKind.CHANNEL) {
            // only a post is answered; the context is TurnContext.CHANNEL, with nobody's account or data
            if (incoming instanceof Incoming.TextMessage post) {
                onText(turn, post.text().trim(), context.conversation());
            }
            return turn.replies();
        }
        if (incoming instanceof Incoming.TextMessage message) {
            onText(turn, message.text().trim(), context.conversation());
        } else if (incoming instanceof Incoming.ButtonTap tap) {
            onTap(turn, tap.data());
        } else if (incoming instanceof Incoming.FileMessage file) {
            onFile(turn, file);
        }
        return turn.replies();
    }

    private void onText(Turn turn, String text, Optional<ConversationStore.State> conversation) {
        String[] parts = text.split("\\s+", 2);
        Optional<Command> command = Command.parse(parts[0]);
        String argument = parts.length > 1 ? parts[1].trim() : "";
        if (!turn.incoming().chat().isPrivate()) {
            command.ifPresent(c -> groupRedirect(turn));
            return;
        }
        if (command.isEmpty()) {
            onFreeText(turn, text, conversation);
            return;
        }
        // a command ends any conversation; without one there is nothing to delete (and no round trip)
        if (conversation.isPresent()) {
            leave(turn, conversation.get(), command.get());
        }
        if (command.get().needsLink() && turn.me().isEmpty()) {
            turn.say(turn.text("link.required"));
            return;
        }
        switch (command.get()) {
            case START -> {
                if (SurveyLinks.looksLikeSurvey(argument)) {
                    survey.start(turn, argument);
                } else {
                    linking.start(turn, argument);
                }
            }
            case LINK -> linking.link(turn, argument);
            case SCORE -> scores.score(turn);
            case FEEDBACK -> scores.feedback(turn, 0);
            case TASKS -> team.tasks(turn);
            case TEAM -> team.team(turn);
            case ADMIN -> admin.admin(turn);
            case IKM -> ikm.ikm(turn);
            case DEVELOPMENT -> development.overview(turn);
            case RATE -> peer.rate(turn);
            case HELP -> account.help(turn);
            case LANGUAGE -> account.chooseLanguage(turn);
            case PRIVACY -> account.privacy(turn);
            case MY_DATA -> myData.copy(turn);
            case CORRECT -> corrections.start(turn);
            case ANNOUNCE -> announcements.start(turn);
            case UNLINK -> account.confirmUnlink(turn);
            case CANCEL -> {
                if (!survey.cancel(turn) || conversation.isPresent()) {
                    account.cancel(turn);
                }
            }
        }
    }

    /**
     * Leaves the flow in progress for a command: the buttons of its card go (when the card is known), and
     * an evaluation or a peer comment step says it was left, so text typed for it later gets a clear
     * answer. /batal itself clears the state and says so; /nilai_rekan during the comment step goes on to
     * the next colleague without a word, as the stars are saved and the comment is optional.
     */
    private void leave(Turn turn, ConversationStore.State state, Command command) {
        if (ConversationStore.LEFT.equals(state.name())) {
            conversations.clear(turn.userId());
            return;
        }
        switch (state.name()) {
            case EvaluationScreens.STATE -> turn.removeButtons(EvaluationScreens.card(state));
            case PeerScreens.STATE -> turn.removeButtons(PeerScreens.card(state));
            default -> { }
        }
        if (command == Command.CANCEL) {
            return;
        }
        switch (state.name()) {
            case EvaluationScreens.STATE -> evaluation.leave(turn, state);
            case PeerScreens.STATE -> peer.leave(turn, state, command != Command.RATE);
            default -> conversations.clear(turn.userId());
        }
    }

    /** A file: only HR's, only in the private chat, is downloaded and imported. */
    private void onFile(Turn turn, Incoming.FileMessage file) {
        if (!turn.incoming().chat().isPrivate()) {
            groupRedirect(turn);
            return;
        }
        files.file(turn, file);
    }

    private void groupRedirect(Turn turn) {
        turn.say(turn.text("group.private_only"), identity.privateChatLink(null)
                .map(link -> Keyboard.of(Keyboard.Button.link(turn.text("group.open_private"), link)))
                .orElse(Keyboard.NONE));
    }

    private void onFreeText(Turn turn, String text, Optional<ConversationStore.State> state) {
        Optional<ConversationStore.State> left = state.flatMap(ConversationStore::leftFlow);
        if (left.isPresent() && EvaluationScreens.STATE.equals(left.get().name())) {
            evaluation.typedAfterLeaving(turn, left.get().data());
        } else if (left.isPresent() && PeerScreens.STATE.equals(left.get().name())) {
            peer.typedAfterLeaving(turn);
        } else if (state.isPresent() && LinkingScreens.AWAITING_CODE.equals(state.get().name()) && !text.isEmpty()) {
            linking.tryCode(turn, text);
        } else if (state.isPresent() && LinkingScreens.CONFIRMING_SWITCH.equals(state.get().name())) {
            turn.say(turn.text("link.switch_use_buttons"));
        } else if (state.isPresent() && EvaluationScreens.STATE.equals(state.get().name()) && turn.me().isPresent()) {
            evaluation.text(turn, text);
        } else if (state.isPresent() && PeerScreens.STATE.equals(state.get().name()) && turn.me().isPresent()) {
            peer.text(turn, text);
        } else if (state.isPresent() && IkmScreens.FOLLOW_UP.equals(state.get().name()) && turn.me().isPresent()) {
            ikm.note(turn, state.get().data(), text);
        } else if (state.isPresent() && CoachingScreens.STATES.contains(state.get().name()) && turn.me().isPresent()) {
            coaching.text(turn, state.get(), text);
        } else if (state.isPresent() && DevelopmentScreens.STATE.equals(state.get().name()) && turn.me().isPresent()) {
            development.text(turn, state.get().data(), text);
        } else if (state.isPresent() && RecognitionScreens.STATE.equals(state.get().name()) && turn.me().isPresent()) {
            recognition.text(turn, state.get().data(), text);
        } else if (state.isPresent() && ObjectionScreens.owns(state.get().name()) && turn.me().isPresent()) {
            objection.text(turn, state.get(), text);
        } else if (state.isPresent() && CorrectionScreens.STATE.equals(state.get().name()) && turn.me().isPresent()) {
            corrections.text(turn, state.get(), text);
        } else if (state.isPresent() && CorrectionScreens.REFUSAL.equals(state.get().name()) && turn.me().isPresent()) {
            corrections.reason(turn, state.get(), text);
        } else if (state.isPresent() && AnnouncementScreens.STATE.equals(state.get().name()) && turn.me().isPresent()) {
            announcements.text(turn, state.get(), text);
        } else if (survey.awaitsText(turn)) {
            survey.text(turn, text);
        } else {
            turn.say(turn.text("unknown"));
        }
    }

    /** A tap whose data no codec parses, or that its screen refuses, is answered as a stale button. */
    private void onTap(Turn turn, String data) {
        boolean handled = turn.incoming().chat().isPrivate()
                && Callbacks.parse(data).map(parsed -> onTap(turn, parsed)).orElse(false);
        if (!handled) {
            turn.answer(turn.text("stale_button"), true);
        }
    }

    private boolean onTap(Turn turn, CallbackData data) {
        if (data instanceof ScoreCallback.FeedbackPage page) {
            return scores.feedbackPage(turn, page.page());
        } else if (data instanceof ScoreCallback.OpenFeedback) {
            return scores.feedbackOpened(turn);
        } else if (data instanceof ScoreCallback.TrendChart) {
            return scores.trendChart(turn);
        } else if (data instanceof AccountCallback.ChooseLanguage language) {
            return account.languageChosen(turn, language.language());
        } else if (data instanceof AccountCallback.Unlink unlink) {
            return account.unlinkAnswered(turn, unlink.yes());
        } else if (data instanceof LinkSwitchCallback answer) {
            return linking.switchAnswered(turn, answer);
        } else if (data instanceof EvaluationCallback.Open open) {
            return evaluation.open(turn, open);
        } else if (data instanceof EvaluationCallback.Step step) {
            return evaluation.step(turn, step);
        } else if (data instanceof SnoozeCallback snooze) {
            return team.snooze(turn, snooze.periodId());
        } else if (data instanceof PeerCallback tap) {
            return peer.tap(turn, tap);
        } else if (data instanceof RecapExportCallback export) {
            return admin.export(turn, export);
        } else if (data instanceof SurveyCallback tap) {
            return survey.tap(turn, tap);
        } else if (data instanceof IkmCallback.Chart chart) {
            return turn.me().isPresent() && ikm.chart(turn, chart);
        } else if (data instanceof IkmCallback.Suggestions list) {
            return turn.me().isPresent() && ikm.suggestions(turn, list);
        } else if (data instanceof IkmCallback.FollowUp followUp) {
            return turn.me().isPresent() && ikm.followUp(turn, followUp);
        } else if (data instanceof CoachingCallback tap) {
            return coaching.tap(turn, tap);
        } else if (data instanceof DevelopmentCallback tap) {
            return development.tap(turn, tap);
        } else if (data instanceof RecognitionCallback tap) {
            return recognition.tap(turn, tap);
        } else if (data instanceof ObjectionCallback tap) {
            return objection.tap(turn, tap);
        } else if (data instanceof CorrectionCallback tap) {
            return corrections.tap(turn, tap);
        } else if (data instanceof AnnouncementCallback tap) {
            return turn.me().isPresent() && announcements.tap(turn, tap);
        } else if (data instanceof AdminCallback tap) {
            return admin.tap(turn, tap);
        }
        return false;
    }
}
