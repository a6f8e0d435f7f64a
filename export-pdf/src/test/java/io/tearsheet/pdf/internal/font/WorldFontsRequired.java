package io.tearsheet.pdf.internal.font;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * For tests that need the fonts of tearsheet-fonts-world, which its build copies from Debian's font packages:
 * without them such a test is skipped on a developer's machine, and fails where the environment variable
 * {@code CI} is set, so that continuous integration never passes without having drawn every script.
 */
public final class WorldFontsRequired {
    private WorldFontsRequired() {
    }

    /** Skips (or, under CI, fails) the calling test when no world font is on the class path. */
    public static void check() {
        if (!WorldFonts.installed().isEmpty()) {
            return;
        }
        String why = "tearsheet-fonts-world holds no fonts: apt-get install fonts-noto-core fonts-droid-fallback"
                + " fonts-symbola, then rebuild it";
        if (System.getenv("CI") != null) {
            Assertions.fail(why + " (CI is set, so this test may not be skipped)");
        }
        Assumptions.assumeTrue(false, why);
    }
}
