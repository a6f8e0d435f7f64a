package io.tearsheet.pdf;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The same input gives the same bytes in JVMs with different time zones, locales and encodings. */
class DeterminismTest {

    @Test
    void sameBytesAcrossJvmsTimeZonesAndLocales(@TempDir Path dir) throws Exception {
        Path first = dir.resolve("auckland-tr");
        Path second = dir.resolve("honolulu-ar");
        run(first, "-Duser.timezone=Pacific/Auckland", "-Duser.language=tr", "-Duser.country=TR",
                "-Dfile.encoding=ISO-8859-9");
        run(second, "-Duser.timezone=Pacific/Honolulu", "-Duser.language=ar", "-Duser.country=EG",
                "-Dfile.encoding=UTF-8");
        for (String name : List.of("article.pdf", "book.pdf")) {
            byte[] a = Files.readAllBytes(first.resolve(name));
            byte[] b = Files.readAllBytes(second.resolve(name));
            assertThat(a).as(name).isNotEmpty().isEqualTo(b);
        }
        Path here = dir.resolve("this-jvm");
        WriteSamples.main(new String[]{here.toString()});
        assertThat(Files.readAllBytes(here.resolve("article.pdf")))
                .isEqualTo(Files.readAllBytes(first.resolve("article.pdf")));
    }

    private static void run(Path out, String... properties) throws Exception {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.addAll(List.of(properties));
        command.add("-cp");
        command.add(classPath);
        command.add(WriteSamples.class.getName());
        command.add(out.toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(out.resolveSibling(out.getFileName() + ".log").toFile());
        builder.environment().remove("SOURCE_DATE_EPOCH");
        Process process = builder.start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("JVM finished").isTrue();
        assertThat(process.exitValue()).as(Files.readString(out.resolveSibling(out.getFileName() + ".log"))
                .replace(File.separatorChar, '/')).isZero();
    }
}
