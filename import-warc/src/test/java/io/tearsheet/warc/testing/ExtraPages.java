package io.tearsheet.warc.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The web archive reader's own test pages ({@code src/test/resources/pages}, see the README there). */
public final class ExtraPages {
    private ExtraPages() {
    }

    public static byte[] page(String name) {
        try (InputStream in = ExtraPages.class.getResourceAsStream("/pages/" + name + ".html")) {
            if (in == null) {
                throw new IllegalArgumentException("no test page " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
