package id.kinerja.chat;

import id.kinerja.appraisal.Compliance;
import id.kinerja.appraisal.Period;
import id.kinerja.appraisal.Periods;
import id.kinerja.appraisal.RecapExport;
import id.kinerja.calendar.WorkingCalendar;
import id.kinerja.employee.Reachability;
import id.kinerja.followup.CoachingOverview;
import id.kinerja.employee.Requester;
import id.kinerja.spreadsheet.ExportFormat;
import id.kinerja.text.Dates;
import id.kinerja.text.Keyboard;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** /admin: HR's daily status of each open period — progress, who is late and by how much, who is unreachable. */
@Component
class AdminScreens {

    static final int MAX_LINES = 15;

    private final Periods periods;
    private final Compliance compliance;
    private final Reachability reachability;
    private final WorkingCalendar calendar;
    private final Clock clock;
    private final RecapExport recaps;
    private final CoachingOverview coaching;
    private final DevelopmentScreens development;
    private final ObjectionAdminLines objectionLines;
    private final CorrectionScreens corrections;

    AdminScreens(Periods periods, Compliance compliance, Reachability reachability, WorkingCalendar calendar,
                 Clock clock, RecapExport recaps, CoachingOverview coaching, DevelopmentScreens development,
                 ObjectionAdminLines objectionLines, CorrectionScreens corrections) {
        this.coaching = coaching;
        this.development = development;
        this.objectionLines = objectionLines;
        this.periods = periods;
        this.compliance = compliance;
        this.reachability = reachability;
        this.calendar = calendar;
        this.clock = clock;
        this.recaps = recaps;
        this.corrections = corrections;
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

    /** Coaching still open: how many are unplanned and planned, and each one whose day passed without an outcome. */
    private void coachingLines(Turn turn, List<String> lines) {
        CoachingOverview.Status status = coaching.status();
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
        if (!turn.me().orElseThrow().admin()) {
            turn.say(turn.text("admin.only"));
            return;
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), calendar.zone());
        List<String> lines = new ArrayList<>();
        List<Keyboard.Button> exports = new ArrayList<>();
        List<Period> open = periods.open();
        if (open.isEmpty()) {
            lines.add(turn.text("team.no_open_period"));
        }
        for (Period period : open) {
            Compliance.Status status = compliance.of(period.id());
            int overdueDays = calendar.workingDaysBetween(period.due(), today);
            lines.add(turn.text("admin.period", "period", turn.period(period.name()),
                    "due", Dates.longDate(period.due(), turn.language())));
            lines.add(turn.text("admin.progress", "done", status.evaluated(), "total", status.toEvaluate(),
                    "percent", status.toEvaluate() == 0 ? 100 : 100 * status.evaluated() / status.toEvaluate()));
            if (!status.backlog().isEmpty()) {
                lines.add(turn.text(overdueDays > 0 ? "admin.late_title" : "admin.backlog_title"));
                status.backlog().stream().limit(MAX_LINES).forEach(b -> lines.add(overdueDays > 0
                        ? turn.text("admin.late_line", "name", b.name(), "unit", b.unit(), "pending", b.pending(),
                                "days", overdueDays)
                        : turn.text("admin.backlog_line", "name", b.name(), "unit", b.unit(), "pending", b.pending())));
                if (status.backlog().size() > MAX_LINES) {
                    lines.add(turn.text("admin.more", "count", status.backlog().size() - MAX_LINES));
                }
            }
            exports.add(Keyboard.Button.tap(turn.text("admin.export_button", "period", turn.period(period.name())),
                    new RecapExportCallback(period.id(), ExportFormat.XLSX.extension()).encode()));
            exports.add(Keyboard.Button.tap(turn.text("admin.export_csv_button", "period", turn.period(period.name())),
                    new RecapExportCallback(period.id(), ExportFormat.CSV.extension()).encode()));
            lines.add("");
        }
        lines.add(turn.text("admin.not_linked", "count", reachability.notLinked()));
        List<Reachability.Unreachable> unreachable = reachability.unreachable();
        if (!unreachable.isEmpty()) {
            lines.add(turn.text("admin.unreachable_title"));
            unreachable.stream().limit(MAX_LINES).forEach(u -> lines.add(turn.text("admin.unreachable_line",
                    "name", u.name(), "unit", u.unit(), "reason", turn.text(u.cause().textKey()))));
        }
        coachingLines(turn, lines);
        objectionLines.appendTo(lines, turn);
        corrections.adminLines(turn, lines, exports);
        lines.add("");
        lines.add(turn.text("sheets_import.hint"));
        exports.add(development.adminButton(turn));
        turn.say(String.join("\n", lines), Keyboard.column(exports));
    }
}
