package id.kinerja.survey;

import java.math.BigInteger;

/**
 * The minimum number of respondents (docs/DOMAIN.md §8), Krejcie–Morgan from N service users in a year:
 * S = λ²·N·P·Q / (d²·(N−1) + λ²·P·Q) with λ² = 3.841, P = Q = 0.5, d = 0.05, rounded to the nearest whole
 * number (half up). Computed in whole numbers (both sides × 100,000: S = 96,025·N / (250·(N−1) + 96,025)), so
 * no rounding error can move a value across a half.
 *
 * <p>Nearest, not up: docs/DOMAIN.md §8 says "round up" but its examples are Krejcie and Morgan's published
 * table, which rounds to the nearest: N = 500 gives 217.47, listed as 217 (up would be 218); likewise 400 → 196
 * (196.19) and 50 → 44 (44.34). The examples, and the table offices compare with, win.
 */
public final class SampleSize {

    private static final BigInteger LAMBDA2_PQ = BigInteger.valueOf(96_025); // 3.841 × 0.25 × 100,000
    private static final BigInteger D2 = BigInteger.valueOf(250);            // 0.0025 × 100,000

    private SampleSize() {}

    /** The minimum sample for N yearly service users (N ≥ 1), as Krejcie and Morgan's table lists it. */
    public static long minimum(long yearlyUsers) {
        if (yearlyUsers < 1) {
            throw new IllegalArgumentException("yearly service users must be at least 1, not " + yearlyUsers);
        }
        BigInteger n = BigInteger.valueOf(yearlyUsers);
        BigInteger numerator = LAMBDA2_PQ.multiply(n);
        BigInteger denominator = D2.multiply(n.subtract(BigInteger.ONE)).add(LAMBDA2_PQ);
        // floor((2·num + den) / (2·den)): the nearest whole number, a half going up
        return numerator.shiftLeft(1).add(denominator).divide(denominator.shiftLeft(1)).longValueExact();
    }
}
