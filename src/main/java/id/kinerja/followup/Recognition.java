package id.kinerja.followup;

import java.time.Instant;

/** A supervisor's recognition (apresiasi) of an employee's Sangat Baik in a period. */
public record Recognition(long id, long employeeId, long periodId, long recordedBy, String recordedByName, String note,
                          RecognitionRecommendation recommendation, Instant recordedAt) {}
