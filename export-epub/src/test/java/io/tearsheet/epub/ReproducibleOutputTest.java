package io.tearsheet.epub;

import io.tearsheet.io.Sha256;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The same input and options give the same bytes: twice in one JVM, and in another JVM set up differently. */
class ReproducibleOutputTest {

    @Test
    void sameBytesTwiceInOneJvm() {
        Map<String, byte[]> first = ReproducibilityProbe.epubs();
        Map<String, byte[]> second = ReproducibilityProbe.epubs();

        assertThat(second.keySet()).isEqualTo(first.keySet());
        first.forEach((name, bytes) -> assertThat(Sha256.hex(second.get(name))).as(name).isEqualTo(Sha256.hex(bytes)));
    }

    @Test
    void sameBytesInAnotherJvmWithOtherTimeZoneLocaleAndCharset(@TempDir Path folder)
            throws IOException, InterruptedException {
        Map<String, byte[]> here = ReproducibilityProbe.epubs();
        String otherZone = TimeZone.getDefault().getID().equals("Pacific/Kiritimati") ? "America/Adak"
                : "Pacific/Kiritimati";
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.timezone=" + otherZone, "-Duser.language=tr", "-Duser.country=TR",
                "-Dfile.encoding=ISO-8859-1", "-Dsun.jnu.encoding=ISO-8859-1",
                "-cp", testClassPath(), ReproducibilityProbe.class.getName(), folder.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();

        for (Map.Entry<String, byte[]> epub : here.entrySet()) {
            assertThat(Sha256.hex(Files.readAllBytes(folder.resolve(epub.getKey())))).as(epub.getKey())
                    .isEqualTo(Sha256.hex(epub.getValue()));
        }
    }

    /** The class path of this test run, whether Surefire passed it directly or in a manifest-only jar. */
    private static String testClassPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        String path = surefire != null ? surefire : System.getProperty("java.class.path");
        assertThat(path).contains("test-classes");
        return String.join(File.pathSeparator, path.split(File.pathSeparator));
    }
}
