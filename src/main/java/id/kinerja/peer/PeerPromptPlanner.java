package id.kinerja.peer;

import id.kinerja.account.AccountLanguage;
import id.kinerja.appraisal.Period;
import id.kinerja.appraisal.Periods;
import id.kinerja.calendar.CalendarProperties;
import id.kinerja.employee.AdminScopes;
import id.kinerja.employee.Employee;
import id.kinerja.employee.Employees;
import id.kinerja.outbox.Outbox;
import id.kinerja.outbox.OutgoingMessage;
import id.kinerja.text.Keyboard;
import id.kinerja.text.Language;
import id.kinerja.text.Texts;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Near the deadline of each open period (from {@code prompt-days-before-due} calendar days before it,
 * up to the deadline day), queues one peer prompt per linked employee — dedupe key
 * {@code peer-prompt:<period>:<employee>} — with up to three colleagues chosen by
 * {@link ColleagueSelection}. Units too small for the anonymity threshold get no prompts; HR admins
 * with a linked account are told once per period and unit.
 */
@Service
class PeerPromptPlanner {

    static final String PROMPT_KIND = "PEER_PROMPT";
    static final String SMALL_UNIT_KIND = "PEER_SMALL_UNIT";

    private final JdbcClient jdbc;
    private final Periods periods;
    private final Employees employees;
    private final Outbox outbox;
    private final Texts texts;
    private final RaterPseudonyms pseudonyms;
    private final PeerProperties properties;
    private final CalendarProperties calendar;
    private final PeerPromptMessages messages;
    private final AccountLanguage accountLanguage;

    private final AdminScopes scopes;

    PeerPromptPlanner(JdbcClient jdbc, Periods periods, Employees employees, Outbox outbox, Texts texts,
                      RaterPseudonyms pseudonyms, PeerProperties properties, CalendarProperties calendar,
                      PeerPromptMessages messages, AccountLanguage accountLanguage, AdminScopes scopes) {
        this.scopes = scopes;
        this.jdbc = jdbc;
        this.periods = periods;
        this.employees = employees;
        this.outbox = outbox;
        this.texts = texts;
        this.pseudonyms = pseudonyms;
        this.properties = properties;
        this.calendar = calendar;
        this.messages = messages;
        this.accountLanguage = accountLanguage;
    }

    /** Queues what is due at {@code now}; returns how many messages were queued (0 when all were already). */
    @Transactional
    public int planAt(Instant now) {
        LocalDate today = now.atZone(calendar.zone()).toLocalDate();
        int queued = 0;
        for (Period period : periods.open()) {
            if (!today.isBefore(period.due().minusDays(properties.promptDaysBeforeDue())) && !today.isAfter(period.due())) {
                queued += plan(period, now);
            }
        }
        return queued;
    }

    private int plan(Period period, Instant now) {
        List<Employee> everyone = employees.all();
        Map<Long, List<Employee>> units = everyone.stream().collect(Collectors.groupingBy(Employee::unitId,
                TreeMap::new, Collectors.toList()));
        List<Employee> hr = everyone.stream().filter(e -> e.admin() && e.isLinked()).toList();
        Map<Long, Integer> counts = ratingCounts(period.id());
        Set<Long> prompted = alreadyPrompted(period);
        int queued = 0;
        for (List<Employee> unit : units.values()) {
            List<Employee> members = unit.stream().sorted(Comparator.comparingLong(Employee::id)).toList();
            if (members.size() < properties.threshold() + 1) {
                queued += tellHr(hr, period, members, now);
                continue;
            }
            List<Long> raters = members.stream().filter(Employee::isLinked).map(Employee::id)
                    .filter(id -> !prompted.contains(id)).toList();
            Map<Long, Set<Long>> alreadyRated = new HashMap<>();
            raters.forEach(r -> alreadyRated.put(r, ratedBy(r, period.id())));
            Map<Long, Employee> byId = members.stream().collect(Collectors.toMap(Employee::id, e -> e));
            Map<Long, List<Long>> chosen = ColleagueSelection.choose(members.stream().map(Employee::id).toList(),
                    counts, raters, alreadyRated, PeerProperties.COLLEAGUES_PER_PROMPT,
                    properties.threshold());
            for (Map.Entry<Long, List<Long>> entry : chosen.entrySet()) {
                if (!entry.getValue().isEmpty() && prompt(byId.get(entry.getKey()),
                        entry.getValue().stream().map(byId::get).toList(), period, now)) {
                    queued++;
                }
            }
        }
        return queued;
    }

    private boolean prompt(Employee rater, List<Employee> colleagues, Period period, Instant now) {
        Language language = languageOf(rater.telegramUserId());
        PeerPromptMessages.Message message = messages.prompt(language, period, colleagues);
        return outbox.enqueue(new OutgoingMessage(PROMPT_KIND, "peer-prompt:" + period.code() + ":" + rater.id(),
                rater.telegramUserId(), rater.id(), message.html(), message.keyboard(), now));
    }

    private int tellHr(List<Employee> hr, Period period, List<Employee> members, Instant now) {
        int queued = 0;
        Employee any = members.get(0);
        // only HR whose part of the organisation holds the unit
        List<Long> covering = scopes.adminsCoveringUnit(any.unitId()).stream().map(Employee::id).toList();
        for (Employee admin : hr.stream().filter(a -> covering.contains(a.id())).toList()) {
            Language language = languageOf(admin.telegramUserId());
            String html = texts.get(language, "peer.small_unit", "unit", any.unitName(), "members", members.size(),
                    "needed", properties.threshold() + 1, "period", period.name().in(texts, language));
            if (outbox.enqueue(new OutgoingMessage(SMALL_UNIT_KIND,
                    "peer-small-unit:" + period.code() + ":" + any.unitId() + ":" + admin.id(),
                    admin.telegramUserId(), admin.id(), html, Keyboard.NONE, now))) {
                queued++;
            }
        }
        return queued;
    }

    private Map<Long, Integer> ratingCounts(long periodId) {
        Map<Long, Integer> counts = new HashMap<>();
        jdbc.sql("select ratee_id, count(*) as n from peer_rating where period_id = ? group by ratee_id")
                .param(periodId).query(rs -> {
                    counts.put(rs.getLong("ratee_id"), rs.getInt("n"));
                });
        return counts;
    }

    private Set<Long> ratedBy(long raterId, long periodId) {
        return new HashSet<>(jdbc.sql("select ratee_id from peer_rating where period_id = ? and rater_pseudonym = ?")
                .params(periodId, pseudonyms.of(raterId, periodId)).query(Long.class).list());
    }

    /** Employees already prompted in this period (on an earlier day): their prompt is not planned again. */
    private Set<Long> alreadyPrompted(Period period) {
        String prefix = "peer-prompt:" + period.code() + ":";
        return outbox.queuedKeys(PROMPT_KIND, prefix).stream()
                .map(key -> Long.parseLong(key.substring(prefix.length()))).collect(Collectors.toSet());
    }

    private Language languageOf(long telegramUserId) {
        return accountLanguage.of(telegramUserId);
    }
}
