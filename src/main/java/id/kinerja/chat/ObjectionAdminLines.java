package id.kinerja.chat;

import id.kinerja.appraisal.Objection;
import id.kinerja.appraisal.Objections;
import id.kinerja.employee.AdminScope;
import id.kinerja.employee.Employee;
import id.kinerja.text.Html;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * HR's /admin lines about open objections of the people in HR's part of the organisation: whose, who decides, by
 * when, and explanations still awaited.
 */
@Component
class ObjectionAdminLines {

    private final Objections objections;
    private final ObjectionCards cards;

    ObjectionAdminLines(Objections objections, ObjectionCards cards) {
        this.objections = objections;
        this.cards = cards;
    }

    /** The open objections of employees in the HR admin's scope. */
    void appendTo(List<String> lines, Turn turn, AdminScope scope) {
        List<Objections.Case> open = objections.open(scope);
        if (open.isEmpty()) {
            return;
        }
        lines.add("");
        lines.add(turn.text("objection.admin_title", "count", open.size()));
        open.stream().limit(AdminScreens.MAX_LINES).forEach(c -> {
            Objection o = c.objection();
            String decider = o.decidedByHr() ? Html.plain(turn.text("objection.decider_hr"))
                    : objections.deciders(o).stream().map(Employee::name).findFirst().orElse("-");
            List<String> pending = new ArrayList<>();
            c.explanations().stream().filter(e -> !e.answered()).forEach(e -> pending.add(turn.text(
                    "objection.admin_pending", "party", cards.partyName(c, e.party(), turn.language()),
                    "due", cards.date(e.dueOn(), turn.language()))));
            lines.add(turn.text("objection.admin_line", "name", c.employee().name(),
                    "period", turn.period(c.period().name()), "decider", decider,
                    "decide_by", cards.date(o.decideBy(), turn.language()))
                    + (pending.isEmpty() ? "" : " " + String.join(" ", pending)));
        });
        if (open.size() > AdminScreens.MAX_LINES) {
            lines.add(turn.text("objection.admin_more", "count", open.size() - AdminScreens.MAX_LINES));
        }
    }
}
