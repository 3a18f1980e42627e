package id.kinerja.followup;

import java.time.LocalDate;

/** What an employee asks to record, each field already read by {@link DevelopmentInput}. */
public record DevelopmentEntry(DevelopmentKind kind, String title, String organiser, LocalDate start, LocalDate end,
                               int jp) {}
