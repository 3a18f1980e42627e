package id.kinerja.followup;

import java.time.Instant;
import java.time.LocalDate;

/** One recorded competence development activity: {@code jp} lesson hours of 45 minutes. */
public record DevelopmentActivity(long id, long employeeId, DevelopmentKind kind, String title, String organiser,
                                  LocalDate start, LocalDate end, int jp, Instant recordedAt) {}
