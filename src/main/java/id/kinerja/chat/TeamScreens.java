package id.kinerja.chat;

import id.kinerja.appraisal.PendingEvaluations;
import id.kinerja.appraisal.PendingReport;
import id.kinerja.appraisal.Period;
import id.kinerja.appraisal.Periods;
import id.kinerja.appraisal.TeamMember;
import id.kinerja.appraisal.Teams;
import id.kinerja.employee.Employee;
import id.kinerja.employee.Employees;
import id.kinerja.text.Dates;
import id.kinerja.text.Keyboard;
import id.kinerja.reminder.SnoozeResult;
import id.kinerja.reminder.Snoozing;
import id.kinerja.text.Texts;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** /tugas (/tasks): pending evaluations, each one button away; /tim (/team): the team's status. */
@Component
class TeamScreens {

    static final int MAX_BUTTONS = 30;

    private final PendingEvaluations pending;
    private final Periods periods;
    private final Teams teams;
    private final Snoozing snoozing;
    private final Texts texts;
    private final Clock clock;
    private final Employees employees;
    private final DevelopmentScreens development;
    private final id.kinerja.appraisal.Objections objections;

    TeamScreens(PendingEvaluations pending, Periods periods, Teams teams, Snoozing snoozing, Texts texts, Clock clock,
                Employees employees, DevelopmentScreens development, id.kinerja.appraisal.Objections objections) {
        this.objections = objections;
        this.pending = pending;
        this.development = development;
        this.employees = employees;
        this.periods = periods;
        this.teams = teams;
        this.snoozing = snoozing;
        this.texts = texts;
        this.clock = clock;
    }

    /** "Remind me tomorrow" on a prompt ({@link SnoozeCallback}): only for one's own pending reports. */
    boolean snooze(Turn turn, long periodId) {
        if (turn.me().isEmpty()) {
            return false;
        }
        long me = turn.me().get().id();
        if (pending.forSupervisor(me).stream().noneMatch(r -> r.periodId() == periodId)) {
            return false;
        }
        SnoozeResult result = snoozing.snooze(me, periodId, clock.instant());
        turn.answer(result.message(texts, turn.language()), true);
        return true;
    }

    void tasks(Turn turn) {
        List<PendingReport> reports = pending.forSupervisor(turn.me().orElseThrow().id());
        if (reports.isEmpty()) {
            turn.say(turn.text(employees.hasReports(turn.me().get().id()) ? "tasks.none" : "tasks.no_reports"));
            return;
        }
        Map<Long, List<PendingReport>> byPeriod = new LinkedHashMap<>();
        reports.forEach(r -> byPeriod.computeIfAbsent(r.periodId(), id -> new ArrayList<>()).add(r));
        List<String> lines = new ArrayList<>(List.of(turn.text("tasks.title")));
        List<Keyboard.Button> buttons = new ArrayList<>();
        byPeriod.forEach((periodId, inPeriod) -> {
            Period period = periods.byId(periodId).orElseThrow();
            lines.add(turn.text("tasks.period", "period", turn.period(period.name()),
                    "due", Dates.longDate(period.due(), turn.language()), "count", inPeriod.size()));
            inPeriod.forEach(r -> buttons.add(Keyboard.Button.tap(
                    byPeriod.size() > 1 ? r.employeeName() + " · " + turn.period(period.name()) : r.employeeName(),
                    new EvaluationCallback.Open(r.employeeId(), r.periodId()).encode())));
        });
        lines.add(turn.text("tasks.hint"));
        turn.say(String.join("\n", lines), Keyboard.column(buttons.subList(0, Math.min(MAX_BUTTONS, buttons.size()))));
    }

    void team(Turn turn) {
        Employee me = turn.me().orElseThrow();
        List<Period> open = periods.open();
        if (open.isEmpty()) {
            turn.say(turn.text("team.no_open_period"));
            return;
        }
        List<String> blocks = new ArrayList<>();
        List<Keyboard.Button> buttons = new ArrayList<>();
        for (Period period : open) {
            List<TeamMember> members = teams.of(me.id(), period.id());
            if (members.isEmpty()) {
                turn.say(turn.text("team.none"));
                return;
            }
            java.util.Set<Long> underObjection = objections.openIn(period.id());
            List<String> lines = new ArrayList<>();
            Map<Long, String> jp = development.teamSuffixes(turn, members.stream().map(TeamMember::employeeId).toList());
            lines.add(turn.text("team.title", "period", turn.period(period.name()),
                    "due", Dates.longDate(period.due(), turn.language())));
            for (TeamMember member : members) {
                String status = member.evaluated()
                        ? turn.text("team.done", "name", member.name(),
                                "predicate", turn.text(member.predicate().textKey()))
                        : turn.text("team.pending", "name", member.name());
                if (underObjection.contains(member.employeeId())) {
                    status += turn.text("objection.team_open");
                }
                if (!member.linked()) {
                    status += turn.text("team.unlinked");
                } else if (member.unreachable()) {
                    status += turn.text("team.unreachable");
                }
                lines.add(status + jp.getOrDefault(member.employeeId(), ""));
                buttons.add(Keyboard.Button.tap(turn.text(member.evaluated() ? "team.change" : "team.evaluate",
                        "name", member.name()), new EvaluationCallback.Open(member.employeeId(), period.id()).encode()));
            }
            long done = members.stream().filter(TeamMember::evaluated).count();
            lines.add(turn.text("team.summary", "done", done, "total", members.size()));
            blocks.add(String.join("\n", lines));
        }
        List<Keyboard.Button> shown = new ArrayList<>(buttons.subList(0, Math.min(MAX_BUTTONS, buttons.size())));
        shown.add(Keyboard.Button.tap(turn.text("coaching.team_button"), new CoachingCallback.Team().encode()));
        turn.say(String.join("\n\n", blocks), Keyboard.column(shown));
    }
}
