package id.kinerja.announcement;

import id.kinerja.account.AccountLanguage;
import id.kinerja.audit.AuditLog;
import id.kinerja.employee.AdminScope;
import id.kinerja.employee.AdminScopes;
import id.kinerja.employee.Employee;
import id.kinerja.employee.Employees;
import id.kinerja.employee.Reports;
import id.kinerja.employee.Requester;
import id.kinerja.employee.Unit;
import id.kinerja.employee.Units;
import id.kinerja.outbox.Outbox;
import id.kinerja.outbox.OutgoingMessage;
import id.kinerja.text.ControlCharacters;
import id.kinerja.text.Keyboard;
import id.kinerja.text.Language;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * HR's announcements: written as a draft (one message or several, joined), addressed to an audience inside the
 * writer's {@link AdminScope}, optionally with a "Sudah dibaca" button, and sent once through the outbox to each
 * linked active person of the audience. Every step re-checks that the draft is the writer's, still a draft, and
 * that its unit is still inside the writer's scope, so a forged or stale button changes nothing.
 */
@Service
public class Announcements {

    /** Characters of one announcement; Telegram's limit per message is handled by splitting. */
    public static final int MAX_TEXT = 12000;
    static final String KIND = "announcement";

    /** What is wrong with a text HR typed. */
    public enum TextProblem { EMPTY, TOO_LONG, CONTROL_CHARACTER }

    /** How many of the audience the bot can reach now, and how many are not linked yet. */
    public record Reach(int linked, int notLinked) {}

    /** A sent announcement with what became of it: queued, delivered, acknowledged. */
    public record Standing(Announcement announcement, long queued, long delivered, int acknowledged) {}

    /** The outcome of a tap on "Sudah dibaca". */
    public enum Acknowledgement { RECORDED, ALREADY_RECORDED, NOT_A_RECIPIENT }

    private final AnnouncementStore store;
    private final AdminScopes scopes;
    private final Units units;
    private final Employees employees;
    private final Reports reports;
    private final AccountLanguage languages;
    private final AnnouncementMessage message;
    private final AcknowledgeButtons buttons;
    private final Outbox outbox;
    private final AuditLog audit;
    private final Clock clock;

    Announcements(AnnouncementStore store, AdminScopes scopes, Units units, Employees employees, Reports reports,
                  AccountLanguage languages, AnnouncementMessage message, AcknowledgeButtons buttons, Outbox outbox,
                  AuditLog audit, Clock clock) {
        this.store = store;
        this.scopes = scopes;
        this.units = units;
        this.employees = employees;
        this.reports = reports;
        this.languages = languages;
        this.message = message;
        this.buttons = buttons;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    public static Optional<TextProblem> problem(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(TextProblem.EMPTY);
        }
        if (ControlCharacters.inText(text).isPresent()) {
            return Optional.of(TextProblem.CONTROL_CHARACTER);
        }
        String body = text.strip();
        return body.codePointCount(0, body.length()) > MAX_TEXT ? Optional.of(TextProblem.TOO_LONG) : Optional.empty();
    }

    /** A new draft of {@code hr}; refuses ({@link Requester.NotHr}) anyone without HR rights. */
    @Transactional
    public Announcement draft(Employee hr, String text) {
        Requester.of(hr).requireHr();
        if (problem(text).isPresent()) {
            throw new IllegalArgumentException("announcement text: " + problem(text).get());
        }
        return store.byId(store.insertDraft(hr.id(), text.strip(), clock.instant())).orElseThrow();
    }

    /** What is wrong with the draft once {@code more} is added to it. */
    public static Optional<TextProblem> appendProblem(Announcement draft, String more) {
        return problem(more).or(() -> problem(joined(draft.body(), more)));
    }

    /** Adds a further message to the draft (a long text pasted in several messages); empty when stale. */
    @Transactional
    public Optional<Announcement> append(Employee hr, long id, String more) {
        Optional<Announcement> draft = lockedDraftOf(hr, id).filter(d -> appendProblem(d, more).isEmpty());
        draft.ifPresent(d -> store.updateDraft(id, joined(d.body(), more), d.audience(), d.unitId(), d.withAck()));
        return draft.flatMap(d -> store.byId(id));
    }

    /** The draft if it is {@code hr}'s, still a draft, and {@code hr} still has HR rights. */
    public Optional<Announcement> draftOf(Employee hr, long id) {
        if (!hr.admin()) {
            return Optional.empty();
        }
        return store.byId(id).filter(a -> a.authorId() == hr.id() && a.isDraft());
    }

    /** The units of {@code hr}'s scope, in tree order: the ones an announcement may be addressed to. */
    public List<Unit> unitsInScope(Employee hr) {
        AdminScope scope = scopes.of(hr);
        return units.all().stream().filter(u -> scope.coversUnit(u.id())).toList();
    }

    /** The unit at the top of {@code hr}'s scope; empty for the whole organisation. */
    public Optional<Unit> scopeRoot(Employee hr) {
        return scopes.of(hr).root();
    }

    /**
     * Addresses the draft: everyone or supervisors of the whole scope ({@code unitId} ignored), or everyone of the
     * unit subtree {@code unitId}, which must lie inside the scope. Empty when stale or outside.
     */
    @Transactional
    public Optional<Announcement> address(Employee hr, long id, Audience audience, Long unitId) {
        Optional<Announcement> draft = lockedDraftOf(hr, id);
        if (draft.isEmpty()) {
            return Optional.empty();
        }
        AdminScope scope = scopes.of(hr);
        Long top;
        if (audience == Audience.UNIT) {
            if (unitId == null || !scope.coversUnit(unitId) || units.byId(unitId).isEmpty()) {
                return Optional.empty();
            }
            top = unitId;
        } else {
            top = scope.root().map(Unit::id).orElse(null);
        }
        store.updateDraft(id, draft.get().body(), audience, top, draft.get().withAck());
        return store.byId(id);
    }

    /** Whether the announcement carries a "Sudah dibaca" button; empty when stale or not addressed yet. */
    @Transactional
    public Optional<Announcement> withAcknowledgement(Employee hr, long id, boolean withAck) {
        Optional<Announcement> draft = lockedDraftOf(hr, id).filter(d -> d.audience() != null);
        draft.ifPresent(d -> store.updateDraft(id, d.body(), d.audience(), d.unitId(), withAck));
        return draft.flatMap(d -> store.byId(id));
    }

    /** How many of the draft's audience would get it now. */
    public Reach reach(Employee hr, Announcement draft) {
        List<Employee> people = audience(scopes.of(hr), draft);
        int linked = (int) people.stream().filter(Employee::isLinked).count();
        return new Reach(linked, people.size() - linked);
    }

    /**
     * Sends the draft: one outbox message per linked active person of its audience, each recorded as a recipient;
     * audited. Empty when the draft is not {@code hr}'s, not a draft any more (sent already), not addressed, or its
     * unit left {@code hr}'s scope.
     */
    @Transactional
    public Optional<Announcement> send(Employee hr, long id) {
        Optional<Announcement> draft = lockedDraftOf(hr, id).filter(d -> d.audience() != null);
        if (draft.isEmpty()) {
            return Optional.empty();
        }
        AdminScope scope = scopes.of(hr);
        Announcement a = draft.get();
        if (a.unitId() != null && !scope.coversUnit(a.unitId())) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        int queued = 0;
        for (Employee person : audience(scope, a)) {
            if (!person.isLinked()) {
                continue;
            }
            Language language = languages.of(person.telegramUserId());
            store.addRecipient(id, person.id());
            Keyboard keyboard = a.withAck() ? buttons.forAnnouncement(id, language) : Keyboard.NONE;
            if (outbox.enqueue(new OutgoingMessage(KIND, dedupeKey(id, person.id()), person.telegramUserId(),
                    person.id(), message.html(language, a.body(), hr.name()), keyboard, now))) {
                queued++;
            }
        }
        store.markSent(id, now, queued);
        audit.record(Requester.of(hr).auditActor(), "ANNOUNCEMENT_SENT", "announcement:" + id,
                "audience=" + a.audience() + " unit=" + (a.unitId() == null ? "all" : a.unitId())
                        + " ack=" + a.withAck() + " recipients=" + queued);
        return store.byId(id);
    }

    /** Drops the draft; false when it is not {@code hr}'s draft (sent, cancelled, someone else's). */
    @Transactional
    public boolean cancel(Employee hr, long id) {
        return lockedDraftOf(hr, id).map(d -> store.cancel(id)).orElse(false);
    }

    /** A recipient's "Sudah dibaca": counted once; anyone who did not receive it changes nothing. */
    @Transactional
    public Acknowledgement acknowledge(Employee person, long id) {
        Optional<Announcement> sent = store.byId(id).filter(a -> a.status() == Announcement.Status.SENT && a.withAck());
        if (sent.isEmpty() || !store.isRecipient(id, person.id())) {
            return Acknowledgement.NOT_A_RECIPIENT;
        }
        return store.acknowledge(id, person.id(), clock.instant()) ? Acknowledgement.RECORDED
                : Acknowledgement.ALREADY_RECORDED;
    }

    /** {@code hr}'s latest sent announcements with how many were queued, delivered and acknowledged. */
    public List<Standing> standings(Employee hr, int limit) {
        Requester.of(hr).requireHr();
        List<Announcement> sent = store.sentBy(hr.id(), limit);
        Map<Long, Integer> acked = store.acknowledged(sent.stream().map(Announcement::id).toList());
        return sent.stream().map(a -> {
            Outbox.QueuedAndSent counts = outbox.queuedAndSent(KIND, "announcement:" + a.id() + ":");
            return new Standing(a, counts.queued(), counts.sent(), acked.getOrDefault(a.id(), 0));
        }).toList();
    }

    /** One sent announcement of {@code hr}'s with its counts; empty when it is not theirs. */
    public Optional<Standing> standing(Employee hr, long id) {
        if (!hr.admin()) {
            return Optional.empty();
        }
        return store.byId(id).filter(a -> a.authorId() == hr.id() && a.status() == Announcement.Status.SENT)
                .map(a -> {
                    Outbox.QueuedAndSent counts = outbox.queuedAndSent(KIND, "announcement:" + a.id() + ":");
                    return new Standing(a, counts.queued(), counts.sent(),
                            store.acknowledged(List.of(a.id())).getOrDefault(a.id(), 0));
                });
    }

    private Optional<Announcement> lockedDraftOf(Employee hr, long id) {
        if (!hr.admin()) {
            return Optional.empty();
        }
        return store.lock(id).filter(a -> a.authorId() == hr.id() && a.isDraft());
    }

    /** The active people of the announcement's subtree, inside {@code scope}; supervisors only if so addressed. */
    private List<Employee> audience(AdminScope scope, Announcement a) {
        AdminScope subtree = a.unitId() == null ? scope
                : units.byId(a.unitId()).map(scopes::subtreeOf).orElse(null);
        if (subtree == null || a.audience() == null) {
            return List.of();
        }
        Set<Long> supervisors = a.audience() == Audience.SUPERVISORS
                ? reports.all().stream().map(Reports.Report::supervisorId).collect(Collectors.toSet()) : null;
        return employees.all().stream()
                .filter(e -> e.active() && scope.covers(e) && subtree.covers(e))
                .filter(e -> supervisors == null || supervisors.contains(e.id()))
                .toList();
    }

    private static String joined(String body, String more) {
        return body + "\n" + more.strip();
    }

    static String dedupeKey(long announcementId, long employeeId) {
        return "announcement:" + announcementId + ":" + employeeId;
    }
}
