package io.tearsheet.bench.compare;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/** What a result was measured on: the machine, its load, the JDK and every peer's version. */
final class Machine {
    private Machine() {
    }

    /** Markdown lines describing the machine and the versions under test. */
    static List<String> describe() {
        List<String> lines = new ArrayList<>();
        lines.add("- date: " + ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")));
        lines.add("- machine: " + Runtime.getRuntime().availableProcessors() + " CPUs (nproc), "
                + cpuModel() + ", " + memory() + " RAM; load average at start " + loadAverage());
        lines.add("- JDK: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + " (" + System.getProperty("java.vendor") + ")");
        lines.add("- Tearsheet " + io.tearsheet.Tearsheet.version() + "; PDFBox " + pomVersion("org.apache.pdfbox", "pdfbox")
                + "; Jackson databind " + pomVersion("com.fasterxml.jackson.core", "jackson-databind")
                + "; JMH " + pomVersion("org.openjdk.jmh", "jmh-core"));
        lines.add("- peers: pandoc " + pandocVersion() + "; openhtmltopdf-pdfbox "
                + pomVersion("io.github.openhtmltopdf", "openhtmltopdf-pdfbox") + "; Apache FOP "
                + pomVersion("org.apache.xmlgraphics", "fop-core"));
        return lines;
    }

    /** The 1, 5 and 15 minute load averages, from {@code /proc/loadavg}. */
    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }

    private static String memory() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .map(l -> Long.parseLong(l.replaceAll("\\D", "")))
                    .map(kb -> String.format(Locale.ROOT, "%.1f GiB", kb / 1048576.0)).findFirst().orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }

    static String pandocVersion() {
        try {
            Process process = new ProcessBuilder("pandoc", "--version").redirectErrorStream(true).start();
            String first = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                    .findFirst().orElse("?");
            process.waitFor();
            return first.replace("pandoc", "").trim();
        } catch (IOException e) {
            return "not installed";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "?";
        }
    }

    private static String pomVersion(String group, String artifact) {
        String resource = "/META-INF/maven/" + group + "/" + artifact + "/pom.properties";
        try (InputStream in = Machine.class.getResourceAsStream(resource)) {
            if (in == null) {
                return "?";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "?");
        } catch (IOException e) {
            return "?";
        }
    }
}
