package io.tearsheet.bench;

import io.tearsheet.Tearsheet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The inputs the benchmarks read: the embedded sample, the seed article of the shared corpus when it is present,
 * and synthetic articles of a given size made by repeating the sample's body with varied quotations.
 */
final class Inputs {
    private Inputs() {
    }

    static byte[] sample() {
        return Tearsheet.sampleText();
    }

    /** The first article of {@code ../shared/corpus} (or {@code -Dtearsheet.shared.dir}), if present. */
    static Optional<byte[]> corpusSeed() {
        Path shared = Path.of(System.getProperty("tearsheet.shared.dir", "../shared"));
        Path corpus = shared.resolve("corpus");
        if (!Files.isDirectory(corpus)) {
            return Optional.empty();
        }
        try (var files = Files.list(corpus)) {
            Optional<Path> first = files.filter(p -> p.toString().endsWith(".txt")).sorted().findFirst();
            return first.isEmpty() ? Optional.empty() : Optional.of(Files.readAllBytes(first.get()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A scraped-article text of about {@code bytes} bytes: the sample's first line, then its body paragraphs repeated
     * (numbered, so that no two paragraphs are identical), then its series note and boilerplate.
     */
    static byte[] synthetic(int bytes) {
        String sample = new String(sample(), StandardCharsets.UTF_8);
        String[] blocks = sample.split("\n\n");
        int bodyStart = 3;
        int bodyEnd = blocks.length - 2;
        StringBuilder text = new StringBuilder(bytes + 4096);
        for (int i = 0; i < bodyStart; i++) {
            text.append(blocks[i]).append("\n\n");
        }
        int round = 0;
        while (text.length() < bytes) {
            for (int i = bodyStart; i < bodyEnd && text.length() < bytes; i++) {
                text.append(blocks[i].replace("said", round % 2 == 0 ? "said" : "added")).append("\n\n");
            }
            round++;
        }
        text.append(blocks[bodyEnd]).append("\n\n").append(blocks[bodyEnd + 1]);
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
