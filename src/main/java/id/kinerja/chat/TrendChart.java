package id.kinerja.chat;

import id.kinerja.appraisal.Predicate;
import id.kinerja.appraisal.ScoreCard.TrendPoint;
import id.kinerja.chart.Charts;
import id.kinerja.text.Html;
import id.kinerja.text.Language;
import id.kinerja.text.Texts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The /skor predicate trend as a PNG line chart ({@link Charts#levelLine}): periods from left (oldest) to
 * right, the five predicates as levels from Sangat Kurang (bottom) to Sangat Baik (top). Shows only what
 * /skor shows: period codes and predicates.
 */
final class TrendChart {

    static final int WIDTH = Charts.WIDTH;
    static final int HEIGHT = Charts.HEIGHT;

    /** Lowest first: {@link Predicate} is in order of merit, Sangat Baik first. */
    private static final List<Predicate> LEVELS = lowestFirst();

    private TrendChart() {
    }

    /** The chart of a trend (oldest first, at least one point), labelled in the language. */
    static byte[] png(List<TrendPoint> trend, Language language, Texts texts) {
        if (trend.isEmpty()) {
            throw new IllegalArgumentException("a trend chart needs at least one period");
        }
        return Charts.levelLine(Html.plain(texts.get(language, "score.chart_title")),
                trend.stream().map(TrendPoint::periodCode).toList(),
                trend.stream().map(point -> LEVELS.indexOf(point.predicate())).toList(),
                LEVELS.stream().map(predicate -> Html.plain(texts.get(language, predicate.textKey()))).toList());
    }

    private static List<Predicate> lowestFirst() {
        List<Predicate> levels = new ArrayList<>(Arrays.asList(Predicate.values()));
        Collections.reverse(levels);
        return List.copyOf(levels);
    }
}
