package id.kinerja.appraisal;

/**
 * Published inside the closing transaction once a period is CLOSED. Listeners that must finish with
 * it (the final peer aggregates) join the same transaction, so a failure there leaves the period open.
 */
public record PeriodClosed(long periodId, String code) {}
