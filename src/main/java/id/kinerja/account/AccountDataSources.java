package id.kinerja.account;

import id.kinerja.audit.AuditLog;
import id.kinerja.audit.PersonalDataSection;
import id.kinerja.audit.PersonalDataSource;
import id.kinerja.calendar.WorkingCalendar;
import id.kinerja.employee.Employee;
import id.kinerja.employee.Employees;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The account's part of a person's data copy: the Telegram account bound to them and its language
 * ({@code telegram_account}), the correction requests they filed ({@code correction_requests}) and the entries of
 * the processing log whose subject is them ({@code processing_log}, UU 27/2022 Pasal 31–32).
 *
 * <p>In the log, who acted is given as a role (you, your supervisor, HR, another official, the system), never as
 * another person's NIP, and any other employee's NIP or other Telegram account in the details is masked: the
 * copy must not reveal another person's personal data (Pasal 33).
 */
@Component
class AccountDataSources implements PersonalDataSource {

    private static final Pattern EMPLOYEE_REF = Pattern.compile("employee:(\\d{18})");
    private static final Pattern TELEGRAM_REF = Pattern.compile("telegram:(\\d+)");

    private final JdbcClient jdbc;
    private final Employees employees;
    private final CorrectionRequests corrections;
    private final AuditLog audit;
    private final WorkingCalendar calendar;

    AccountDataSources(JdbcClient jdbc, Employees employees, CorrectionRequests corrections, AuditLog audit,
                       WorkingCalendar calendar) {
        this.jdbc = jdbc;
        this.employees = employees;
        this.corrections = corrections;
        this.audit = audit;
        this.calendar = calendar;
    }

    @Override
    public List<PersonalDataSection> about(long employeeId) {
        Optional<Employee> employee = employees.byId(employeeId);
        if (employee.isEmpty()) {
            return List.of();
        }
        return List.of(telegramAccount(employee.get()), correctionRequests(employeeId), processingLog(employee.get()));
    }

    private PersonalDataSection telegramAccount(Employee me) {
        List<List<Object>> rows = new ArrayList<>();
        if (me.telegramUserId() != null) {
            jdbc.sql("""
                            select language, language_chosen, first_seen_at, last_seen_at from telegram_account
                             where telegram_user_id = ?""")
                    .param(me.telegramUserId())
                    .query(rs -> {
                        rows.add(java.util.Arrays.asList(me.telegramUserId(), rs.getString("language"),
                                rs.getBoolean("language_chosen"), day(rs.getTimestamp("first_seen_at")),
                                day(rs.getTimestamp("last_seen_at"))));
                    });
            if (rows.isEmpty()) {
                rows.add(java.util.Arrays.asList(me.telegramUserId(), null, null, null, null));
            }
        }
        return new PersonalDataSection("telegram_account",
                List.of("telegram_user_id", "language", "language_chosen", "first_seen_on", "last_seen_on"), rows);
    }

    private PersonalDataSection correctionRequests(long employeeId) {
        List<List<Object>> rows = new ArrayList<>();
        for (CorrectionRequest r : corrections.of(employeeId)) {
            rows.add(java.util.Arrays.asList(r.number(), r.field().name().toLowerCase(java.util.Locale.ROOT), r.wrong(),
                    r.wanted(), local(r.filedAt()), local(r.dueAt()), r.status().name().toLowerCase(java.util.Locale.ROOT),
                    local(r.answeredAt()), r.reason()));
        }
        return new PersonalDataSection("correction_requests", List.of("number", "field", "what_is_wrong",
                "what_it_should_be", "filed_at", "answer_due_at", "status", "answered_at", "refusal_reason"), rows);
    }

    private PersonalDataSection processingLog(Employee me) {
        List<List<Object>> rows = new ArrayList<>();
        for (AuditLog.Entry entry : audit.about("employee:" + me.nip())) {
            rows.add(java.util.Arrays.asList(local(entry.at()), entry.action(), role(entry.actor(), me),
                    masked(entry.details(), me)));
        }
        return new PersonalDataSection("processing_log", List.of("at", "action", "by", "details"), rows);
    }

    /** Who acted, as a role: the person, their supervisor, HR, another official, or the system. */
    private String role(String actor, Employee me) {
        if (actor == null) {
            return "system";
        }
        if (actor.equals("employee:" + me.nip())
                || me.telegramUserId() != null && actor.equals(AuditLog.telegramActor(me.telegramUserId()))) {
            return "you";
        }
        if (actor.equals("cli")) {
            return "hr";
        }
        Matcher employee = EMPLOYEE_REF.matcher(actor);
        if (employee.matches()) {
            Optional<Employee> other = employees.byNip(new id.kinerja.employee.Nip(employee.group(1)));
            if (other.isPresent() && me.supervisorId() != null && other.get().id() == me.supervisorId()) {
                return "supervisor";
            }
            return other.isPresent() && other.get().admin() ? "hr" : "official";
        }
        return TELEGRAM_REF.matcher(actor).matches() ? "another_telegram_account" : "system";
    }

    /** The details with every NIP but the person's own and every Telegram account but theirs masked. */
    private static String masked(String details, Employee me) {
        if (details == null) {
            return null;
        }
        String own = me.nip().value();
        String employeesMasked = EMPLOYEE_REF.matcher(details)
                .replaceAll(m -> m.group(1).equals(own) ? m.group() : "employee:[other]");
        String ownTelegram = me.telegramUserId() == null ? null : String.valueOf(me.telegramUserId());
        return TELEGRAM_REF.matcher(employeesMasked)
                .replaceAll(m -> m.group(1).equals(ownTelegram) ? m.group() : "telegram:[other]");
    }

    private LocalDateTime local(Instant at) {
        return at == null ? null : LocalDateTime.ofInstant(at, calendar.zone()).withNano(0);
    }

    private LocalDate day(Timestamp at) {
        return at == null ? null : LocalDate.ofInstant(at.toInstant(), calendar.zone());
    }
}
