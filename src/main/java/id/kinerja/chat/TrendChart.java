package id.kinerja.chat;

import id.kinerja.appraisal.Predicate;
import id.kinerja.appraisal.ScoreCard.TrendPoint;
import id.kinerja.text.Html;
import id.kinerja.text.Language;
import id.kinerja.text.Texts;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * The /skor predicate trend as a PNG line chart, drawn off-screen with plain Java2D: periods from left
 * (oldest) to right, the five predicates as levels from Sangat Kurang (bottom) to Sangat Baik (top).
 * Shows only what /skor shows: period codes and predicates.
 */
final class TrendChart {

    static final int WIDTH = 900;
    static final int HEIGHT = 500;

    private static final Color BACKGROUND = Color.WHITE;
    private static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
    private static final Color LABEL = new Color(0x33, 0x33, 0x33);
    private static final Color LINE = new Color(0x1F, 0x6F, 0xB4);
    private static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 28);
    private static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 20);
    private static final int MARGIN = 24;
    private static final int TOP = 80;
    private static final int BOTTOM = HEIGHT - 60;
    private static final int POINT_RADIUS = 9;

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private TrendChart() {
    }

    /** The chart of a trend (oldest first, at least one point), labelled in the language. */
    static byte[] png(List<TrendPoint> trend, Language language, Texts texts) {
        if (trend.isEmpty()) {
            throw new IllegalArgumentException("a trend chart needs at least one period");
        }
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            draw(g, trend, language, texts);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", out)) {
                throw new IllegalStateException("no PNG writer available");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void draw(Graphics2D g, List<TrendPoint> trend, Language language, Texts texts) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(BACKGROUND);
        g.fillRect(0, 0, WIDTH, HEIGHT);

        g.setColor(LABEL);
        g.setFont(TITLE_FONT);
        g.drawString(Html.plain(texts.get(language, "score.chart_title")), MARGIN, MARGIN + g.getFontMetrics().getAscent());

        g.setFont(LABEL_FONT);
        FontMetrics metrics = g.getFontMetrics();
        Predicate[] levels = Predicate.values();
        int labelWidth = 0;
        for (Predicate predicate : levels) {
            labelWidth = Math.max(labelWidth, metrics.stringWidth(label(predicate, language, texts)));
        }
        int left = MARGIN + labelWidth + 20;
        int right = WIDTH - MARGIN - 30;

        for (Predicate predicate : levels) {
            int y = y(predicate);
            g.setColor(GRID);
            g.setStroke(new BasicStroke(1.5f));
            g.drawLine(left, y, right, y);
            g.setColor(LABEL);
            String text = label(predicate, language, texts);
            g.drawString(text, left - 20 - metrics.stringWidth(text), y + metrics.getAscent() / 2 - 2);
        }

        int[] xs = new int[trend.size()];
        for (int i = 0; i < trend.size(); i++) {
            xs[i] = trend.size() == 1 ? (left + right) / 2
                    : left + 30 + (int) Math.round((right - left - 60) * (double) i / (trend.size() - 1));
            String code = trend.get(i).periodCode();
            g.setColor(LABEL);
            g.drawString(code, xs[i] - metrics.stringWidth(code) / 2, BOTTOM + 28 + metrics.getAscent() / 2);
        }

        g.setColor(LINE);
        g.setStroke(new BasicStroke(5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Path2D.Double line = new Path2D.Double();
        for (int i = 0; i < trend.size(); i++) {
            int y = y(trend.get(i).predicate());
            if (i == 0) {
                line.moveTo(xs[i], y);
            } else {
                line.lineTo(xs[i], y);
            }
        }
        g.draw(line);
        for (int i = 0; i < trend.size(); i++) {
            int y = y(trend.get(i).predicate());
            g.fill(new Ellipse2D.Double(xs[i] - POINT_RADIUS, y - POINT_RADIUS, 2 * POINT_RADIUS, 2 * POINT_RADIUS));
        }
    }

    /** Sangat Baik (first in order of merit) on top, Sangat Kurang at the bottom. */
    private static int y(Predicate predicate) {
        int steps = Predicate.values().length - 1;
        return TOP + (BOTTOM - TOP) * predicate.ordinal() / steps;
    }

    private static String label(Predicate predicate, Language language, Texts texts) {
        return Html.plain(texts.get(language, predicate.textKey()));
    }
}
