package io.tearsheet.export;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** {@link ImageResolver#folder}: a saved page's own files, and nothing else on the disk or the network. */
class FolderImageResolverTest {
    @TempDir
    Path root;
    Path page;
    ImageResolver images;

    @BeforeEach
    void savePage() throws IOException {
        page = Files.createDirectories(root.resolve("saved"));
        Files.createDirectories(page.resolve("Harbour clocks_files"));
        Files.write(page.resolve("Harbour clocks_files/clock tower.png"), TestImages.png(40, 30));
        Files.write(page.resolve("Harbour clocks_files/pier.jpg"), TestImages.jpeg(80, 60, 3));
        Files.write(root.resolve("secret.png"), TestImages.png(1, 1));
        images = ImageResolver.folder(page);
    }

    @Test
    void findsImagesSavedBesideThePageByRelativePath() {
        assertThat(images.find("Harbour clocks_files/clock tower.png")).map(Image::width).contains(40);
        assertThat(images.find("Harbour%20clocks_files/pier.jpg?w=800#top")).map(Image::mediaType)
                .contains(Image.JPEG);
        assertThat(images.find("./Harbour clocks_files/../Harbour clocks_files/pier.jpg")).isPresent();
    }

    @Test
    void findsFileUrisInsideTheFolder() {
        String uri = page.resolve("Harbour clocks_files/pier.jpg").toUri().toString();

        assertThat(images.find(uri)).isPresent();
    }

    @Test
    void neverReadsOutsideTheFolder() {
        assertThat(images.lookup("../secret.png").problem()).contains("outside");
        assertThat(images.lookup("../../etc/passwd").problem()).contains("outside");
        assertThat(images.lookup("/etc/passwd").problem()).contains("outside");
        assertThat(images.lookup("file:///etc/passwd").problem()).contains("outside");
        assertThat(images.lookup(root.resolve("secret.png").toUri().toString()).problem()).contains("outside");
        assertThat(images.lookup(".").problem()).contains("outside");
    }

    @Test
    void doesNotFollowSymbolicLinksOutOfTheFolder() throws IOException {
        Path link = page.resolve("Harbour clocks_files/escape.png");
        try {
            Files.createSymbolicLink(link, root.resolve("secret.png"));
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "symbolic links are not available here");
        }

        assertThat(images.lookup("Harbour clocks_files/escape.png").image()).isEmpty();
        assertThat(images.lookup("Harbour clocks_files/escape.png").problem()).contains("outside");
    }

    @Test
    void neverFetchesFromTheWeb() {
        assertThat(images.lookup("https://news.example/img/pier.jpg").problem()).contains("never fetched");
        assertThat(images.lookup("ftp://news.example/pier.jpg").image()).isEmpty();
    }

    @Test
    void refusesWhatIsNoImageOrTooLarge() throws IOException {
        Files.writeString(page.resolve("Harbour clocks_files/photo.jpg"), "<html>not found</html>");
        Files.write(page.resolve("Harbour clocks_files/huge.png"), TestImages.png(100_000, 100_000));

        assertThat(images.lookup("Harbour clocks_files/photo.jpg").problem()).isEqualTo("is not a JPEG, PNG or GIF");
        assertThat(images.lookup("Harbour clocks_files/huge.png").problem()).contains("megapixels");
        assertThat(ImageResolver.folder(page, new ImageLimits(20, 1_000_000))
                .lookup("Harbour clocks_files/pier.jpg").problem()).isEqualTo("is larger than 20 bytes");
        assertThat(images.lookup("Harbour clocks_files/missing.png").problem()).isEqualTo(
                "was not found next to the input");
        assertThat(images.lookup("Harbour clocks_files").image()).as("a folder").isEmpty();
    }

    @Test
    void decodesBase64DataUris() {
        String uri = "data:image/png;base64," + Base64.getEncoder().encodeToString(TestImages.png(5, 6));

        assertThat(images.find(uri)).map(Image::height).contains(6);
        assertThat(images.find("data:text/html;base64,PGh0bWw+")).isEmpty();
    }

    @Test
    void noneFindsNothingAndAsksForNoNote() {
        ImageLookup lookup = ImageResolver.none().lookup("Harbour clocks_files/pier.jpg");

        assertThat(lookup.image()).isEmpty();
        assertThat(lookup.silent()).isTrue();
    }
}
