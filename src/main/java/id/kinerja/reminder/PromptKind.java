package id.kinerja.reminder;

/** What a queued prompt is; stored as the outbox message kind. */
enum PromptKind {
    /** Before the deadline, on a scheduled day. */
    REMINDER,
    /** Before the deadline, on the day the supervisor asked to be reminded again. */
    SNOOZED,
    /** After the deadline, once per working day. */
    OVERDUE,
    /** To a late supervisor's own supervisor. */
    ESCALATION
}
