package id.kinerja.admin;

/**
 * Published inside the closing transaction once a period is CLOSED. This is where the final peer
 * aggregates will hook in: a listener that computes them joins the same transaction, so a failure
 * there leaves the period open.
 */
public record PeriodClosed(long periodId, String code) {}
