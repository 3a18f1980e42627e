package id.kinerja.audit;

import java.util.List;

/**
 * What one module stores about a person, for the copy a data subject asks for (UU 27/2022 Pasal 7 and 32:
 * {@code /data_saya}). Every module that keeps personal data about employees contributes a bean of this type;
 * the copy is the sections of all of them. A section holds only the person's own data: never whom an anonymous
 * rating or survey answer came from, never another person's personal data beyond the name of an official who
 * acted in their case (the supervisor who rated them).
 */
public interface PersonalDataSource {

    /** The sections about the employee {@code employeeId}, in the order a reader should see them. */
    List<PersonalDataSection> about(long employeeId);
}
