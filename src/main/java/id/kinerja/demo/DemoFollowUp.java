package id.kinerja.demo;

import id.kinerja.appraisal.Objections;
import id.kinerja.appraisal.Period;
import id.kinerja.appraisal.Periods;
import id.kinerja.appraisal.Predicate;
import id.kinerja.appraisal.Rating;
import id.kinerja.employee.Employee;
import id.kinerja.employee.Employees;
import id.kinerja.employee.Nip;
import id.kinerja.followup.CoachingDates;
import id.kinerja.followup.CoachingKind;
import id.kinerja.followup.CoachingPlans;
import id.kinerja.followup.DevelopmentEntry;
import id.kinerja.followup.DevelopmentHours;
import id.kinerja.followup.DevelopmentKind;
import id.kinerja.spreadsheet.CsvTable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What follows the demo's appraisals, written through the same use cases people use in the chat: a coaching plan
 * for the first employee with a low predicate in the last closed period (by that employee's supervisor), a decided
 * objection of another employee of that period (decided by the rater's supervisor, who changes the ratings), and
 * competence development activities for several people.
 */
@Component
class DemoFollowUp {

    private final Employees employees;
    private final Periods periods;
    private final CoachingPlans coaching;
    private final CoachingDates coachingDates;
    private final Objections objections;
    private final DevelopmentHours development;

    DemoFollowUp(Employees employees, Periods periods, CoachingPlans coaching, CoachingDates coachingDates,
            Objections objections, DevelopmentHours development) {
        this.employees = employees;
        this.periods = periods;
        this.coaching = coaching;
        this.coachingDates = coachingDates;
        this.objections = objections;
        this.development = development;
    }

    DemoOffice.FollowUpLoaded load(CsvTable evaluations) {
        String last = DemoAppraisals.PERIODS.stream().filter(DemoAppraisals.Period::closed)
                .reduce((a, b) -> b).orElseThrow().code();
        Period period = periods.byCode(last).orElseThrow();
        List<Employee> low = new ArrayList<>();
        List<Employee> others = new ArrayList<>();
        for (var row : evaluations.rows()) {
            if (!row.get("period").equals(last)) {
                continue;
            }
            Employee employee = employees.byNip(Nip.parse(row.get("nip"))).orElseThrow();
            Predicate predicate = Predicate.of(Rating.valueOf(row.get("work_result")), Rating.valueOf(row.get("behaviour")));
            boolean hasSecondLevel = employee.supervisorId() != null && employees.byId(employee.supervisorId())
                    .map(s -> s.supervisorId() != null).orElse(false);
            if (!hasSecondLevel) {
                continue;
            }
            if (predicate == Predicate.BUTUH_PERBAIKAN || predicate == Predicate.KURANG
                    || predicate == Predicate.SANGAT_KURANG) {
                low.add(employee);
            } else if (!row.get("work_result").equals(Rating.ABOVE.name())) {
                others.add(employee); // a work result the decider can still raise
            }
        }
        int plans = 0;
        if (!low.isEmpty()) {
            Employee coached = low.get(0);
            Employee supervisor = employees.byId(coached.supervisorId()).orElseThrow();
            LocalDate day = coachingDates.options().get(1);
            if (coaching.plan(supervisor, coached.id(), 0, CoachingKind.DIALOG_KINERJA, day,
                    "Susun jadwal kerja mingguan; laporkan kendala berkas setiap Jumat.")
                    instanceof CoachingPlans.PlanResult.Planned) {
                plans++;
            }
        }
        int decided = 0;
        List<Employee> objecting = low.size() > 1 ? low.subList(1, 2) : others.subList(0, Math.min(1, others.size()));
        for (Employee employee : objecting) {
            Objections.Filed filed = objections.file(employee, period.id(), "Tugas tambahan sebagai petugas "
                    + "piket pelayanan selama dua minggu belum diperhitungkan dalam hasil kerja saya.");
            // the decider raises the work result by one level (the extra duty counted), behaviour as it was
            Rating was = filed.filed().objection().originalWorkResult();
            Rating raised = was == Rating.BELOW ? Rating.MEETS : Rating.ABOVE;
            objections.decide(filed.deciders().get(0), filed.filed().objection().id(), raised,
                    filed.filed().objection().originalBehaviour());
            decided++;
        }
        int activities = 0;
        int people = 0;
        int year = development.today().getYear();
        for (DemoPeople.Person person : DemoPeople.ALL) {
            if (person.index() % 3 != 1) {
                continue;
            }
            Employee employee = employees.byNip(Nip.parse(person.nip())).orElseThrow();
            development.record(employee, new DevelopmentEntry(DevelopmentKind.E_LEARNING,
                    "Pelayanan Publik Prima", "BKPSDM Kota Medan", LocalDate.of(year, 3, 10),
                    LocalDate.of(year, 3, 12), 12)).ifPresent(problem -> {
                        throw new IllegalStateException("demo development activity refused: " + problem);
                    });
            activities++;
            people++;
            if (person.index() % 2 == 0) {
                development.record(employee, new DevelopmentEntry(DevelopmentKind.BIMTEK,
                        "Bimbingan Teknis Sasaran Kinerja Pegawai", "Pemerintah Kota Medan", LocalDate.of(year, 8, 4),
                        LocalDate.of(year, 8, 5), 16)).ifPresent(problem -> {
                            throw new IllegalStateException("demo development activity refused: " + problem);
                        });
                activities++;
            }
        }
        return new DemoOffice.FollowUpLoaded(plans, decided, activities, people);
    }
}
