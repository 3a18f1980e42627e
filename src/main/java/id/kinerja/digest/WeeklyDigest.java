package id.kinerja.digest;

import id.kinerja.account.AccountLanguage;
import id.kinerja.appraisal.UnitProgress;
import id.kinerja.calendar.WorkingCalendar;
import id.kinerja.employee.AdminScope;
import id.kinerja.employee.AdminScopes;
import id.kinerja.employee.Employee;
import id.kinerja.employee.Employees;
import id.kinerja.employee.Unit;
import id.kinerja.employee.Units;
import id.kinerja.outbox.Outbox;
import id.kinerja.outbox.OutgoingMessage;
import id.kinerja.text.Dates;
import id.kinerja.text.Keyboard;
import id.kinerja.text.Language;
import id.kinerja.text.Texts;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The weekly digest: every linked HR admin gets, for their {@link AdminScope}, and every linked unit head who is not
 * HR gets, for the subtree of the unit(s) they head ({@link Units#headedBy}), one message a week through the outbox:
 * for each open period the progress per unit ({@link UnitProgress}), the supervisors late by working days, and how
 * many people are not linked yet (they need a link code). Each recipient's week is claimed in {@code digest_sent}
 * in the transaction that queues the message, so it goes out once whatever runs the job how often.
 */
@Service
public class WeeklyDigest {

    static final String KIND = "weekly-digest";
    static final int MAX_UNITS = 40;
    static final int MAX_LATE = 15;

    private final UnitProgress progress;
    private final AdminScopes scopes;
    private final Units units;
    private final Employees employees;
    private final AccountLanguage languages;
    private final Outbox outbox;
    private final DigestSent sent;
    private final DigestProperties properties;
    private final WorkingCalendar calendar;
    private final Texts texts;

    WeeklyDigest(UnitProgress progress, AdminScopes scopes, Units units, Employees employees, AccountLanguage languages,
                 Outbox outbox, DigestSent sent, DigestProperties properties, WorkingCalendar calendar, Texts texts) {
        this.progress = progress;
        this.scopes = scopes;
        this.units = units;
        this.employees = employees;
        this.languages = languages;
        this.outbox = outbox;
        this.sent = sent;
        this.properties = properties;
        this.calendar = calendar;
        this.texts = texts;
    }

    /** Queues the digests of the week {@code now} is in ({@link #week}) not queued yet; returns how many were queued. */
    @Transactional
    public int queueAt(Instant now) {
        LocalDate week = week(now);
        int queued = 0;
        for (Map.Entry<Employee, List<AdminScope>> recipient : recipients().entrySet()) {
            Employee person = recipient.getKey();
            if (!sent.claim(person.id(), week, now)) {
                continue;
            }
            Language language = languages.of(person.telegramUserId());
            if (outbox.enqueue(new OutgoingMessage(KIND, KIND + ":" + person.id() + ":" + week, person.telegramUserId(),
                    person.id(), html(language, week, recipient.getValue()), Keyboard.NONE, now))) {
                queued++;
            }
        }
        return queued;
    }

    /**
     * The digest week {@code now} is in, named by the date of its digest day: the latest digest moment (day and time
     * in the calendar's zone) not after {@code now}. A late run (a misfire the next day) belongs to the same week.
     */
    LocalDate week(Instant now) {
        ZonedDateTime local = now.atZone(calendar.zone());
        LocalDate day = local.toLocalDate().with(TemporalAdjusters.previousOrSame(properties.day()));
        return day.equals(local.toLocalDate()) && local.toLocalTime().isBefore(properties.time()) ? day.minusWeeks(1) : day;
    }

    /** Linked HR admins with their scope, then linked unit heads who are not HR with the subtrees they head. */
    private Map<Employee, List<AdminScope>> recipients() {
        Map<Employee, List<AdminScope>> recipients = new LinkedHashMap<>();
        Map<Long, Employee> linked = new LinkedHashMap<>();
        for (Employee e : employees.all()) {
            if (e.isLinked()) {
                linked.put(e.id(), e);
            }
        }
        for (Employee e : linked.values()) {
            if (e.admin()) {
                recipients.put(e, List.of(scopes.of(e)));
            }
        }
        Map<Long, List<Unit>> headed = new LinkedHashMap<>();
        for (Unit unit : units.all()) {
            for (long head : units.heads(unit.id())) {
                if (linked.containsKey(head) && !linked.get(head).admin()) {
                    headed.computeIfAbsent(head, h -> new ArrayList<>()).add(unit);
                }
            }
        }
        headed.forEach((head, theirs) -> recipients.put(linked.get(head), theirs.stream()
                // a unit below another one they head is in that one's subtree already
                .filter(u -> theirs.stream().noneMatch(other -> other.id() != u.id() && units.within(u.id(), other.id())))
                .map(scopes::subtreeOf).toList()));
        return recipients;
    }

    private String html(Language language, LocalDate week, List<AdminScope> sections) {
        List<String> lines = new ArrayList<>();
        lines.add(texts.get(language, "digest.title", "week", Dates.longDate(week, language)));
        for (AdminScope scope : sections) {
            lines.add("");
            lines.add(texts.get(language, "digest.scope", "scope", scope.root().map(Unit::name)
                    .orElse(texts.get(language, "digest.whole_organisation"))));
            List<UnitProgress.Progress> open = progress.open(scope);
            if (open.isEmpty()) {
                lines.add(texts.get(language, "digest.no_open_period"));
            }
            open.forEach(p -> period(language, p, lines));
            long notLinked = employees.all().stream().filter(e -> scope.covers(e) && !e.isLinked()).count();
            lines.add(texts.get(language, "digest.not_linked", "count", notLinked));
        }
        return String.join("\n", lines);
    }

    private void period(Language language, UnitProgress.Progress p, List<String> lines) {
        lines.add(texts.get(language, "digest.period", "period", p.period().name().in(texts, language),
                "due", Dates.longDate(p.period().due(), language)));
        lines.add(texts.get(language, "digest.totals", "done", p.done(), "total", p.total(),
                "percent", p.total() == 0 ? 100 : 100 * p.done() / p.total(), "pending", p.pending(), "overdue", p.overdue()));
        if (!p.units().isEmpty()) {
            lines.add(texts.get(language, "digest.units_title"));
            p.units().stream().limit(MAX_UNITS).forEach(u -> lines.add("\u00A0\u00A0".repeat(u.depth())
                    + texts.get(language, "digest.unit_line", "unit", u.unit().name(), "done", u.done(), "total", u.total(),
                    "pending", u.pending(), "overdue", u.overdue())));
            if (p.units().size() > MAX_UNITS) {
                lines.add(texts.get(language, "digest.more", "count", p.units().size() - MAX_UNITS));
            }
        }
        List<UnitProgress.SupervisorLine> late = p.supervisors().stream().filter(UnitProgress.SupervisorLine::late).toList();
        if (late.isEmpty()) {
            lines.add(texts.get(language, "digest.none_late"));
            return;
        }
        lines.add(texts.get(language, "digest.late_title"));
        late.stream().limit(MAX_LATE).forEach(s -> lines.add(texts.get(language, "digest.late_line", "name", s.name(),
                "unit", s.unit(), "pending", s.pending(), "days", s.workingDaysLate())));
        if (late.size() > MAX_LATE) {
            lines.add(texts.get(language, "digest.more", "count", late.size() - MAX_LATE));
        }
    }
}
