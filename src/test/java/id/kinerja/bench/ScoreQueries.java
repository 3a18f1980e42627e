package id.kinerja.bench;

import id.kinerja.appraisal.ScoreCards;
import java.util.Arrays;
import java.util.Random;

/** Random employees' score cards read the way /skor reads them ({@link ScoreCards#latestFor}). */
final class ScoreQueries {

    record Result(int lookups, double p50Ms, double p99Ms, double maxMs, int empty) {}

    private final ScoreCards scoreCards;

    ScoreQueries(ScoreCards scoreCards) {
        this.scoreCards = scoreCards;
    }

    Result measure(int employees, int warmUp, int lookups) {
        Random random = new Random(42);
        for (int i = 0; i < warmUp; i++) {
            scoreCards.latestFor(1 + random.nextInt(employees));
        }
        long[] nanos = new long[lookups];
        int empty = 0;
        for (int i = 0; i < lookups; i++) {
            long employee = 1 + random.nextInt(employees);
            long start = System.nanoTime();
            boolean found = scoreCards.latestFor(employee).isPresent();
            nanos[i] = System.nanoTime() - start;
            empty += found ? 0 : 1;
        }
        Arrays.sort(nanos);
        return new Result(lookups, UpdateLoad.percentileMs(nanos, 50), UpdateLoad.percentileMs(nanos, 99),
                nanos[lookups - 1] / 1e6, empty);
    }
}
