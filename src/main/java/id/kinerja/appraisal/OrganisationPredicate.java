package id.kinerja.appraisal;

import java.util.Locale;

/**
 * Predikat kinerja organisasi (docs/DOMAIN.md §1): decided by the leadership for the organisation, not computed
 * here; configured as {@code kinerja.recap.organisation-predicate} so that the recap can compare the employees'
 * predicates with it.
 */
public enum OrganisationPredicate {
    ISTIMEWA, BAIK, BUTUH_PERBAIKAN, KURANG, SANGAT_KURANG;

    String textKey() {
        return "sheets_import.organisation." + name().toLowerCase(Locale.ROOT);
    }
}
