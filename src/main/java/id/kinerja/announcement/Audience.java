package id.kinerja.announcement;

/** Who an announcement goes to, always inside the HR admin's scope. */
public enum Audience {
    /** Every active employee of the scope (or of the unit subtree the announcement names). */
    EVERYONE,
    /** Every active employee of one unit subtree inside the scope. */
    UNIT,
    /** Only those of the scope with someone reporting to them. */
    SUPERVISORS
}
