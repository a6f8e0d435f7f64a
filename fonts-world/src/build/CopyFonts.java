import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Build step of tearsheet-fonts-world (run by the exec plugin with the JDK's source launcher): copies the fonts
 * listed in {@code fonts.tsv} from the system (Debian's font packages) into the jar's resources and writes the
 * descriptor the PDF exporter reads, {@code META-INF/tearsheet/fonts.tsv}. A font that is missing, or whose
 * bytes differ from the recorded SHA-256, is left out with a warning, so that the module builds on any machine
 * and the jar holds either exactly the recorded fonts or fewer, never others.
 *
 * <p>Usage: {@code java CopyFonts.java LIST OUTPUT-DIRECTORY}
 */
public final class CopyFonts {
    private static final String PACKAGES = "fonts-noto-core fonts-droid-fallback fonts-symbola";
    private static final String FOLDER = "io/tearsheet/fonts/world/";

    public static void main(String[] args) throws IOException, NoSuchAlgorithmException {
        Path list = Path.of(args[0]);
        Path classes = Path.of(args[1]);
        Files.createDirectories(classes.resolve(FOLDER));
        // fonts of an earlier build that this one might leave out
        try (var old = Files.newDirectoryStream(classes.resolve(FOLDER), "*.ttf")) {
            for (Path font : old) {
                Files.delete(font);
            }
        }
        Files.createDirectories(classes.resolve("META-INF/tearsheet"));
        List<String> descriptor = new ArrayList<>();
        descriptor.add("# Fonts for the PDF exporter (tearsheet-fonts-world), one a line, tab-separated: class-path resource"
                + " | scripts | family | weight | style | licence | package and version | SHA-256");
        List<String> problems = new ArrayList<>();
        int listed = 0;
        for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            listed++;
            String[] fields = line.split("\t");
            if (fields.length != 8) {
                throw new IllegalArgumentException("fonts.tsv: expected 8 tab-separated fields in: " + line);
            }
            Path source = Path.of(fields[0]);
            String expected = fields[7];
            if (!Files.isRegularFile(source)) {
                problems.add(source + " is missing");
                continue;
            }
            byte[] bytes = Files.readAllBytes(source);
            String actual = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            if (!actual.equals(expected)) {
                problems.add(source + " is not the recorded version (" + fields[6] + "): SHA-256 " + actual);
                continue;
            }
            String resource = FOLDER + source.getFileName();
            Files.copy(source, classes.resolve(resource), StandardCopyOption.REPLACE_EXISTING);
            fields[0] = resource;
            descriptor.add(String.join("\t", fields));
        }
        Files.write(classes.resolve("META-INF/tearsheet/fonts.tsv"), descriptor, StandardCharsets.UTF_8);
        int copied = descriptor.size() - 1;
        for (String problem : problems) {
            System.out.println("[WARNING] tearsheet-fonts-world: " + problem + "; left out");
        }
        if (!problems.isEmpty()) {
            System.out.println("[WARNING] tearsheet-fonts-world holds " + copied + " of its " + listed
                    + " fonts: install the Debian packages (apt-get install " + PACKAGES + ") and rebuild; the PDF"
                    + " exporter draws scripts without a font as placeholders");
        }
    }
}
