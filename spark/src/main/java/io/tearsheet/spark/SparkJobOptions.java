package io.tearsheet.spark;

import io.tearsheet.Tearsheet;
import io.tearsheet.export.ArticleExporter;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What a {@link TearsheetSpark#convert} run writes, and where. Immutable; made with {@link #builder(String)}:
 *
 * <pre>{@code
 * SparkJobOptions options = SparkJobOptions.builder("hdfs:///archive/tearsheet")
 *         .formats("json", "pdf")
 *         .shardDepth(2)
 *         .build();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class SparkJobOptions implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    private final String outputRoot;
    private final List<String> formats;
    private final boolean bags;
    private final int shardDepth;
    private final int partitions;
    private final boolean resume;

    private SparkJobOptions(Builder builder, List<String> formats) {
        this.outputRoot = builder.outputRoot;
        this.formats = List.copyOf(formats);
        this.bags = builder.bags;
        this.shardDepth = builder.shardDepth;
        this.partitions = builder.partitions;
        this.resume = builder.resume;
    }

    /**
     * Starts options for a run that writes under {@code outputRoot}: a path or URI on any Hadoop-compatible file
     * system ({@code /data/out}, {@code file:///data/out}, {@code hdfs://namenode/out}, {@code s3a://bucket/out}); a
     * path without a scheme is on the cluster's default file system.
     */
    public static Builder builder(String outputRoot) {
        return new Builder(outputRoot);
    }

    /** Where outputs and the catalog go. */
    public String outputRoot() {
        return outputRoot;
    }

    /** The formats written for each article, by exporter name ({@code json}, {@code epub}, {@code pdf}...). */
    public List<String> formats() {
        return formats;
    }

    /** Whether each article becomes one BagIt bag (holding the original and every format) instead of loose files. */
    public boolean bags() {
        return bags;
    }

    /** Levels of 256 shard folders between a format's folder and its files (1 to 3). */
    public int shardDepth() {
        return shardDepth;
    }

    /** How many partitions the input is spread over first, or 0 to keep the input's own partitioning. */
    public int partitions() {
        return partitions;
    }

    /** Whether outputs that are already complete (sidecar checksum matches) are kept rather than written again. */
    public boolean resume() {
        return resume;
    }

    /** Configures {@link SparkJobOptions}. */
    public static final class Builder {
        private final String outputRoot;
        private List<String> formats;
        private boolean bags;
        private int shardDepth = 1;
        private int partitions;
        private boolean resume = true;

        private Builder(String outputRoot) {
            this.outputRoot = Objects.requireNonNull(outputRoot, "outputRoot must not be null");
        }

        /**
         * The formats to write, by exporter name. Default: every archival format on the class path (JSON, EPUB and
         * PDF, as {@link Tearsheet#defaultExporters()}). An empty list writes no outputs: the run only builds the
         * catalog (or, with {@link #bags(boolean)}, bags holding only the original).
         */
        public Builder formats(List<String> formats) {
            this.formats = List.copyOf(formats);
            return this;
        }

        /** The formats to write, by exporter name; see {@link #formats(List)}. */
        public Builder formats(String... formats) {
            return formats(List.of(formats));
        }

        /** Write one BagIt bag per article instead of loose files (default: loose files). */
        public Builder bags(boolean bags) {
            this.bags = bags;
            return this;
        }

        /**
         * Levels of 256 shard folders (default 1). Pick the depth that keeps articles / 256<sup>depth</sup> under a
         * few thousand: 1 up to about half a million articles, 2 up to about a hundred million, 3 beyond.
         */
        public Builder shardDepth(int shardDepth) {
            this.shardDepth = shardDepth;
            return this;
        }

        /**
         * Spread the input over this many partitions first (default 0: keep the input's partitioning). Useful when the
         * input is a few large files, which Spark would read as few partitions; a few per core keeps every core busy.
         */
        public Builder partitions(int partitions) {
            this.partitions = partitions;
            return this;
        }

        /** Keep outputs that are already complete (default true); false writes every output again. */
        public Builder resume(boolean resume) {
            this.resume = resume;
            return this;
        }

        /**
         * The options.
         *
         * @throws IllegalArgumentException when the output root is blank, a format has no exporter on the class path,
         *                                  the shard depth is not 1 to 3 or the partition count is negative
         */
        public SparkJobOptions build() {
            if (outputRoot.isBlank()) {
                throw new IllegalArgumentException("the output root must not be blank");
            }
            if (shardDepth < 1 || shardDepth > 3) {
                throw new IllegalArgumentException("the shard depth must be 1, 2 or 3, not " + shardDepth);
            }
            if (partitions < 0) {
                throw new IllegalArgumentException("the partition count must not be negative: " + partitions);
            }
            List<String> chosen = formats != null ? formats
                    : Tearsheet.defaultExporters().stream().map(e -> e.format().name()).toList();
            List<String> unknown = new ArrayList<>();
            for (String format : chosen) {
                if (Tearsheet.exporter(format).isEmpty()) {
                    unknown.add(format);
                }
            }
            if (!unknown.isEmpty()) {
                throw new IllegalArgumentException("no exporter for " + String.join(", ", unknown)
                        + " on the class path; available: " + Tearsheet.exporters().stream()
                        .map(ArticleExporter::format).map(f -> f.name()).collect(Collectors.joining(", ")));
            }
            if (chosen.stream().distinct().count() != chosen.size()) {
                throw new IllegalArgumentException("a format is named twice: " + chosen);
            }
            return new SparkJobOptions(this, chosen);
        }
    }
}
