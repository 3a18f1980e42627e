package id.kinerja.appraisal;

import java.time.Instant;

/**
 * Published inside the transaction that wrote an evaluation; the event publication registry keeps it until its
 * listeners ran, so the evaluated employee's notice survives a crash after the commit (docs/ARCHITECTURE.md).
 * {@code at} is the moment of the submit: listeners derive their idempotency keys from it.
 */
public record EvaluationSubmitted(long evaluatorId, long reportId, long periodId, Predicate predicate, boolean changed,
                                  Instant at) {}
