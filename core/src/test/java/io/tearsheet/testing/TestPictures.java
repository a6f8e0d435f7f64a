package io.tearsheet.testing;

import io.tearsheet.model.Article;
import io.tearsheet.model.Byline;
import io.tearsheet.model.Figure;
import io.tearsheet.model.Metadata;
import io.tearsheet.model.Paragraph;
import io.tearsheet.model.Section;
import io.tearsheet.model.Text;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Pictures drawn by the tests themselves (no third-party images) and an article whose figures show them, as a page
 * saved "complete" would have them: in a {@code _files} folder beside it.
 */
public final class TestPictures {
    /** The folder a browser saves the page's files in, relative to the page. */
    public static final String FILES = "Harbour clocks_files/";
    /** A PNG with a transparent corner, described by its alternative text. */
    public static final String TOWER = FILES + "tower.png";
    /** A JPEG with a caption but no alternative text. */
    public static final String PIER = FILES + "pier.jpg";
    /** The same JPEG under another name, with only a credit. */
    public static final String PIER_COPY = FILES + "pier copy.jpg";
    /** Named by the page but not saved with it. */
    public static final String MISSING = FILES + "lantern.jpg";

    private TestPictures() {
    }

    /** A clock face on a sky gradient; with {@code alpha}, its corners are transparent. */
    public static BufferedImage drawing(int width, int height, boolean alpha) {
        BufferedImage image = new BufferedImage(width, height,
                alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            if (alpha) {
                g.setColor(new Color(0, 0, 0, 0));
                g.fillRect(0, 0, width, height);
                g.setPaint(new GradientPaint(0, 0, new Color(60, 110, 170), 0, height, new Color(230, 200, 150)));
                g.fillRoundRect(0, 0, width, height, width / 3, height / 3);
            } else {
                g.setPaint(new GradientPaint(0, 0, new Color(60, 110, 170), 0, height, new Color(230, 200, 150)));
                g.fillRect(0, 0, width, height);
            }
            int d = Math.min(width, height) * 2 / 3;
            int x = (width - d) / 2;
            int y = (height - d) / 2;
            g.setColor(new Color(250, 248, 240));
            g.fillOval(x, y, d, d);
            g.setColor(new Color(40, 40, 40));
            g.setStroke(new BasicStroke(Math.max(2, d / 30f)));
            g.drawOval(x, y, d, d);
            g.drawLine(width / 2, height / 2, width / 2, y + d / 6);
            g.drawLine(width / 2, height / 2, x + d * 3 / 4, height / 2);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** A PNG of {@link #drawing}. */
    public static byte[] png(int width, int height, boolean alpha) {
        return encode(drawing(width, height, alpha), "png");
    }

    /** A baseline RGB JPEG of {@link #drawing}. */
    public static byte[] jpeg(int width, int height) {
        return encode(drawing(width, height, false), "jpg");
    }

    /** A GIF of {@link #drawing}. */
    public static byte[] gif(int width, int height) {
        return encode(drawing(width, height, false), "gif");
    }

    /** A 16-bit grey PNG: a horizontal ramp. */
    public static byte[] png16(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_USHORT_GRAY);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.getRaster().setSample(x, y, 0, x * 65535 / Math.max(1, width - 1));
            }
        }
        return encode(image, "png");
    }

    /**
     * The start of a JPEG whose frame has four components (CMYK): enough for anything that reads headers, which is
     * all an exporter should do before refusing it.
     */
    public static byte[] cmykJpegHeader(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xC0, 0, 20, 8,
                (byte) (height >> 8), (byte) height, (byte) (width >> 8), (byte) width, 4});
        for (int c = 1; c <= 4; c++) {
            out.writeBytes(new byte[]{(byte) c, 0x11, 0});
        }
        out.writeBytes(new byte[]{(byte) 0xFF, (byte) 0xD9});
        return out.toByteArray();
    }

    private static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Saves the pictures of {@link #article()} under {@code folder}, as a browser saving the page would. */
    public static void save(Path folder) throws IOException {
        Files.createDirectories(folder.resolve(FILES));
        Files.write(folder.resolve(TOWER), png(240, 320, true));
        byte[] pier = jpeg(480, 270);
        Files.write(folder.resolve(PIER), pier);
        Files.write(folder.resolve(PIER_COPY), pier);
    }

    /**
     * An article with five figures: the tower (PNG, alternative text, caption, credit), the pier (JPEG, caption
     * only), a lantern whose image was not saved, the tower again, and the pier's copy with only a credit.
     */
    public static Article article() {
        return Article.builder()
                .metadata(Metadata.builder().headline("The Harbour Clocks Keep Time Again")
                        .bylines(List.of(new Byline("Mara Lindqvist", null))).language("en").build())
                .section(Section.body(List.of(
                        Paragraph.of("The four clocks on the harbour front were wound again this week, after two"
                                + " winters in which each showed a different hour."),
                        new Figure(TOWER, List.of(new Text("The tower clock, cleaned and wound.")),
                                "Photo: Mara Lindqvist", "A white clock face on a stone tower against a pale sky."),
                        Paragraph.of("Volunteers took turns on the ladders. The work took eleven days."),
                        new Figure(PIER, List.of(new Text("The pier clock at dawn.")), null, null),
                        new Figure(MISSING, List.of(new Text("The lantern that lights the ferry steps.")),
                                "Photo: Harbour Trust", "A brass lantern on a post."),
                        Paragraph.of("The harbour master said the clocks would be checked every Sunday."),
                        new Figure(TOWER, List.of(new Text("The tower clock from the ferry.")), null,
                                "The same clock tower seen from the water."),
                        new Figure(PIER_COPY, List.of(), "Photo: Harbour Trust", null))))
                .build();
    }
}
