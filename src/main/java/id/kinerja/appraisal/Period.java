package id.kinerja.appraisal;

import java.time.LocalDate;

/** An appraisal period with its evaluation deadline. */
public record Period(long id, String code, Kind kind, LocalDate start, LocalDate end, LocalDate due, Status status) {

    public enum Kind { MONTHLY, QUARTERLY, ANNUAL }

    public enum Status { OPEN, CLOSED }

    public PeriodName name() {
        return new PeriodName(kind, start);
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }
}
