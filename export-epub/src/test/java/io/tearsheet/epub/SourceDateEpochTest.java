package io.tearsheet.epub;

import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code SOURCE_DATE_EPOCH} comes from the environment, so these run the export in a JVM started with it set. */
class SourceDateEpochTest {

    @Test
    void sourceDateEpochIsTheModificationTime() throws Exception {
        assertThat(runWith("1700000000")).isEqualTo("modified 2023-11-14T22:13:20Z");
    }

    @Test
    void malformedSourceDateEpochIsAnExportExceptionNamingIt() throws Exception {
        assertThat(runWith("yesterday")).startsWith("ExportException SOURCE_DATE_EPOCH");
    }

    private static String runWith(String epoch) throws IOException, InterruptedException {
        String surefire = System.getProperty("surefire.test.class.path");
        String classPath = surefire != null ? surefire : System.getProperty("java.class.path");
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", String.join(File.pathSeparator, classPath.split(File.pathSeparator)),
                SourceDateEpochProbe.class.getName())).redirectErrorStream(true);
        builder.environment().put("SOURCE_DATE_EPOCH", epoch);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }
}
