package io.tearsheet.json;

import java.io.InputStream;
import java.net.URL;
import java.util.Objects;

/**
 * Facts about the Tearsheet JSON archive format that other tools rely on: its name, its version and its
 * JSON Schema.
 *
 * <h2>Versioning</h2>
 * {@code formatVersion} is {@code MAJOR.MINOR}. A minor version only adds optional members; readers of the same
 * major version read newer minor versions, ignoring what they do not know. A major version changes or removes
 * something; readers refuse a major version newer than their own, and every later reader keeps reading every
 * older major version, so archives stay readable.
 *
 * @since 0.1.0
 */
public final class JsonFormat {
    /** The value of the {@code format} member. */
    public static final String NAME = "tearsheet-article";
    /** The version this library writes. */
    public static final String VERSION = "1.1";
    /** The major version this library writes and reads. */
    public static final int MAJOR_VERSION = 1;
    /** The minor version this library writes. */
    public static final int MINOR_VERSION = 1;
    /** The schema's {@code $id}. */
    public static final String SCHEMA_ID = "https://tearsheet.io/schema/tearsheet-article-1.1.json";

    /**
     * The schema of the version written. Each minor version only adds optional members, so it also accepts every
     * earlier 1.x document; the schemas of earlier versions stay published beside it, unchanged
     * ({@code tearsheet-article-1.0.schema.json}).
     */
    private static final String SCHEMA_RESOURCE = "tearsheet-article-1.1.schema.json";

    private JsonFormat() {
    }

    /** The JSON Schema (draft 2020-12) of the format, as a class-path resource. */
    public static URL schema() {
        return Objects.requireNonNull(JsonFormat.class.getResource(SCHEMA_RESOURCE), "schema resource missing");
    }

    /** The JSON Schema's bytes; the caller closes the stream. */
    public static InputStream openSchema() {
        return Objects.requireNonNull(JsonFormat.class.getResourceAsStream(SCHEMA_RESOURCE), "schema resource missing");
    }
}
