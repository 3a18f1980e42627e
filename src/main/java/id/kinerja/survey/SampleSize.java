package id.kinerja.survey;

import java.math.BigInteger;

/**
 * The minimum number of respondents (docs/DOMAIN.md §8), Krejcie–Morgan from N service users in a year:
 * S = λ²·N·P·Q / (d²·(N−1) + λ²·P·Q) with λ² = 3.841, P = Q = 0.5, d = 0.05, rounded up. Computed in whole
 * numbers (both sides × 100,000: S = 96,025·N / (250·(N−1) + 96,025)), so no rounding error can push a
 * value over a whole number.
 */
public final class SampleSize {

    private static final BigInteger LAMBDA2_PQ = BigInteger.valueOf(96_025); // 3.841 × 0.25 × 100,000
    private static final BigInteger D2 = BigInteger.valueOf(250);            // 0.0025 × 100,000

    private SampleSize() {}

    /** The minimum sample for N yearly service users (N ≥ 1). */
    public static long minimum(long yearlyUsers) {
        if (yearlyUsers < 1) {
            throw new IllegalArgumentException("yearly service users must be at least 1, not " + yearlyUsers);
        }
        BigInteger n = BigInteger.valueOf(yearlyUsers);
        BigInteger numerator = LAMBDA2_PQ.multiply(n);
        BigInteger denominator = D2.multiply(n.subtract(BigInteger.ONE)).add(LAMBDA2_PQ);
        BigInteger[] qr = numerator.divideAndRemainder(denominator);
        return qr[0].add(qr[1].signum() > 0 ? BigInteger.ONE : BigInteger.ZERO).longValueExact();
    }
}
