package id.kinerja.appraisal;

/** A direct report and where their evaluation stands in a period. */
public record TeamMember(long employeeId, String name, Predicate predicate, boolean linked, boolean unreachable) {

    public boolean evaluated() {
        return predicate != null;
    }
}
