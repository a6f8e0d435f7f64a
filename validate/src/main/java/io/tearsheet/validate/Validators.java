package io.tearsheet.validate;

import io.tearsheet.validate.internal.EpubChecker;
import io.tearsheet.validate.internal.JsonChecker;
import io.tearsheet.validate.internal.PdfChecker;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Checks Tearsheet's outputs with the same validators its tests use: epubcheck (EPUB 3, at usage level),
 * veraPDF (PDF/A-3a and PDF/UA-1 together), and the published JSON Schema of the archive format.
 *
 * <pre>{@code
 * Validation result = Validators.validate(Path.of("out/story.epub"));
 * if (!result.passed()) {
 *     result.findings().forEach(System.out::println);
 * }
 * }</pre>
 *
 * The first EPUB check in a JVM takes several seconds (epubcheck compiles its rules); later ones are fast, so check
 * many files in one JVM. Safe to call from several threads; checks of one kind run one at a time.
 *
 * @since 0.1.0
 */
public final class Validators {
    private Validators() {
    }

    /**
     * Checks {@code file} with the validator for its format, chosen by extension ({@code .epub}, {@code .pdf},
     * {@code .json}) or, failing that, by its first bytes.
     *
     * @throws IOException              when the file cannot be read
     * @throws IllegalArgumentException when the file is none of the three formats
     */
    public static Validation validate(Path file) throws IOException {
        return switch (kind(file)) {
            case "epub" -> EpubChecker.check(file);
            case "pdf" -> PdfChecker.check(file);
            case "json" -> JsonChecker.check(file);
            default -> throw new IllegalArgumentException(file + " is not an EPUB, PDF or Tearsheet JSON file");
        };
    }

    /**
     * Checks a file held in memory, its format told by its first bytes, as {@link #validate(Path)} checks a file;
     * for tests and for callers that never write the file. The validation names the file {@code memory.epub},
     * {@code memory.pdf} or {@code memory.json}.
     *
     * @throws IOException              when the temporary copy epubcheck reads cannot be written
     * @throws IllegalArgumentException when the content is none of the three formats
     */
    public static Validation validate(byte[] content) throws IOException {
        String kind = kind(content, content.length);
        if (kind.equals("unknown")) {
            throw new IllegalArgumentException("the content is not an EPUB, PDF or Tearsheet JSON file");
        }
        Path dir = Files.createTempDirectory("tearsheet-validate");
        Path file = dir.resolve("memory." + kind);
        try {
            Files.write(file, content);
            Validation validation = validate(file);
            return new Validation(file.getFileName(), validation.validator(), validation.findings());
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }

    private static String kind(Path file) throws IOException {
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        for (String extension : new String[]{"epub", "pdf", "json"}) {
            if (name.endsWith("." + extension)) {
                return extension;
            }
        }
        byte[] head = new byte[64];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        return kind(head, n);
    }

    private static String kind(byte[] head, int n) {
        String start = new String(head, 0, Math.min(n, 64), java.nio.charset.StandardCharsets.ISO_8859_1);
        if (start.startsWith("%PDF-")) {
            return "pdf";
        }
        if (start.startsWith("PK") && start.contains("mimetypeapplication/epub+zip")) {
            return "epub";
        }
        if (start.stripLeading().startsWith("{")) {
            return "json";
        }
        return "unknown";
    }
}
