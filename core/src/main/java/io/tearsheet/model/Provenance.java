package io.tearsheet.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where an article came from and what the reader did to it: the input's SHA-256 and media type,
 * the reader that made the model, the text it removed as boilerplate and the things it doubted.
 *
 * @param inputSha256   lower-case hex SHA-256 of the input bytes, or null for an article built in code
 * @param mediaType     the input's media type ("text/plain", "text/html"), or null
 * @param reader        the reader's name ("tearsheet-plain-text"), or null
 * @param readerVersion the reader's version, or null
 * @param removed       text dropped as not part of the article, in input order
 * @param notes         what the reader doubted or decided, one sentence each ("headline taken from the first line")
 * @param archive       the web-archive record the input came from, or null when it was not read from an archive
 * @since 0.1.0
 */
public record Provenance(String inputSha256, String mediaType, String reader, String readerVersion,
                         List<Removal> removed, List<String> notes, ArchiveRecord archive) {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    /** Provenance of an article built in code: nothing read, nothing removed. */
    public static final Provenance NONE = new Provenance(null, null, null, null, List.of(), List.of(), null);

    public Provenance {
        inputSha256 = Checks.optionalText(inputSha256);
        if (inputSha256 != null && !SHA256.matcher(inputSha256).matches()) {
            throw new InvalidArticleException("provenance.inputSha256 must be 64 lower-case hex digits");
        }
        mediaType = Checks.optionalText(mediaType);
        reader = Checks.optionalText(reader);
        readerVersion = Checks.optionalText(readerVersion);
        removed = Checks.list(removed, "provenance.removed");
        notes = Checks.list(notes, "provenance.notes");
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these values, to change some of them (for example to add where an archive held the input). */
    public Builder toBuilder() {
        return new Builder().inputSha256(inputSha256).mediaType(mediaType).reader(reader, readerVersion)
                .removed(removed).notes(notes).archive(archive);
    }

    /** Builds {@link Provenance}; every field is optional. */
    public static final class Builder {
        private String inputSha256;
        private String mediaType;
        private String reader;
        private String readerVersion;
        private final List<Removal> removed = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();
        private ArchiveRecord archive;

        private Builder() {
        }

        public Builder inputSha256(String inputSha256) {
            this.inputSha256 = inputSha256;
            return this;
        }

        public Builder mediaType(String mediaType) {
            this.mediaType = mediaType;
            return this;
        }

        public Builder reader(String reader, String version) {
            this.reader = reader;
            this.readerVersion = version;
            return this;
        }

        public Builder removed(String text, String reason) {
            this.removed.add(new Removal(text, reason));
            return this;
        }

        public Builder removed(List<Removal> removals) {
            this.removed.addAll(removals);
            return this;
        }

        public Builder note(String note) {
            this.notes.add(note);
            return this;
        }

        public Builder notes(List<String> notes) {
            this.notes.addAll(notes);
            return this;
        }

        /** The web-archive record the input came from. */
        public Builder archive(ArchiveRecord archive) {
            this.archive = archive;
            return this;
        }

        public Provenance build() {
            return new Provenance(inputSha256, mediaType, reader, readerVersion, removed, notes, archive);
        }
    }
}
