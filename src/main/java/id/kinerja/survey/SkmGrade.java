package id.kinerja.survey;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * The grade of an IKM (docs/DOMAIN.md §5): the quality of service A–D and the unit's performance label. Each
 * grade starts at its lower bound, applied with {@code ≥} to the IKM already rounded to 2 decimals, so 88.31
 * is A and 88.30 is B. The labels are in bot-scripts/ ({@link #qualityKey()}, {@link #performanceKey()}).
 */
public enum SkmGrade {
    A("88.31"),
    B("76.61"),
    C("65.00"),
    D("0");

    private final BigDecimal from;

    SkmGrade(String from) {
        this.from = new BigDecimal(from);
    }

    /** The lowest rounded IKM with this grade. */
    public BigDecimal from() {
        return from;
    }

    /** The grade of a rounded IKM (25.00–100.00). */
    public static SkmGrade of(BigDecimal roundedIkm) {
        for (SkmGrade grade : values()) {
            if (roundedIkm.compareTo(grade.from) >= 0) {
                return grade;
            }
        }
        return D;
    }

    /** The bot-scripts key of the quality of service ("A"). */
    public String qualityKey() {
        return "survey_grade." + name().toLowerCase(Locale.ROOT) + ".quality";
    }

    /** The bot-scripts key of the unit-performance label ("Sangat Baik"). */
    public String performanceKey() {
        return "survey_grade." + name().toLowerCase(Locale.ROOT) + ".performance";
    }
}
