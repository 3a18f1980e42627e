package id.kinerja.appraisal;

/** A direct report still waiting for the supervisor's evaluation in a period. */
public record PendingReport(long supervisorId, long employeeId, String employeeName, String position,
                            long periodId) {}
