package io.tearsheet.spark.internal;

import io.tearsheet.bag.BagVerifier;
import io.tearsheet.io.AtomicFiles;
import io.tearsheet.io.Sha256;
import io.tearsheet.json.JsonExporter;
import io.tearsheet.spark.RawTestFileSystemAccess;
import io.tearsheet.testing.TestArticles;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Hadoop output store on a local file system that follows HDFS's rename rules. */
class HadoopOutputStoreTest {
    private static final byte[] CONTENT = "the ferry leaves at six\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path root;
    private FileSystem fileSystem;

    @BeforeEach
    void openFileSystem() throws IOException {
        fileSystem = RawTestFileSystemAccess.open();
    }

    @Test
    void writesTheFileThenItsSidecarAndKnowsItComplete() throws IOException {
        HadoopOutputStore store = store("1");

        StoredFile written = store.write("json/ab/story.json", CONTENT);

        Path file = root.resolve("json/ab/story.json");
        assertThat(Files.readAllBytes(file)).isEqualTo(CONTENT);
        assertThat(written).isEqualTo(new StoredFile("json/ab/story.json", Sha256.hex(CONTENT), CONTENT.length, true));
        assertThat(AtomicFiles.isComplete(file)).as("the sidecar is in sha256sum form, as core writes it").isTrue();
        assertThat(store.complete("json/ab/story.json")).contains(
                new StoredFile("json/ab/story.json", Sha256.hex(CONTENT), CONTENT.length, false));
        assertThat(entries(root.resolve("json/ab"))).containsExactly("story.json", "story.json.sha256");
    }

    @Test
    void aDamagedOrUnsignedFileIsNotComplete() throws IOException {
        HadoopOutputStore store = store("1");
        store.write("a.json", CONTENT);
        Files.write(root.resolve("a.json"), "changed".getBytes(StandardCharsets.UTF_8));
        store.write("b.json", CONTENT);
        Files.delete(root.resolve("b.json.sha256"));

        assertThat(store.complete("a.json")).isEmpty();
        assertThat(store.complete("b.json")).isEmpty();
        assertThat(store.complete("never.json")).isEmpty();
    }

    @Test
    void anotherAttemptWritingTheSameOutputLeavesOneCopy() throws IOException {
        store("1").write("json/ab/story.json", CONTENT);
        store("2").write("json/ab/story.json", CONTENT);

        assertThat(entries(root.resolve("json/ab"))).containsExactly("story.json", "story.json.sha256");
        assertThat(Files.readAllBytes(root.resolve("json/ab/story.json"))).isEqualTo(CONTENT);
    }

    @Test
    void writingAgainReplacesDifferentContent() throws IOException {
        store("1").write("story.json", "old".getBytes(StandardCharsets.UTF_8));
        store("2").write("story.json", CONTENT);

        assertThat(Files.readAllBytes(root.resolve("story.json"))).isEqualTo(CONTENT);
        assertThat(store("3").complete("story.json")).isPresent();
        assertThat(entries(root)).containsExactly("story.json", "story.json.sha256");
    }

    @Test
    void bagsArriveWholeAndVerify() throws IOException {
        HadoopOutputStore store = store("7");
        List<String> warnings = new ArrayList<>();

        StoredFile bag = store.writeBag("bag/ab/story", TestArticles.everything(), List.of(new JsonExporter()),
                "story.txt", CONTENT, warnings);

        Path folder = root.resolve("bag/ab/story");
        assertThat(BagVerifier.verify(folder).problems()).isEmpty();
        assertThat(bag.sha256()).isEqualTo(Sha256.hex(folder.resolve("tagmanifest-sha512.txt")));
        assertThat(store.completeBag("bag/ab/story")).isPresent();
        assertThat(entries(root.resolve("bag/ab"))).containsExactly("story");

        store("8").writeBag("bag/ab/story", TestArticles.everything(), List.of(new JsonExporter()), "story.txt",
                CONTENT, warnings);
        assertThat(entries(root.resolve("bag/ab"))).containsExactly("story");
        assertThat(entries(folder)).doesNotContain(".story.8.part");
        assertThat(BagVerifier.verify(folder).problems()).isEmpty();
        assertThat(store.completeBag("bag/cd/other")).isEmpty();
    }

    @Test
    void removesOnlyWhatKilledWritersLeft() throws IOException {
        Path folder = Files.createDirectories(root.resolve("json/ab"));
        Files.writeString(folder.resolve("story.json"), "kept");
        Files.writeString(folder.resolve(".story.json.12.part"), "half");
        Files.writeString(folder.resolve(".other.json.3472947239.part"), "half");
        Files.createDirectories(folder.resolve(".bag.55.part/data"));
        Files.writeString(folder.resolve(".keep-me"), "not ours");

        assertThat(store("1").removeStaleTemporaries("json/ab")).isEqualTo(3);
        assertThat(entries(folder)).containsExactly(".keep-me", "story.json");
        assertThat(store("1").removeStaleTemporaries("json/none")).isZero();
    }

    @Test
    void refusesPathsOutsideTheRoot() {
        assertThatThrownBy(() -> store("1").write("../escape.json", CONTENT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store("1").write("/etc/escape.json", CONTENT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private HadoopOutputStore store(String attempt) {
        return new HadoopOutputStore(fileSystem, new org.apache.hadoop.fs.Path(root.toUri().getPath()), attempt);
    }

    private static List<String> entries(Path folder) throws IOException {
        try (var list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
