package io.tearsheet.spark.internal;

import io.tearsheet.io.FileNames;
import io.tearsheet.io.Sha256;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Where each article's outputs go under the output root: {@code FORMAT/SHARD/NAME.EXT} for loose files and
 * {@code bag/SHARD/NAME/} for bags. The shard is the first hex digits of the SHA-256 of the article's id, two per
 * level, so articles spread evenly over 256 folders per level whatever their ids look like; the name is the id
 * itself when it is already a safe file name, otherwise a safe form of it followed by a hash of the id, so that two
 * different ids never share a name. Names never start with {@code .} or {@code _}, which Spark and Hadoop take for
 * hidden files.
 */
public final class OutputLayout implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Hex digits of the id's hash kept after a rewritten name: 64 bits, so collisions are out of reach. */
    private static final int NAME_HASH_DIGITS = 16;
    private static final int KEPT_NAME_LENGTH = FileNames.MAX_LENGTH - NAME_HASH_DIGITS - 1;

    private final int shardDepth;

    /** @param shardDepth levels of 256 folders each (1 to 3) */
    public OutputLayout(int shardDepth) {
        if (shardDepth < 1 || shardDepth > 3) {
            throw new IllegalArgumentException("shard depth must be 1, 2 or 3, not " + shardDepth);
        }
        this.shardDepth = shardDepth;
    }

    /** The path of an article's file in a format, for example {@code json/3f/story-1.json}. */
    public String file(String formatName, String id, String extension) {
        return formatName + "/" + shard(id) + "/" + name(id) + "." + extension;
    }

    /** The folder of an article's bag, for example {@code bag/3f/story-1}. */
    public String bag(String id) {
        return "bag/" + shard(id) + "/" + name(id);
    }

    /** The shard folders of an id: {@code 3f}, or {@code 3f/a0} at depth 2. */
    public String shard(String id) {
        String hash = Sha256.hex(Objects.requireNonNull(id, "id").getBytes(StandardCharsets.UTF_8));
        StringBuilder shard = new StringBuilder();
        for (int level = 0; level < shardDepth; level++) {
            if (level > 0) {
                shard.append('/');
            }
            shard.append(hash, 2 * level, 2 * level + 2);
        }
        return shard.toString();
    }

    /** The file name (without extension) an id gets; see the class comment. */
    public static String name(String id) {
        String safe = FileNames.safeName(id);
        if (safe.equals(id)) {
            return id;
        }
        String hash = Sha256.hex(id.getBytes(StandardCharsets.UTF_8)).substring(0, NAME_HASH_DIGITS);
        // No leading underscore (safeName's way out of a reserved name): Spark and Hadoop hide such files.
        String kept = safe.replaceFirst("^_+", "");
        kept = kept.length() > KEPT_NAME_LENGTH ? kept.substring(0, KEPT_NAME_LENGTH) : kept;
        return kept.isEmpty() ? hash : kept + "-" + hash;
    }
}
