package io.tearsheet.bag;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/** File-level helpers shared by the bag writer and verifier. */
final class BagFiles {
    private BagFiles() {
    }

    /** Java's name of a BagIt algorithm ({@code sha512} → {@code SHA-512}). */
    static MessageDigest digest(String algorithm) {
        String java = switch (algorithm.toLowerCase(Locale.ROOT)) {
            case "md5" -> "MD5";
            case "sha1" -> "SHA-1";
            case "sha256" -> "SHA-256";
            case "sha512" -> "SHA-512";
            default -> throw new IllegalArgumentException("unsupported BagIt algorithm '" + algorithm + "'");
        };
        try {
            return MessageDigest.getInstance(java);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(java + " is missing from this Java platform", e);
        }
    }

    static String hex(Path file, String algorithm) throws IOException {
        MessageDigest digest = digest(algorithm);
        byte[] buffer = new byte[64 * 1024];
        try (var in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Manifest lines, {@code CHECKSUM  PATH}, in the map's (sorted) order. */
    static String manifest(Map<String, String> checksums) {
        StringBuilder manifest = new StringBuilder();
        checksums.forEach((path, checksum) -> manifest.append(checksum).append("  ").append(encode(path)).append('\n'));
        return manifest.toString();
    }

    /** RFC 8493 §2.1.3: CR, LF and % in manifest paths are percent-encoded. */
    static String encode(String path) {
        return path.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    static String decode(String path) {
        return path.replace("%0D", "\r").replace("%0d", "\r").replace("%0A", "\n").replace("%0a", "\n")
                .replace("%25", "%");
    }

    /** Tag values are single lines here. */
    static String oneLine(String value) {
        return value.replaceAll("[\\r\\n]+", " ").strip();
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Counts and digests what passes through; closing closes the file. */
    static final class DigestingStream extends FilterOutputStream {
        private final MessageDigest digest;
        private long count;

        DigestingStream(OutputStream out, String algorithm) {
            super(out);
            this.digest = digest(algorithm);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            digest.update((byte) b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            digest.update(b, off, len);
            count += len;
        }

        long count() {
            return count;
        }

        String hex() {
            return HexFormat.of().formatHex(digest.digest());
        }
    }
}
