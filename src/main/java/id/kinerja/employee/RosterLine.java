package id.kinerja.employee;

/** An active employee as a roster lists them: with the name of their supervisor, null when they have none. */
public record RosterLine(Employee employee, String supervisorName) {}
