package io.tearsheet.fonts.world;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** What the jar holds: the fonts its list names, byte for byte, described for the PDF exporter, with licences. */
class FontsWorldTest {
    private static List<String[]> described;

    @BeforeAll
    static void read() throws IOException {
        try (InputStream in = FontsWorldTest.class.getClassLoader().getResourceAsStream("META-INF/tearsheet/fonts.tsv")) {
            assertThat(in).as("the descriptor is always written, even with no fonts").isNotNull();
            described = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.startsWith("#") && !line.isBlank()).map(line -> line.split("\t")).toList();
        }
    }

    /** Skipped without the fonts on a developer's machine; under CI (the variable CI set) a failure. */
    private static void requireFonts() {
        if (!described.isEmpty()) {
            return;
        }
        String why = "no fonts were copied: apt-get install fonts-noto-core fonts-droid-fallback fonts-symbola";
        if (System.getenv("CI") != null) {
            Assertions.fail(why + " (CI is set, so this test may not be skipped)");
        }
        Assumptions.assumeTrue(false, why);
    }

    @Test
    void holdsEveryListedFontWithTheRecordedDigest() throws Exception {
        requireFonts();
        List<String> listed = Files.readAllLines(Path.of("fonts.tsv")).stream()
                .filter(line -> !line.startsWith("#") && !line.isBlank()).toList();
        assertThat(described).hasSameSizeAs(listed);
        for (String[] font : described) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(font[0])) {
                assertThat(in).as(font[0]).isNotNull();
                String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
                assertThat(sha256).as(font[0]).isEqualTo(font[7]);
            }
        }
    }

    @Test
    void coversTheWorldsMajorScripts() {
        requireFonts();
        Set<String> scripts = new TreeSet<>();
        for (String[] font : described) {
            scripts.addAll(Arrays.asList(font[1].split(",")));
            assertThat(font[2]).isIn("serif", "sans");
            assertThat(font[3]).isIn("regular", "bold");
            assertThat(font[4]).isIn("upright", "italic");
            for (String script : font[1].split(",")) {
                Character.UnicodeScript.valueOf(script);
            }
        }
        assertThat(scripts).contains("ARABIC", "HEBREW", "DEVANAGARI", "BENGALI", "TAMIL", "THAI", "HAN", "HIRAGANA",
                "KATAKANA", "HANGUL", "GEORGIAN", "ARMENIAN", "ETHIOPIC", "COMMON");
    }

    @Test
    void shipsTheLicenceOfEveryFont() {
        for (String licence : List.of("OFL-1.1", "Apache-2.0", "Symbola")) {
            assertThat(getClass().getClassLoader().getResource("io/tearsheet/fonts/world/licences/" + licence + ".txt"))
                    .as(licence).isNotNull();
        }
        for (String[] font : described) {
            assertThat(getClass().getClassLoader().getResource("io/tearsheet/fonts/world/licences/" + font[5] + ".txt"))
                    .as(font[0] + " is under " + font[5]).isNotNull();
        }
    }
}
