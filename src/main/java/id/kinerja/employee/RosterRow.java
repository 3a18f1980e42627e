package id.kinerja.employee;

/**
 * One valid roster line. {@code admin} is null when the file does not say (the stored value is kept);
 * {@code parentUnit} and {@code supervisorNip} are null when empty; {@code employment} (PNS or PPPK) is null
 * when the file does not say (the stored value is kept; a new employee is PNS).
 */
record RosterRow(int line, String nip, String name, String position, String unit, String parentUnit,
        String supervisorNip, Boolean admin, Nip.Kind employment) {}
