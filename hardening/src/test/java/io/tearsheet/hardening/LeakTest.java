package io.tearsheet.hardening;

import io.tearsheet.Tearsheet;
import io.tearsheet.export.ArticleExporter;
import io.tearsheet.export.ExportReport;
import io.tearsheet.export.Format;
import io.tearsheet.io.AtomicFiles;
import io.tearsheet.model.Article;
import io.tearsheet.read.ReadException;
import io.tearsheet.testing.TestArticles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Failures leave nothing behind: no temporary file in the folder, no open file handle, no running thread.
 */
@Timeout(180)
class LeakTest {
    @TempDir
    Path dir;

    /** An exporter that writes half of a real export, then fails as a full disk would. */
    record FailingMidway(ArticleExporter real, boolean unchecked) implements ArticleExporter {
        @Override
        public Format format() {
            return real.format();
        }

        @Override
        public ExportReport export(Article article, OutputStream out) throws IOException {
            byte[] bytes = real.toBytes(article);
            out.write(bytes, 0, bytes.length / 2);
            if (unchecked) {
                throw new IllegalStateException("exporter failed midway");
            }
            throw new IOException("No space left on device");
        }
    }

    private static long openFiles() throws IOException {
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.count();
        }
    }

    private static Set<String> liveThreads() {
        Set<String> names = new TreeSet<>();
        Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .filter(t -> !t.isDaemon() || !t.getName().matches(
                        "Common-Cleaner|Attach Listener|process reaper|Signal Dispatcher|Reference Handler|Finalizer"
                                + "|Notification Thread|surefire-forkedjvm-.*|ForkJoinPool\\.commonPool-worker-\\d+"
                                + "|junit-jupiter-timeout-watcher|tearsheet-temporary-cleanup"))
                .forEach(t -> names.add(t.getName()));
        return names;
    }

    private void failEveryWay(Path out, Path bad) throws IOException {
        Article article = TestArticles.everything();
        for (ArticleExporter exporter : Pipeline.EXPORTERS) {
            for (boolean unchecked : new boolean[]{false, true}) {
                Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
                        () -> Tearsheet.write(article, new FailingMidway(exporter, unchecked), out, "story"));
                assertThat(thrown).isInstanceOfAny(IOException.class, IllegalStateException.class);
            }
            assertThatThrownBy(() -> AtomicFiles.write(out.resolve("direct." + exporter.format().extension()),
                    stream -> {
                        exporter.export(article, stream);
                        throw new IOException("closed by the other side");
                    })).isInstanceOf(IOException.class);
        }
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> Tearsheet.read(bad)).isInstanceOf(ReadException.class);
            assertThatThrownBy(() -> Pipeline.HTML.read(bad)).isInstanceOf(ReadException.class);
            assertThatThrownBy(() -> Pipeline.JSON_READER.read(bad)).isInstanceOf(ReadException.class);
        }
    }

    @Test
    void failedWritesAndReadsLeaveNoFileHandleThreadOrTemporaryFile() throws IOException {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")), "open files are counted through Linux's /proc");
        Path out = Files.createDirectories(dir.resolve("out"));
        Path bad = Files.write(dir.resolve("bad.txt"), new byte[]{(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
        failEveryWay(out, bad); // warm up: classes, fonts and validators load once, and keep their jars open

        long filesBefore = openFiles();
        Set<String> threadsBefore = liveThreads();
        failEveryWay(out, bad);

        try (Stream<Path> left = Files.list(out)) {
            assertThat(left).as("files left in the output folder").isEmpty();
        }
        assertThat(openFiles()).as("open file handles").isEqualTo(filesBefore);
        assertThat(liveThreads()).as("live threads").isEqualTo(threadsBefore);
    }
}
