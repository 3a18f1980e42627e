package id.kinerja.appraisal;

import java.util.Locale;

/**
 * Predikat kinerja pegawai. {@link #of(Rating, Rating)} is the one place where the rating matrix
 * of PermenPAN-RB 6/2022 (docs/DOMAIN.md §1) lives.
 */
public enum Predicate {
    SANGAT_BAIK, BAIK, BUTUH_PERBAIKAN, KURANG, SANGAT_KURANG;

    /** The "kuadran kinerja": rows are the work-result rating, columns the behaviour rating. */
    public static Predicate of(Rating workResult, Rating behaviour) {
        return switch (workResult) {
            case ABOVE -> switch (behaviour) {
                case BELOW -> KURANG;
                case MEETS -> BAIK;
                case ABOVE -> SANGAT_BAIK;
            };
            case MEETS -> switch (behaviour) {
                case BELOW -> KURANG;
                case MEETS, ABOVE -> BAIK;
            };
            case BELOW -> switch (behaviour) {
                case BELOW -> SANGAT_KURANG;
                case MEETS, ABOVE -> BUTUH_PERBAIKAN;
            };
        };
    }

    public String textKey() {
        return "predicate." + name().toLowerCase(Locale.ROOT);
    }
}
