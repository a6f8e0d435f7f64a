package io.tearsheet.bag;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks a BagIt bag for completeness and fixity (RFC 8493 §3): {@code bagit.txt} is present and declares a version;
 * every payload file is listed in every payload manifest and every listed file exists with a matching checksum; the
 * {@code Payload-Oxum}, when present, matches; every tag manifest entry matches. Works on any bag with md5, sha1,
 * sha256 or sha512 manifests, not only on Tearsheet's.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc8493#section-3">RFC 8493 §3, Valid bags</a>
 * @since 0.1.0
 */
public final class BagVerifier {
    private static final Pattern MANIFEST = Pattern.compile("(tag)?manifest-([a-z0-9]+)\\.txt");
    private static final Pattern OXUM = Pattern.compile("(?m)^Payload-Oxum:\\s*([0-9]+)\\.([0-9]+)\\s*$");

    private BagVerifier() {
    }

    /** Verifies the bag in {@code bag}; never throws for a broken bag, only reports. */
    public static BagVerification verify(Path bag) {
        List<String> problems = new ArrayList<>();
        try {
            check(bag, problems);
        } catch (IOException e) {
            problems.add("cannot read the bag: " + e.getMessage());
        }
        return new BagVerification(bag, problems);
    }

    private static void check(Path bag, List<String> problems) throws IOException {
        if (!Files.isDirectory(bag)) {
            problems.add(bag + " is not a folder");
            return;
        }
        Path declaration = bag.resolve("bagit.txt");
        if (!Files.isRegularFile(declaration)) {
            problems.add("bagit.txt is missing");
        } else if (!Files.readString(declaration, StandardCharsets.UTF_8).contains("BagIt-Version:")) {
            problems.add("bagit.txt does not declare a BagIt-Version");
        }
        Map<String, Path> payloadManifests = new LinkedHashMap<>();
        Map<String, Path> tagManifests = new LinkedHashMap<>();
        try (Stream<Path> top = Files.list(bag)) {
            for (Path file : top.sorted().toList()) {
                Matcher m = MANIFEST.matcher(String.valueOf(file.getFileName()));
                if (m.matches()) {
                    (m.group(1) == null ? payloadManifests : tagManifests).put(m.group(2), file);
                }
            }
        }
        if (payloadManifests.isEmpty()) {
            problems.add("no payload manifest (manifest-ALGORITHM.txt)");
        }
        TreeSet<String> payload = payloadFiles(bag);
        for (Map.Entry<String, Path> manifest : payloadManifests.entrySet()) {
            Map<String, String> entries = read(manifest.getValue(), problems);
            for (String listed : entries.keySet()) {
                if (!listed.startsWith("data/")) {
                    problems.add(manifest.getValue().getFileName() + " lists " + listed + ", which is outside data/");
                }
            }
            for (String file : payload) {
                if (!entries.containsKey(file)) {
                    problems.add(file + " is in the payload but not in " + manifest.getValue().getFileName());
                }
            }
            compare(bag, manifest.getKey(), entries, problems);
        }
        for (Map.Entry<String, Path> manifest : tagManifests.entrySet()) {
            compare(bag, manifest.getKey(), read(manifest.getValue(), problems), problems);
        }
        checkOxum(bag, payload, problems);
    }

    private static TreeSet<String> payloadFiles(Path bag) throws IOException {
        TreeSet<String> files = new TreeSet<>();
        Path data = bag.resolve("data");
        if (Files.isDirectory(data)) {
            try (Stream<Path> walk = Files.walk(data)) {
                walk.filter(Files::isRegularFile)
                        .forEach(f -> files.add(bag.relativize(f).toString().replace('\\', '/')));
            }
        }
        return files;
    }

    private static Map<String, String> read(Path manifest, List<String> problems) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        int lineNumber = 0;
        for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\\s+", 2);
            if (parts.length < 2) {
                problems.add(manifest.getFileName() + " line " + lineNumber + " is not CHECKSUM PATH");
                continue;
            }
            entries.put(BagFiles.decode(parts[1].strip()), parts[0].toLowerCase(java.util.Locale.ROOT));
        }
        return entries;
    }

    private static void compare(Path bag, String algorithm, Map<String, String> entries, List<String> problems)
            throws IOException {
        for (Map.Entry<String, String> entry : entries.entrySet()) {
            Path file = bag.resolve(entry.getKey()).normalize();
            if (!file.startsWith(bag.normalize())) {
                problems.add(entry.getKey() + " points outside the bag");
            } else if (!Files.isRegularFile(file)) {
                problems.add(entry.getKey() + " is missing");
            } else if (!BagFiles.hex(file, algorithm).equals(entry.getValue())) {
                problems.add(entry.getKey() + " has been altered (" + algorithm + " does not match)");
            }
        }
    }

    private static void checkOxum(Path bag, TreeSet<String> payload, List<String> problems) throws IOException {
        Path info = bag.resolve("bag-info.txt");
        if (!Files.isRegularFile(info)) {
            return;
        }
        Matcher m = OXUM.matcher(Files.readString(info, StandardCharsets.UTF_8));
        if (!m.find()) {
            return;
        }
        long octets = 0;
        for (String file : payload) {
            octets += Files.size(bag.resolve(file));
        }
        String actual = octets + "." + payload.size();
        String declared = m.group(1) + "." + m.group(2);
        if (!actual.equals(declared)) {
            problems.add("Payload-Oxum is " + declared + " but the payload holds " + actual);
        }
    }
}
