package id.kinerja.chart;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.BitmapEncoder.BitmapFormat;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.CategorySeries.CategorySeriesRenderStyle;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Charts as PNG bytes, {@value #WIDTH}×{@value #HEIGHT} pixels, in the {@link PhoneStyle}: a line over
 * named levels (a trend of grades) and bars (counts or percentages by category). Drawn off-screen, so it
 * works on a server without a display.
 */
public final class Charts {

    public static final int WIDTH = 900;
    public static final int HEIGHT = 500;

    private static final String SERIES = "series";

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private Charts() {}

    /**
     * A line from left to right through {@code points}, each the index of its level in {@code levels}
     * (index 0 is drawn at the bottom), one point per x label; the levels' names label the y axis.
     */
    public static byte[] levelLine(String title, List<String> xLabels, List<Integer> points, List<String> levels) {
        if (xLabels.isEmpty() || xLabels.size() != points.size()) {
            throw new IllegalArgumentException("a line needs one point per label, at least one: " + xLabels.size()
                    + " labels, " + points.size() + " points");
        }
        for (int point : points) {
            if (point < 0 || point >= levels.size()) {
                throw new IllegalArgumentException("no level " + point + " of " + levels.size());
            }
        }
        CategoryChart chart = chart(title);
        chart.getStyler().setDefaultSeriesRenderStyle(CategorySeriesRenderStyle.Line);
        // the lowest and highest level at the ends of the axis (the plot keeps a margin around them), one grid
        // line per level: ticks at least as far apart as the levels are
        chart.getStyler().setYAxisMin(0.0).setYAxisMax(Math.max(1, levels.size() - 1.0));
        chart.getStyler().setYAxisTickMarkSpacingHint((int) (HEIGHT * 0.6 / levels.size()));
        chart.getStyler().setyAxisTickLabelsFormattingFunction(value -> levelName(value, levels));
        CategorySeries series = chart.addSeries(SERIES, xLabels, points);
        series.setLineWidth(PhoneStyle.LINE_WIDTH);
        series.setLineColor(PhoneStyle.SERIES);
        series.setMarker(SeriesMarkers.CIRCLE);
        series.setMarkerColor(PhoneStyle.SERIES);
        return png(chart);
    }

    /**
     * A line from left to right through numeric {@code values} (null: no value for that label, drawn as a gap),
     * on a y axis from {@code yMin} to {@code yMax}, each value written beside its point.
     */
    public static byte[] line(String title, List<String> xLabels, List<? extends Number> values, double yMin,
                              double yMax) {
        if (xLabels.isEmpty() || xLabels.size() != values.size()) {
            throw new IllegalArgumentException("a line needs one value per label, at least one: " + xLabels.size()
                    + " labels, " + values.size() + " values");
        }
        CategoryChart chart = chart(title);
        chart.getStyler().setDefaultSeriesRenderStyle(CategorySeriesRenderStyle.Line);
        chart.getStyler().setYAxisMin(yMin).setYAxisMax(yMax);
        chart.getStyler().setLabelsVisible(true);
        chart.getStyler().setLabelsFont(PhoneStyle.LABEL_FONT);
        chart.getStyler().setLabelsFontColor(PhoneStyle.LABEL);
        CategorySeries series = chart.addSeries(SERIES, xLabels, values);
        series.setLineWidth(PhoneStyle.LINE_WIDTH);
        series.setLineColor(PhoneStyle.SERIES);
        series.setMarker(SeriesMarkers.CIRCLE);
        series.setMarkerColor(PhoneStyle.SERIES);
        return png(chart);
    }

    /** One bar per category, as high as its value, the value written above it. */
    public static byte[] bars(String title, List<String> categories, List<? extends Number> values) {
        if (categories.isEmpty() || categories.size() != values.size()) {
            throw new IllegalArgumentException("bars need one value per category, at least one: "
                    + categories.size() + " categories, " + values.size() + " values");
        }
        CategoryChart chart = chart(title);
        chart.getStyler().setDefaultSeriesRenderStyle(CategorySeriesRenderStyle.Bar);
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setLabelsVisible(true);
        chart.getStyler().setLabelsFont(PhoneStyle.LABEL_FONT);
        chart.getStyler().setLabelsFontColorAutomaticEnabled(true);
        chart.getStyler().setLabelsFontColorAutomaticLight(PhoneStyle.BACKGROUND);
        chart.getStyler().setLabelsFontColorAutomaticDark(PhoneStyle.LABEL);
        chart.getStyler().setLabelsPosition(0.9);
        chart.getStyler().setAvailableSpaceFill(0.6);
        CategorySeries series = chart.addSeries(SERIES, categories, values);
        series.setFillColor(PhoneStyle.SERIES);
        return png(chart);
    }

    private static CategoryChart chart(String title) {
        CategoryChart chart = new CategoryChart(WIDTH, HEIGHT);
        chart.setTitle(title);
        PhoneStyle.apply(chart.getStyler());
        return chart;
    }

    /**
     * The name of the level a y tick stands on. XChart also draws ticks past both ends of the axis and widens
     * the tick spacing until every label is distinct, so a tick between levels or outside them cannot be
     * labelled "" (two of them would never be distinct: the layout would loop for ever). It gets a few
     * spaces instead, a different number for each position: distinct, and nothing to see.
     */
    static String levelName(double value, List<String> levels) {
        long level = Math.round(value);
        if (Math.abs(value - level) <= 1e-6 && level >= 0 && level < levels.size()) {
            return levels.get((int) level);
        }
        return " ".repeat(1 + (int) Math.floorMod(Math.round((value + 2) * 2), 24L));
    }

    static byte[] png(Chart<?, ?> chart) {
        try {
            return BitmapEncoder.getBitmapBytes(chart, BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
