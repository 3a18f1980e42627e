package id.kinerja.survey;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import id.kinerja.employee.Unit;
import id.kinerja.text.Language;
import id.kinerja.text.Texts;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.springframework.stereotype.Component;

/**
 * The printable poster of a unit's survey (for the counter): a PNG of {@value #WIDTH}×{@value #HEIGHT} pixels
 * (A5 portrait at 150 dpi) with the survey's title, the unit's name, the service's name when there is one, a large
 * QR code of the deep link, a one-line invitation and the link itself in small print. Always in Indonesian (texts
 * {@code survey_poster.*} of bot-scripts). Long names wrap; when the texts need more room the QR code gets smaller,
 * then the letters. Drawn off-screen, so it works on a server without a display.
 */
@Component
public class SurveyPoster {

    public static final int WIDTH = 1240;
    public static final int HEIGHT = 1748;

    private static final int MARGIN = 90;
    private static final int GAP = 36;
    private static final int MAX_QR = 900;
    private static final int MIN_QR = 420;
    /** Modules of white around the code (the QR standard asks for 4). */
    private static final int QUIET_ZONE = 4;
    private static final String FONT = Font.SANS_SERIF;
    private static final Color INK = new Color(0x1A, 0x23, 0x3A);
    private static final Color ACCENT = new Color(0x0B, 0x5C, 0xAD);
    private static final Color MUTED = new Color(0x55, 0x5F, 0x6E);

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private final Texts texts;

    SurveyPoster(Texts texts) {
        this.texts = texts;
    }

    /** The poster for the unit's survey, or for one of its services when {@code service} is not null. */
    public byte[] png(Unit unit, SurveyProperties.Service service, String link) {
        BitMatrix code = qr(link);
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block(text("survey_poster.title", Map.of()), Font.BOLD, 60, ACCENT));
        blocks.add(new Block(unit.name(), Font.BOLD, 68, INK));
        if (service != null) {
            blocks.add(new Block(text("survey_poster.service", Map.of("service", service.name())), Font.PLAIN, 44,
                    INK));
        }
        Block invitation = new Block(text("survey_poster.invitation", Map.of()), Font.BOLD, 40, INK);
        Block small = new Block(link, Font.PLAIN, 26, MUTED);

        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            Layout layout = layout(g, blocks, invitation, small, code.getWidth());
            int y = MARGIN + layout.spare() / 2;
            for (Wrapped head : layout.head()) {
                y = head.draw(g, y) + GAP;
            }
            int scale = layout.qrSize() / code.getWidth();
            int qrSide = scale * code.getWidth();
            drawQr(g, code, (WIDTH - qrSide) / 2, y, scale);
            y += qrSide + GAP;
            y = layout.invitation().draw(g, y) + GAP / 2;
            layout.link().draw(g, y);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode the poster as PNG", e);
        }
        return png.toByteArray();
    }

    /** The poster's texts are always Indonesian; values are inserted as they are (a picture, not HTML). */
    private String text(String key, Map<String, String> values) {
        String template = texts.template(Language.ID, key);
        for (Map.Entry<String, String> value : values.entrySet()) {
            template = template.replace("{" + value.getKey() + "}", value.getValue());
        }
        return template;
    }

    /**
     * Wraps every text and sizes the QR code into the page: the largest code (in whole pixels per module) the texts
     * leave room for; when even the smallest code does not fit, the letters shrink step by step.
     */
    private static Layout layout(Graphics2D g, List<Block> head, Block invitation, Block link, int modules) {
        int width = WIDTH - 2 * MARGIN;
        for (int step = 0; ; step++) {
            double letters = 1.0 - 0.05 * step;
            List<Wrapped> wrappedHead = head.stream().map(b -> b.wrap(g, width, letters)).toList();
            Wrapped wrappedInvitation = invitation.wrap(g, width, letters);
            Wrapped wrappedLink = link.wrap(g, width, letters);
            int texts = wrappedHead.stream().mapToInt(Wrapped::height).sum() + GAP * wrappedHead.size()
                    + GAP + wrappedInvitation.height() + GAP / 2 + wrappedLink.height();
            int room = Math.min(MAX_QR, HEIGHT - 2 * MARGIN - texts);
            int qr = room / modules * modules;
            if (qr >= MIN_QR || letters <= 0.3) {
                if (qr < modules) {
                    throw new IllegalArgumentException("the poster's texts leave no room for the QR code");
                }
                int spare = Math.max(0, HEIGHT - 2 * MARGIN - texts - qr);
                return new Layout(wrappedHead, qr, wrappedInvitation, wrappedLink, spare);
            }
        }
    }

    private static BitMatrix qr(String link) {
        try {
            // size 0: one pixel per module, quiet zone included; the poster scales it by whole pixels
            return new QRCodeWriter().encode(link, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.Q,
                    EncodeHintType.MARGIN, QUIET_ZONE,
                    EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name()));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode " + link + " as a QR code", e);
        }
    }

    private static void drawQr(Graphics2D g, BitMatrix code, int left, int top, int scale) {
        g.setColor(Color.BLACK);
        for (int row = 0; row < code.getHeight(); row++) {
            for (int column = 0; column < code.getWidth(); column++) {
                if (code.get(column, row)) {
                    g.fillRect(left + column * scale, top + row * scale, scale, scale);
                }
            }
        }
    }

    /** @param spare the height left over, shared above and below so the poster's content sits in the middle */
    private record Layout(List<Wrapped> head, int qrSize, Wrapped invitation, Wrapped link, int spare) {}

    /** A text to set centred in one style. */
    private record Block(String text, int style, int size, Color color) {

        Wrapped wrap(Graphics2D g, int width, double letters) {
            Font font = new Font(FONT, style, (int) Math.round(size * letters));
            return new Wrapped(TextWrap.lines(text, g.getFontMetrics(font), width), font, color);
        }
    }

    /** A text broken into lines that each fit the page's width. */
    private record Wrapped(List<String> lines, Font font, Color color) {

        int lineHeight() {
            return (int) Math.ceil(font.getSize() * 1.25);
        }

        int height() {
            return lines.size() * lineHeight();
        }

        /** Draws the lines centred from {@code top}; returns the y below them. */
        int draw(Graphics2D g, int top) {
            g.setFont(font);
            g.setColor(color);
            int y = top;
            for (String line : lines) {
                int lineWidth = g.getFontMetrics().stringWidth(line);
                g.drawString(line, (WIDTH - lineWidth) / 2, y + g.getFontMetrics().getAscent());
                y += lineHeight();
            }
            return y;
        }
    }
}
