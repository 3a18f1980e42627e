package id.kinerja.appraisal;

import id.kinerja.audit.PersonalDataSection;
import id.kinerja.audit.PersonalDataSource;
import id.kinerja.calendar.CalendarProperties;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The appraisal's part of a person's data copy: the evaluations they received (with the rater's name, an official
 * acting in their case), their own indicators, and their own objections with the explanation they wrote themselves
 * and the decision. Explanations the rater wrote stay out: they are the rater's text, not the person's data.
 */
@Component
class AppraisalPersonalData implements PersonalDataSource {

    private final JdbcClient jdbc;
    private final Objections objections;
    private final ZoneId zone;

    AppraisalPersonalData(JdbcClient jdbc, Objections objections, CalendarProperties calendar) {
        this.jdbc = jdbc;
        this.objections = objections;
        this.zone = calendar.zone();
    }

    @Override
    public List<PersonalDataSection> about(long employeeId) {
        return List.of(evaluations(employeeId), indicators(employeeId), objections(employeeId));
    }

    private PersonalDataSection evaluations(long employeeId) {
        // the rater's name comes from the employee module (its table is not named here)
        List<List<Object>> rows = jdbc.sql("""
                        select p.code, e.work_result, e.behaviour, e.predicate, e.evaluator_id, e.feedback,
                               e.changed_by_objection is not null as changed, e.created_at, e.updated_at
                          from evaluation e join appraisal_period p on p.id = e.period_id
                         where e.employee_id = ? order by p.start_date, p.id""")
                .param(employeeId)
                .query((rs, n) -> Arrays.<Object>asList(rs.getString("code"), rs.getString("work_result"),
                        rs.getString("behaviour"), rs.getString("predicate"), rs.getObject("evaluator_id", Long.class),
                        rs.getString("feedback"), rs.getBoolean("changed"), local(rs.getTimestamp("created_at")),
                        local(rs.getTimestamp("updated_at"))))
                .list();
        rows = rows.stream().map(this::withRaterName).toList();
        return new PersonalDataSection("evaluations", List.of("period", "work_result", "behaviour", "predicate",
                "rater_name", "feedback", "changed_by_objection", "created_at", "updated_at"), rows);
    }

    private List<Object> withRaterName(List<Object> row) {
        List<Object> named = new ArrayList<>(row);
        Long raterId = (Long) row.get(4);
        named.set(4, raterId == null ? null : objections.nameOf(raterId));
        return named;
    }

    private PersonalDataSection indicators(long employeeId) {
        List<List<Object>> rows = jdbc.sql("""
                        select p.code, i.name, i.target, i.unit_of_measure, i.realisation, i.direction, i.weight
                          from indicator i join appraisal_period p on p.id = i.period_id
                         where i.employee_id = ? order by p.start_date, p.id, i.weight desc, i.name""")
                .param(employeeId)
                .query((rs, n) -> Arrays.<Object>asList(rs.getString("code"), rs.getString("name"),
                        rs.getBigDecimal("target"), rs.getString("unit_of_measure"), rs.getBigDecimal("realisation"),
                        rs.getString("direction"), rs.getBigDecimal("weight")))
                .list();
        return new PersonalDataSection("indicators", List.of("period", "name", "target", "unit_of_measure",
                "realisation", "direction", "weight"), rows);
    }

    private PersonalDataSection objections(long employeeId) {
        List<List<Object>> rows = new ArrayList<>();
        for (Objection o : objections.ofEmployee(employeeId)) {
            Objection.Explanation own = objections.explanations(o.id()).stream()
                    .filter(e -> e.party() == ObjectionParty.EMPLOYEE && Objects.equals(e.authorId(), employeeId))
                    .findFirst().orElse(null);
            rows.add(Arrays.asList(objections.periodCode(o.periodId()), local(o.filedAt()), o.reasons(),
                    o.status().name(), o.originalWorkResult().name(), o.originalBehaviour().name(),
                    o.originalPredicate().name(), name(o.decidedWorkResult()), name(o.decidedBehaviour()),
                    o.decidedPredicate() == null ? null : o.decidedPredicate().name(),
                    o.decidedBy() == null ? null : objections.nameOf(o.decidedBy()), local(o.decidedAt()),
                    own == null ? null : own.text(), own == null ? null : local(own.answeredAt())));
        }
        return new PersonalDataSection("objections", List.of("period", "filed_at", "reasons", "status",
                "original_work_result", "original_behaviour", "original_predicate", "decided_work_result",
                "decided_behaviour", "decided_predicate", "decided_by", "decided_at", "my_explanation",
                "my_explanation_at"), rows);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private LocalDateTime local(Timestamp at) {
        return at == null ? null : local(at.toInstant());
    }

    private LocalDateTime local(Instant at) {
        return at == null ? null : LocalDateTime.ofInstant(at, zone).truncatedTo(ChronoUnit.MINUTES);
    }
}
