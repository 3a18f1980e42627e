package id.kinerja.employee;

/** A unit of the organisation; {@code parentId} is null for a top unit. */
public record Unit(long id, String name, Long parentId) {}
