package io.tearsheet.bag;

import io.tearsheet.export.ArticleExporter;
import io.tearsheet.export.ExportReport;
import io.tearsheet.export.Format;
import io.tearsheet.model.Article;
import io.tearsheet.testing.TestArticles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class BagVerifierTest {
    @TempDir
    Path dir;

    /** A stand-in format so that core can test bags without the real exporters. */
    private static final ArticleExporter HEADLINE = new ArticleExporter() {
        @Override
        public Format format() {
            return new Format("headline", "hl", "text/plain");
        }

        @Override
        public ExportReport export(Article article, OutputStream out) throws IOException {
            out.write(article.metadata().headline().getBytes(StandardCharsets.UTF_8));
            return ExportReport.clean(format());
        }
    };

    private Path bag() throws IOException {
        Path bag = dir.resolve("story");
        BagWriter.builder().exporters(List.of(HEADLINE)).build()
                .write(bag, TestArticles.everything(), "story.txt", "the original".getBytes(StandardCharsets.UTF_8),
                        new ArrayList<>());
        return bag;
    }

    @Test
    void writesAValidBagWithTheRequiredFiles() throws IOException {
        Path bag = bag();

        assertThat(bag.resolve("bagit.txt")).hasContent("BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8");
        assertThat(bag.resolve("data/original/story.txt")).hasContent("the original");
        assertThat(bag.resolve("data/story.hl")).hasContent("Millbrook Bets on the ‘Night Boat’ Again");
        assertThat(Files.readString(bag.resolve("bag-info.txt")))
                .contains("External-Description: Millbrook Bets on the ‘Night Boat’ Again",
                        "Source-URL: https://example.org/news/millbrook-night-boat", "Payload-Oxum: ");
        assertThat(bag.resolve("manifest-sha512.txt")).exists();
        assertThat(bag.resolve("tagmanifest-sha512.txt")).exists();
        assertThat(BagVerifier.verify(bag).problems()).isEmpty();
        try (Stream<Path> siblings = Files.list(dir)) {
            assertThat(siblings).containsExactly(bag);
        }
    }

    @Test
    void bagsAreByteReproducible() throws IOException {
        Path first = bag();
        byte[] manifest = Files.readAllBytes(first.resolve("tagmanifest-sha512.txt"));

        Path second = bag();

        assertThat(Files.readAllBytes(second.resolve("tagmanifest-sha512.txt"))).isEqualTo(manifest);
    }

    @Test
    void reportsAFlippedByte() throws IOException {
        Path bag = bag();
        Path payload = bag.resolve("data/story.hl");
        byte[] bytes = Files.readAllBytes(payload);
        bytes[3] ^= 1;
        Files.write(payload, bytes);

        assertThat(BagVerifier.verify(bag).problems())
                .containsExactly("data/story.hl has been altered (sha512 does not match)");
    }

    @Test
    void reportsMissingAndExtraFiles() throws IOException {
        Path bag = bag();
        Files.delete(bag.resolve("data/original/story.txt"));
        Files.writeString(bag.resolve("data/stowaway.txt"), "x");

        assertThat(BagVerifier.verify(bag).problems()).contains(
                "data/stowaway.txt is in the payload but not in manifest-sha512.txt",
                "data/original/story.txt is missing");
    }

    @Test
    void reportsATamperedTagFile() throws IOException {
        Path bag = bag();
        Files.writeString(bag.resolve("bag-info.txt"), "Payload-Oxum: 1.1\n");

        assertThat(BagVerifier.verify(bag).problems()).contains(
                "bag-info.txt has been altered (sha512 does not match)");
    }

    @Test
    void aFolderWithoutDeclarationIsNotABag() throws IOException {
        Files.createDirectories(dir.resolve("plain/data"));

        assertThat(BagVerifier.verify(dir.resolve("plain")).problems())
                .contains("bagit.txt is missing", "no payload manifest (manifest-ALGORITHM.txt)");
    }
}
