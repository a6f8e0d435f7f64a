package io.tearsheet.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void writesTheFileAndAChecksumSidecar() throws IOException {
        Path target = dir.resolve("a.json");

        WrittenFile written = AtomicFiles.writeWithChecksum(target, out -> out.write("{}".getBytes(StandardCharsets.UTF_8)));

        assertThat(target).hasContent("{}");
        assertThat(written.size()).isEqualTo(2);
        assertThat(written.sha256()).isEqualTo("44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a");
        assertThat(dir.resolve("a.json.sha256")).hasContent(written.sha256() + "  a.json\n");
        assertThat(AtomicFiles.isComplete(target)).isTrue();
    }

    @Test
    void finishedFilesAreReadableByOthersInEveryFolder() throws IOException {
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class));
        for (String name : List.of("a.json", "b.json", "sub/c.json")) {
            Path target = dir.resolve(name);
            AtomicFiles.write(target, out -> out.write("{}".getBytes(StandardCharsets.UTF_8)));
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-r--r--");
        }
    }

    @Test
    void aFailedWriteLeavesNoFileAndNoTemporary() throws IOException {
        Path target = dir.resolve("a.pdf");

        assertThatThrownBy(() -> AtomicFiles.writeWithChecksum(target, out -> {
            out.write(new byte[1000]);
            throw new IOException("disk full");
        })).hasMessage("disk full");

        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aFailedRewriteKeepsThePreviousVersion() throws IOException {
        Path target = dir.resolve("a.txt");
        AtomicFiles.write(target, out -> out.write('1'));

        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write('2');
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        assertThat(target).hasContent("1");
    }

    @Test
    void aWriterMayCloseItsStream() throws IOException {
        Path target = dir.resolve("b.txt");

        AtomicFiles.write(target, out -> {
            out.write('x');
            out.close();
        });

        assertThat(target).hasContent("x");
    }

    @Test
    void aTamperedFileIsNotComplete() throws IOException {
        Path target = dir.resolve("c.txt");
        AtomicFiles.writeWithChecksum(target, out -> out.write('x'));
        Files.writeString(target, "y");

        assertThat(AtomicFiles.isComplete(target)).isFalse();
    }
}
