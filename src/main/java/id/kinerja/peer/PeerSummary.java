package id.kinerja.peer;

import id.kinerja.text.Language;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.List;

/**
 * What colleagues said about one person in one period, only ever built when at least the threshold of
 * distinct raters rated them. Comments are in alphabetical order, never in the order given.
 */
public record PeerSummary(BigDecimal average, int count, List<String> comments) {

    public PeerSummary {
        comments = List.copyOf(comments);
    }

    /** The average with one decimal as people read it: "4,3" / "4.3". */
    public String averageText(Language language) {
        NumberFormat format = NumberFormat.getNumberInstance(language.locale());
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(average.setScale(1, RoundingMode.HALF_UP));
    }
}
