package id.kinerja.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import org.knowm.xchart.style.AxesChartStyler;

/**
 * The look of every chart the bot sends: large type, thick lines, a white background and light
 * horizontal grid lines only, so that a chart shown in a chat on a phone reads without zooming.
 */
final class PhoneStyle {

    static final Color BACKGROUND = Color.WHITE;
    static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
    static final Color LABEL = new Color(0x33, 0x33, 0x33);
    /** The colour of a chart's one series. */
    static final Color SERIES = new Color(0x1F, 0x6F, 0xB4);
    static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 28);
    static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 20);
    static final float LINE_WIDTH = 5f;
    static final int MARKER_SIZE = 18;

    private PhoneStyle() {}

    static void apply(AxesChartStyler styler) {
        styler.setChartBackgroundColor(BACKGROUND);
        styler.setPlotBackgroundColor(BACKGROUND);
        styler.setChartPadding(24);
        styler.setChartTitleFont(TITLE_FONT);
        styler.setChartFontColor(LABEL);
        styler.setChartTitleBoxVisible(false);
        styler.setChartTitlePadding(20);
        styler.setLegendVisible(false);
        styler.setPlotBorderVisible(false);
        styler.setPlotGridVerticalLinesVisible(false);
        styler.setPlotGridLinesColor(GRID);
        styler.setPlotGridLinesStroke(new BasicStroke(1.5f));
        styler.setAxisTickLabelsFont(LABEL_FONT);
        styler.setAxisTickLabelsColor(LABEL);
        styler.setAxisTickPadding(14);
        styler.setYAxisLabelAlignment(AxesChartStyler.TextAlignment.Right); // next to the grid line it names
        styler.setAxisTicksMarksVisible(false);
        styler.setAxisTicksLineVisible(false);
        styler.setAxisTitlesVisible(false);
        styler.setPlotContentSize(0.86);
        styler.setMarkerSize(MARKER_SIZE);
        styler.setAntiAlias(true);
    }
}
