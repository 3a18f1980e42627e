package id.kinerja.chat;

import id.kinerja.appraisal.Period;
import id.kinerja.appraisal.Periods;
import id.kinerja.appraisal.RecapExport;
import id.kinerja.appraisal.UnitProgress;
import id.kinerja.calendar.WorkingCalendar;
import id.kinerja.employee.AdminScope;
import id.kinerja.employee.AdminScopes;
import id.kinerja.employee.Employee;
import id.kinerja.employee.Reachability;
import id.kinerja.followup.CoachingOverview;
import id.kinerja.employee.Requester;
import id.kinerja.outbox.UnconfirmedMessages;
import id.kinerja.reminder.RemindingAll;
import id.kinerja.spreadsheet.ExportFormat;
import id.kinerja.text.Dates;
import id.kinerja.text.Html;
import id.kinerja.text.Keyboard;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * /admin: HR's daily status of each open period within their scope ({@link AdminScope}) — progress per unit, who is
 * late and by how much, who is not linked or unreachable, messages that may not have arrived — and the actions on
 * it: paging, resending those messages, reminding every supervisor now. Every tap re-reads who asks and their scope.
 */
@Component
class AdminScreens {

    static final int MAX_LINES = 15;
    /** Unit lines per page (per-unit progress) and people per page (not linked / unreachable). */
    static final int UNIT_PAGE = 20;
    static final int PEOPLE_PAGE = 20;
    private static final String INDENT = "\u2003";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Periods periods;
    private final UnitProgress progress;
    private final Reachability reachability;
    private final WorkingCalendar calendar;
    private final Clock clock;
    private final RecapExport recaps;
    private final CoachingOverview coaching;
    private final DevelopmentScreens development;
    private final ObjectionAdminLines objectionLines;
    private final CorrectionScreens corrections;
    private final AdminScopes scopes;
    private final UnconfirmedMessages unconfirmed;
    private final RemindingAll reminding;

    AdminScreens(Periods periods, UnitProgress progress, Reachability reachability, WorkingCalendar calendar,
                 Clock clock, RecapExport recaps, CoachingOverview coaching, DevelopmentScreens development,
                 ObjectionAdminLines objectionLines, CorrectionScreens corrections, AdminScopes scopes,
                 UnconfirmedMessages unconfirmed, RemindingAll reminding) {
        this.coaching = coaching;
        this.development = development;
        this.objectionLines = objectionLines;
        this.periods = periods;
        this.progress = progress;
        this.reachability = reachability;
        this.calendar = calendar;
        this.clock = clock;
        this.recaps = recaps;
        this.corrections = corrections;
        this.scopes = scopes;
        this.unconfirmed = unconfirmed;
        this.reminding = reminding;
    }

    /** {@link RecapExportCallback}: the period's recap as a file, for HR only. The workbook is in HR's language. */
    boolean export(Turn turn, RecapExportCallback tapped) {
        if (turn.me().isEmpty() || !turn.me().get().admin()) {
            return false;
        }
        Optional<Period> period = periods.byId(tapped.periodId());
        if (period.isEmpty()) {
            return false;
        }
        ExportFormat format = ExportFormat.valueOf(tapped.format().toUpperCase(Locale.ROOT));
        Requester hr = Requester.of(turn.me().get());
        RecapExport.ChatFile file = recaps.file(period.get(), format, turn.language(), hr);
        // audited when it has reached the chat, not when it was written
        turn.send(new Reply.SendDocument(turn.chatId(), fileName(period.get(), format), file.content(),
                turn.text("admin.recap_caption", "period", turn.period(period.get().name())),
                turn.text("admin.recap_undelivered"), () -> recaps.delivered(file, hr)));
        return true;
    }

    /** {@code rekap-<period>.xlsx}, with anything but letters, digits, dot and dash in the code as "_". */
    static String fileName(Period period, ExportFormat format) {
        return "rekap-" + period.code().replaceAll("[^A-Za-z0-9.-]", "_") + "." + format.extension();
    }

    /** Coaching still open in scope: how many are unplanned and planned, and each one whose day passed without an outcome. */
    private void coachingLines(Turn turn, List<String> lines, AdminScope scope) {
        CoachingOverview.Status status = coaching.status(scope);
        if (status.unplanned().isEmpty() && status.planned().isEmpty() && status.overdue().isEmpty()) {
            return;
        }
        lines.add(turn.text("coaching.admin_line", "unplanned", status.unplanned().size(),
                "planned", status.planned().size(), "overdue", status.overdue().size()));
        status.overdue().stream().limit(MAX_LINES).forEach(line -> lines.add(turn.text("coaching.admin_overdue_line",
                "name", line.employee(), "supervisor", line.supervisor(),
                "date", Dates.longDate(line.date(), turn.language()))));
        if (status.overdue().size() > MAX_LINES) {
            lines.add(turn.text("admin.more", "count", status.overdue().size() - MAX_LINES));
        }
    }

    void admin(Turn turn) {
        Employee me = turn.me().orElseThrow();
        if (!me.admin()) {
            turn.say(turn.text("admin.only"));
            return;
        }
        AdminScope scope = scopes.of(me);
        List<String> lines = new ArrayList<>();
        List<Keyboard.Button> buttons = new ArrayList<>();
        scope.root().ifPresent(root -> lines.add(turn.text("admin_progress.scope", "unit", root.name())));
        List<UnitProgress.Progress> open = progress.open(scope);
        if (open.isEmpty()) {
            lines.add(turn.text("team.no_open_period"));
        }
        boolean anyPending = false;
        for (UnitProgress.Progress p : open) {
            Period period = p.period();
            lines.add(turn.text("admin.period", "period", turn.period(period.name()),
                    "due", Dates.longDate(period.due(), turn.language())));
            lines.add(turn.text("admin.progress", "done", p.done(), "total", p.total(),
                    "percent", p.total() == 0 ? 100 : 100 * p.done() / p.total()));
            if (!p.units().isEmpty()) {
                lines.add(turn.text("admin_progress.units_title"));
                unitLines(turn, p, 0, lines);
                if (pages(p.units().size(), UNIT_PAGE) > 1) {
                    buttons.add(Keyboard.Button.tap(Html.plain(turn.text("admin_progress.units_more_button",
                            "period", turn.period(period.name()))), new AdminCallback.UnitPage(period.id(), 1, false).encode()));
                }
            }
            if (!p.supervisors().isEmpty()) {
                anyPending = true;
                lines.add(turn.text(p.pastDue() ? "admin.late_title" : "admin.backlog_title"));
                p.supervisors().stream().limit(MAX_LINES).forEach(b -> lines.add(b.late()
                        ? turn.text("admin.late_line", "name", b.name(), "unit", b.unit(), "pending", b.pending(),
                                "days", b.workingDaysLate())
                        : turn.text("admin.backlog_line", "name", b.name(), "unit", b.unit(), "pending", b.pending())));
                if (p.supervisors().size() > MAX_LINES) {
                    lines.add(turn.text("admin.more", "count", p.supervisors().size() - MAX_LINES));
                }
            }
            buttons.add(Keyboard.Button.tap(turn.text("admin.export_button", "period", turn.period(period.name())),
                    new RecapExportCallback(period.id(), ExportFormat.XLSX.extension()).encode()));
            buttons.add(Keyboard.Button.tap(turn.text("admin.export_csv_button", "period", turn.period(period.name())),
                    new RecapExportCallback(period.id(), ExportFormat.CSV.extension()).encode()));
            lines.add("");
        }
        if (anyPending) {
            buttons.add(0, Keyboard.Button.tap(Html.plain(turn.text("admin_progress.remind_button")),
                    new AdminCallback.RemindAsk().encode()));
        }
        int notLinked = reachability.notLinked(scope);
        lines.add(turn.text("admin.not_linked", "count", notLinked));
        List<Reachability.Unreachable> unreachable = reachability.unreachable(scope);
        if (!unreachable.isEmpty()) {
            lines.add(turn.text("admin.unreachable_title"));
            unreachable.stream().limit(MAX_LINES).forEach(u -> lines.add(turn.text("admin.unreachable_line",
                    "name", u.name(), "unit", u.unit(), "reason", turn.text(u.cause().textKey()))));
            if (unreachable.size() > MAX_LINES) {
                lines.add(turn.text("admin.more", "count", unreachable.size() - MAX_LINES));
            }
        }
        if (notLinked + unreachable.size() > 0) {
            buttons.add(Keyboard.Button.tap(Html.plain(turn.text("admin_progress.people_button",
                    "count", notLinked + unreachable.size())), new AdminCallback.People(0, false).encode()));
        }
        unconfirmedLines(turn, Requester.of(me), lines, buttons);
        coachingLines(turn, lines, scope);
        objectionLines.appendTo(lines, turn, scope);
        corrections.adminLines(turn, lines, buttons);
        lines.add("");
        lines.add(turn.text("sheets_import.hint"));
        buttons.add(development.adminButton(turn));
        turn.say(String.join("\n", lines), Keyboard.column(buttons));
    }

    /** Messages about people in scope that may not have arrived, and one button resending exactly those. */
    private void unconfirmedLines(Turn turn, Requester hr, List<String> lines, List<Keyboard.Button> buttons) {
        List<UnconfirmedMessages.Line> open = unconfirmed.inScope(hr);
        if (open.isEmpty()) {
            return;
        }
        lines.add("");
        lines.add(turn.text("admin_progress.unconfirmed_title", "count", open.size()));
        open.stream().limit(MAX_LINES).forEach(u -> lines.add(turn.text("admin_progress.unconfirmed_line",
                "name", u.employee().name(), "unit", u.employee().unitName(), "time", moment(turn, u.queuedAt()))));
        if (open.size() > MAX_LINES) {
            lines.add(turn.text("admin.more", "count", open.size() - MAX_LINES));
        }
        long upTo = open.stream().mapToLong(UnconfirmedMessages.Line::id).max().orElseThrow();
        buttons.add(Keyboard.Button.tap(Html.plain(turn.text("admin_progress.resend_button", "count", open.size())),
                new AdminCallback.Resend(upTo).encode()));
    }

    private String moment(Turn turn, java.time.Instant at) {
        ZonedDateTime local = at.atZone(calendar.zone());
        return Dates.longDate(local.toLocalDate(), turn.language()) + " " + TIME.format(local);
    }

    /** One page of a period's unit lines, sub-units indented below their parent. */
    private static void unitLines(Turn turn, UnitProgress.Progress p, int page, List<String> lines) {
        p.units().stream().skip((long) page * UNIT_PAGE).limit(UNIT_PAGE).forEach(u -> lines.add(turn.text(
                "admin_progress.unit_line", "indent", INDENT.repeat(u.depth()), "unit", u.unit().name(),
                "done", u.done(), "pending", u.pending(), "overdue", u.overdue())));
    }

    private static int pages(int size, int perPage) {
        return Math.max(1, (size + perPage - 1) / perPage);
    }

    /** Every /admin button; false (a stale button, nothing changed) for anyone but an HR admin, or a stale tap. */
    boolean tap(Turn turn, AdminCallback tapped) {
        if (turn.me().isEmpty() || !turn.me().get().admin()) {
            return false;
        }
        Employee me = turn.me().get();
        if (tapped instanceof AdminCallback.UnitPage page) {
            return unitPage(turn, me, page);
        } else if (tapped instanceof AdminCallback.People people) {
            return people(turn, me, people);
        } else if (tapped instanceof AdminCallback.Resend resend) {
            int count = unconfirmed.resend(Requester.of(me), resend.upToId());
            turn.say(count == 0 ? turn.text("admin_progress.resend_none")
                    : turn.text("admin_progress.resent", "count", count));
            return true;
        } else if (tapped instanceof AdminCallback.RemindAsk) {
            return remindAsk(turn, me);
        } else if (tapped instanceof AdminCallback.RemindGo go) {
            return remindGo(turn, me, go);
        } else if (tapped instanceof AdminCallback.RemindCancel) {
            turn.removeButtons(turn.tappedMessageId());
            turn.say(turn.text("admin_progress.remind_cancelled"));
            return true;
        }
        return false;
    }

    private boolean unitPage(Turn turn, Employee me, AdminCallback.UnitPage tapped) {
        Optional<Period> period = periods.byId(tapped.periodId()).filter(Period::isOpen);
        if (period.isEmpty()) {
            return false;
        }
        UnitProgress.Progress p = progress.of(period.get(), scopes.of(me));
        int pages = pages(p.units().size(), UNIT_PAGE);
        int page = Math.min(tapped.page(), pages - 1);
        List<String> lines = new ArrayList<>();
        lines.add(turn.text("admin_progress.units_page_title", "period", turn.period(period.get().name()),
                "page", page + 1, "pages", pages));
        unitLines(turn, p, page, lines);
        List<Keyboard.Button> paging = new ArrayList<>();
        if (page > 0) {
            paging.add(Keyboard.Button.tap(turn.text("admin_progress.previous"),
                    new AdminCallback.UnitPage(period.get().id(), page - 1, true).encode()));
        }
        if (page + 1 < pages) {
            paging.add(Keyboard.Button.tap(turn.text("admin_progress.next"),
                    new AdminCallback.UnitPage(period.get().id(), page + 1, true).encode()));
        }
        show(turn, String.join("\n", lines), paging, tapped.inPlace());
        return true;
    }

    /** Who is not linked, then who is unreachable and why, paged. */
    private boolean people(Turn turn, Employee me, AdminCallback.People tapped) {
        AdminScope scope = scopes.of(me);
        List<String> all = new ArrayList<>();
        reachability.notLinkedPeople(scope).forEach(p -> all.add(turn.text("admin_progress.people_not_linked",
                "name", p.name(), "unit", p.unit())));
        reachability.unreachable(scope).forEach(u -> all.add(turn.text("admin_progress.people_unreachable",
                "name", u.name(), "unit", u.unit(), "reason", turn.text(u.cause().textKey()))));
        if (all.isEmpty()) {
            show(turn, turn.text("admin_progress.people_none"), List.of(), tapped.inPlace());
            return true;
        }
        int pages = pages(all.size(), PEOPLE_PAGE);
        int page = Math.min(tapped.page(), pages - 1);
        List<String> lines = new ArrayList<>();
        lines.add(turn.text("admin_progress.people_title", "count", all.size(), "page", page + 1, "pages", pages));
        lines.addAll(all.subList(page * PEOPLE_PAGE, Math.min(all.size(), (page + 1) * PEOPLE_PAGE)));
        List<Keyboard.Button> paging = new ArrayList<>();
        if (page > 0) {
            paging.add(Keyboard.Button.tap(turn.text("admin_progress.previous"),
                    new AdminCallback.People(page - 1, true).encode()));
        }
        if (page + 1 < pages) {
            paging.add(Keyboard.Button.tap(turn.text("admin_progress.next"),
                    new AdminCallback.People(page + 1, true).encode()));
        }
        show(turn, String.join("\n", lines), paging, tapped.inPlace());
        return true;
    }

    private boolean remindAsk(Turn turn, Employee me) {
        RemindingAll.Reach reach = reminding.preview(Requester.of(me));
        List<String> lines = new ArrayList<>();
        lines.add(reach.toReach() == 0 ? turn.text("admin_progress.remind_nobody")
                : turn.text("admin_progress.remind_confirm", "count", reach.toReach()));
        reachLines(turn, reach, lines);
        Keyboard keyboard = reach.toReach() == 0 ? Keyboard.NONE : Keyboard.of(Keyboard.Button.tap(
                Html.plain(turn.text("admin_progress.remind_yes", "count", reach.toReach())),
                new AdminCallback.RemindGo(today().toEpochDay()).encode()),
                Keyboard.Button.tap(Html.plain(turn.text("admin_progress.remind_cancel")),
                        new AdminCallback.RemindCancel().encode()));
        turn.say(String.join("\n", lines), keyboard);
        return true;
    }

    /** The confirmation: valid on the day it was asked only; the use case reaches nobody twice the same day. */
    private boolean remindGo(Turn turn, Employee me, AdminCallback.RemindGo tapped) {
        if (tapped.epochDay() != today().toEpochDay()) {
            return false;
        }
        RemindingAll.Reach reach = reminding.remindAll(Requester.of(me));
        if (reach.toReach() > 0) {
            turn.removeButtons(turn.tappedMessageId());
        }
        List<String> lines = new ArrayList<>();
        lines.add(reach.toReach() == 0 ? turn.text("admin_progress.remind_again")
                : turn.text("admin_progress.remind_sent", "count", reach.toReach()));
        reachLines(turn, reach, lines);
        turn.say(String.join("\n", lines));
        return true;
    }

    private static void reachLines(Turn turn, RemindingAll.Reach reach, List<String> lines) {
        if (reach.notLinked() > 0) {
            lines.add(turn.text("admin_progress.remind_not_linked", "count", reach.notLinked()));
        }
        if (reach.alreadyToday() > 0) {
            lines.add(turn.text("admin_progress.remind_already", "count", reach.alreadyToday()));
        }
    }

    private static void show(Turn turn, String html, List<Keyboard.Button> paging, boolean inPlace) {
        Keyboard keyboard = paging.isEmpty() ? Keyboard.NONE : Keyboard.of(paging.toArray(Keyboard.Button[]::new));
        if (inPlace) {
            turn.show(html, keyboard);
        } else {
            turn.say(html, keyboard);
        }
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), calendar.zone());
    }
}
