package id.kinerja.survey;

import id.kinerja.calendar.WorkingCalendar;
import id.kinerja.employee.Unit;
import id.kinerja.employee.Units;
import id.kinerja.text.ControlCharacters;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A citizen taking the survey (docs/SPEC.md §2.7): opened by a QR payload, one step at a time, resumable,
 * finished by a sealed ballot. Every answer names the survey (its nonce) and the step it answers, so a
 * button of another survey, an earlier step or another account changes nothing. No step stores the
 * Telegram id: the draft sits under a keyed hash, the finished survey in the ballot box.
 */
@Service
public class SurveyTaking {

    /** What a survey shows now: the draft and what its steps need to be drawn. */
    public record View(SurveyDraft draft, Unit unit, List<SurveyProperties.Service> services) {
        public Optional<SurveyProperties.Service> service() {
            return services.stream().filter(s -> s.key().equals(draft.service())).findFirst();
        }
    }

    /** The answer to a QR payload. */
    public sealed interface Opening {
        record Unknown() implements Opening {}
        /** A linked employee of this unit (or one below it): no rating of one's own office. */
        record OwnUnit(Unit unit) implements Opening {}
        record TooMany() implements Opening {}
        record AlreadyAnswered(Unit unit) implements Opening {}
        record Shown(View view, boolean resumed) implements Opening {}
    }

    /** The answer to a tap or a typed suggestion. */
    public sealed interface Outcome {
        /** Not a step of the account's live survey (another survey's button, an old step, a finished one). */
        record Stale() implements Outcome {}
        record Shown(View view) implements Outcome {}
        record AlreadyAnswered(Unit unit) implements Outcome {}
        record TooLong(int max) implements Outcome {}
        /** The text holds a character that cannot be stored (named as U+XXXX); nothing was stored. */
        record HiddenCharacter(String character) implements Outcome {}
        /** {@code cardMessageId}: the survey's message, to take its buttons off (0 when not known). */
        record Finished(Unit unit, Optional<SurveyProperties.Service> service, int cardMessageId) implements Outcome {}
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SurveyLinks links;
    private final SurveyUnits surveyUnits;
    private final Units units;
    private final SurveyDrafts drafts;
    private final SurveyBallots ballots;
    private final WorkingCalendar calendar;
    private final Clock clock;

    SurveyTaking(SurveyLinks links, SurveyUnits surveyUnits, Units units, SurveyDrafts drafts, SurveyBallots ballots,
                 WorkingCalendar calendar, Clock clock) {
        this.links = links;
        this.surveyUnits = surveyUnits;
        this.units = units;
        this.drafts = drafts;
        this.ballots = ballots;
        this.calendar = calendar;
        this.clock = clock;
    }

    /**
     * Opens the survey a QR payload names for this account; {@code employeeUnitId} is the unit of the
     * linked employee, when the account is linked. The same survey, half-finished, resumes where it stopped
     * (under a new nonce, so the buttons of the earlier message stop working).
     */
    @Transactional
    public Opening open(long telegramUserId, String payload, Optional<Long> employeeUnitId) {
        Optional<SurveyLinks.Target> target = links.parse(payload);
        if (target.isEmpty()) {
            return new Opening.Unknown();
        }
        Unit unit = target.get().unit();
        if (employeeUnitId.isPresent() && units.within(employeeUnitId.get(), unit.id())) {
            return new Opening.OwnUnit(unit);
        }
        List<SurveyProperties.Service> services = surveyUnits.services(unit);
        Optional<SurveyDraft> current = drafts.current(telegramUserId);
        if (current.isPresent() && sameSurvey(current.get(), unit, target.get().service())) {
            SurveyDraft resumed = current.get().renamed(nonce());
            drafts.save(telegramUserId, resumed);
            return new Opening.Shown(new View(resumed, unit, services), true);
        }
        String service = target.get().service().map(SurveyProperties.Service::key)
                .orElse(services.isEmpty() ? "" : services.size() == 1 ? services.get(0).key() : null);
        LocalDate today = today();
        if (service != null && ballots.answered(telegramUserId, unit.id(), service, today)) {
            return new Opening.AlreadyAnswered(unit);
        }
        if (!drafts.countStart(telegramUserId, today)) {
            return new Opening.TooMany();
        }
        SurveyDraft draft = new SurveyDraft(nonce(), unit.id(), service, service == null, RespondentProfile.SKIPPED,
                Map.of(), 0, today, 0);
        drafts.save(telegramUserId, draft);
        return new Opening.Shown(new View(draft, unit, services), false);
    }

    /**
     * An answer to the current step, tapped on {@code messageId}: a service by its position, a profile code, or an element's score 1–4.
     * Anything that is not an answer the step offers is stale.
     */
    @Transactional
    public Outcome choose(long telegramUserId, int messageId, String nonce, int step, String value) {
        Optional<SurveyDraft> found = live(telegramUserId, nonce, step, messageId);
        if (found.isEmpty()) {
            return new Outcome.Stale();
        }
        SurveyDraft draft = found.get();
        Unit unit = unitOf(draft);
        List<SurveyProperties.Service> services = surveyUnits.services(unit);
        SurveyDraft answered;
        if (draft.current() instanceof SurveyDraft.Step.Service) {
            Optional<Integer> index = number(value).filter(i -> i >= 0 && i < services.size());
            if (index.isEmpty()) {
                return new Outcome.Stale();
            }
            String key = services.get(index.get()).key();
            if (ballots.answered(telegramUserId, unit.id(), key, draft.startedOn())) {
                drafts.discard(telegramUserId);
                return new Outcome.AlreadyAnswered(unit);
            }
            answered = draft.withService(key);
        } else if (draft.current() instanceof SurveyDraft.Step.Profile profile) {
            if (!profile.item().codes().contains(value)) {
                return new Outcome.Stale();
            }
            answered = draft.withProfile(draft.profile().with(profile.item(), value));
        } else if (draft.current() instanceof SurveyDraft.Step.Element element) {
            Optional<Integer> score = number(value).filter(s -> s >= 1 && s <= 4);
            if (score.isEmpty()) {
                return new Outcome.Stale();
            }
            answered = draft.withScore(element.element(), score.get());
        } else {
            return new Outcome.Stale();
        }
        return advance(telegramUserId, answered.at(step + 1), unit, services);
    }

    /** "Lewati" on a profile item (leaves it empty) or on the suggestion (finishes without one). */
    @Transactional
    public Outcome skip(long telegramUserId, int messageId, String nonce, int step) {
        Optional<SurveyDraft> found = live(telegramUserId, nonce, step, messageId);
        if (found.isEmpty()) {
            return new Outcome.Stale();
        }
        SurveyDraft draft = found.get();
        Unit unit = unitOf(draft);
        if (draft.current() instanceof SurveyDraft.Step.Profile profile) {
            return advance(telegramUserId, draft.withProfile(draft.profile().with(profile.item(), null)).at(step + 1),
                    unit, surveyUnits.services(unit));
        }
        if (draft.current() instanceof SurveyDraft.Step.Suggestion) {
            return finish(telegramUserId, draft, unit, null);
        }
        return new Outcome.Stale();
    }

    /** Back one step; what was answered there stays until it is answered again. */
    @Transactional
    public Outcome back(long telegramUserId, int messageId, String nonce, int step) {
        Optional<SurveyDraft> found = live(telegramUserId, nonce, step, messageId).filter(d -> d.step() > 0);
        if (found.isEmpty()) {
            return new Outcome.Stale();
        }
        SurveyDraft previous = found.get().at(step - 1);
        drafts.save(telegramUserId, previous);
        Unit unit = unitOf(previous);
        return new Outcome.Shown(new View(previous, unit, surveyUnits.services(unit)));
    }

    /** The suggestion or complaint typed at the last step; finishes the survey. */
    @Transactional
    public Outcome suggest(long telegramUserId, String text) {
        Optional<SurveyDraft> found = drafts.current(telegramUserId)
                .filter(d -> d.current() instanceof SurveyDraft.Step.Suggestion);
        if (found.isEmpty()) {
            return new Outcome.Stale();
        }
        String clean = text == null ? "" : text.trim();
        java.util.OptionalInt hidden = ControlCharacters.inText(clean);
        if (hidden.isPresent()) {
            return new Outcome.HiddenCharacter(ControlCharacters.name(hidden.getAsInt()));
        }
        if (clean.codePointCount(0, clean.length()) > SurveyProperties.MAX_SUGGESTION) {
            return new Outcome.TooLong(SurveyProperties.MAX_SUGGESTION);
        }
        return finish(telegramUserId, found.get(), unitOf(found.get()), clean.isEmpty() ? null : clean);
    }

    /** Whether the account's survey is waiting for a typed suggestion (so typed text is meant for it). */
    public boolean awaitsSuggestion(long telegramUserId) {
        return drafts.current(telegramUserId).map(d -> d.current() instanceof SurveyDraft.Step.Suggestion).orElse(false);
    }

    /** /batal: discards the survey in progress; false when there was none. */
    @Transactional
    public boolean cancel(long telegramUserId) {
        return drafts.discard(telegramUserId);
    }

    private Outcome advance(long telegramUserId, SurveyDraft next, Unit unit, List<SurveyProperties.Service> services) {
        drafts.save(telegramUserId, next);
        return new Outcome.Shown(new View(next, unit, services));
    }

    private Outcome finish(long telegramUserId, SurveyDraft draft, Unit unit, String suggestion) {
        drafts.discard(telegramUserId);
        if (!draft.complete()) {
            return new Outcome.Stale();
        }
        CompletedSurvey survey = new CompletedSurvey(unit.id(), draft.service(), draft.startedOn(), draft.profile(),
                draft.scores(), suggestion);
        if (!ballots.cast(telegramUserId, survey)) {
            return new Outcome.AlreadyAnswered(unit);
        }
        return new Outcome.Finished(unit, surveyUnits.service(unit, draft.service()), draft.cardMessageId());
    }

    /** The account's live draft if the tap answers its current step; it remembers the tapped message. */
    private Optional<SurveyDraft> live(long telegramUserId, String nonce, int step, int messageId) {
        return drafts.current(telegramUserId).filter(d -> d.nonce().equals(nonce) && d.step() == step)
                .map(d -> messageId > 0 ? d.shownIn(messageId) : d);
    }

    private Unit unitOf(SurveyDraft draft) {
        return units.byId(draft.unitId()).orElseThrow(() -> new IllegalStateException("the survey's unit is gone"));
    }

    private static boolean sameSurvey(SurveyDraft draft, Unit unit, Optional<SurveyProperties.Service> service) {
        return draft.unitId() == unit.id()
                && service.map(s -> s.key().equals(draft.service()) || draft.askService()).orElse(true);
    }

    private static Optional<Integer> number(String value) {
        return value != null && value.matches("\\d{1,2}") ? Optional.of(Integer.parseInt(value)) : Optional.empty();
    }

    private static String nonce() {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(calendar.zone()));
    }
}
