package id.kinerja.survey;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The satisfaction index of a set of answers (docs/DOMAIN.md §5): per element the NRR (mean score, 1–4) and
 * its converted score (NRR × 25), and the IKM = 25 × Σ (NRR × 1/9). The arithmetic is exact (fractions of
 * whole numbers): only the values handed out are rounded, each to 2 decimals half up, so the IKM is
 * rounded once, at the end, and never from rounded NRRs.
 *
 * <p>The index is defined over all nine elements with the same weight 1/9: when any element has no answers,
 * that element's NRR is empty and so are the IKM and the grade (never an index over the other eight).
 *
 * @param elements the nine elements in {@link SurveyElement} order, each with its answers and their sum
 */
public record IkmScore(List<ElementScore> elements) {

    private static final BigDecimal TWENTY_FIVE = BigDecimal.valueOf(25);
    private static final int SCALE = 2;

    /** How many answers an element got and their sum (answers score 1–4). */
    public record Tally(long answers, long total) {
        public static final Tally NONE = new Tally(0, 0);

        public Tally {
            if (answers < 0 || total < answers || total > 4 * answers) {
                throw new IllegalArgumentException("not a tally of 1–4 scores: " + answers + " answers, total " + total);
            }
        }

        public Tally plus(Tally other) {
            return new Tally(answers + other.answers, total + other.total);
        }
    }

    /** One element's result; NRR and converted score are empty when the element has no answers. */
    public record ElementScore(SurveyElement element, Tally tally) {

        public boolean answered() {
            return tally.answers() > 0;
        }

        /** The mean score, 2 decimals half up. */
        public Optional<BigDecimal> nrr() {
            return answered() ? Optional.of(divide(BigInteger.valueOf(tally.total()), BigInteger.valueOf(tally.answers())))
                    : Optional.empty();
        }

        /** NRR × 25 from the exact NRR, 2 decimals half up. */
        public Optional<BigDecimal> converted() {
            return answered() ? Optional.of(divide(BigInteger.valueOf(25 * tally.total()), BigInteger.valueOf(tally.answers())))
                    : Optional.empty();
        }

        /** Compares exact NRRs (cross-multiplied); both must be answered. */
        int compareNrr(ElementScore other) {
            return BigInteger.valueOf(tally.total()).multiply(BigInteger.valueOf(other.tally.answers()))
                    .compareTo(BigInteger.valueOf(other.tally.total()).multiply(BigInteger.valueOf(tally.answers())));
        }
    }

    public IkmScore {
        elements = List.copyOf(elements);
        if (elements.size() != SurveyElement.COUNT) {
            throw new IllegalArgumentException("an IKM has nine elements, not " + elements.size());
        }
        for (int i = 0; i < SurveyElement.COUNT; i++) {
            if (elements.get(i).element() != SurveyElement.values()[i]) {
                throw new IllegalArgumentException("elements out of order at " + i);
            }
        }
    }

    /** The score of these tallies; a missing element has no answers. */
    public static IkmScore of(Map<SurveyElement, Tally> tallies) {
        List<ElementScore> elements = new ArrayList<>(SurveyElement.COUNT);
        for (SurveyElement element : SurveyElement.values()) {
            elements.add(new ElementScore(element, tallies.getOrDefault(element, Tally.NONE)));
        }
        return new IkmScore(elements);
    }

    /** No answers at all. */
    public static IkmScore empty() {
        return of(new EnumMap<>(SurveyElement.class));
    }

    public ElementScore element(SurveyElement element) {
        return elements.get(element.ordinal());
    }

    /** Responses counted: the answers of the most answered element (every completed survey answers all nine). */
    public long responses() {
        return elements.stream().mapToLong(e -> e.tally().answers()).max().orElse(0);
    }

    /**
     * The IKM, 25.00–100.00, rounded once to 2 decimals half up from the exact 25/9 × Σ total/answers; empty
     * when any element has no answers.
     */
    public Optional<BigDecimal> ikm() {
        if (!elements.stream().allMatch(ElementScore::answered)) {
            return Optional.empty();
        }
        // Σ t_i/a_i as one fraction over the product of the a_i
        BigInteger numerator = BigInteger.ZERO;
        BigInteger denominator = BigInteger.ONE;
        for (ElementScore e : elements) {
            BigInteger a = BigInteger.valueOf(e.tally().answers());
            BigInteger t = BigInteger.valueOf(e.tally().total());
            numerator = numerator.multiply(a).add(t.multiply(denominator));
            denominator = denominator.multiply(a);
        }
        return Optional.of(divide(numerator.multiply(BigInteger.valueOf(25)),
                denominator.multiply(BigInteger.valueOf(SurveyElement.COUNT))));
    }

    /** The grade of the rounded IKM; empty when the IKM is. */
    public Optional<SkmGrade> grade() {
        return ikm().map(SkmGrade::of);
    }

    /**
     * The answered elements with the lowest exact NRR, at most {@code count}, lowest first; ties in
     * {@link SurveyElement} order.
     */
    public List<ElementScore> weakest(int count) {
        return elements.stream().filter(ElementScore::answered)
                .sorted(((Comparator<ElementScore>) ElementScore::compareNrr)
                        .thenComparing(e -> e.element().ordinal()))
                .limit(count).toList();
    }

    private static BigDecimal divide(BigInteger numerator, BigInteger denominator) {
        // BigDecimal.divide with a scale rounds the exact quotient, once
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), SCALE, RoundingMode.HALF_UP);
    }
}
