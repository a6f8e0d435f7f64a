package io.tearsheet.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How an {@link ArticleContainer} selects the entries it lists. Immutable; the defaults select everything.
 *
 * <pre>{@code
 * ContainerOptions options = ContainerOptions.builder()
 *         .include(Pattern.compile("^https://news\\.example/20"))
 *         .exclude(Pattern.compile("/(tag|author)/"))
 *         .related(List.of(Path.of("last-month.warc.gz")))
 *         .build();
 * }</pre>
 *
 * @param include  entries whose address (a web archive's target URL) this pattern finds somewhere in are listed;
 *                 null for all
 * @param exclude  entries whose address this pattern finds somewhere in are left out (after {@code include}); null
 *                 for none
 * @param related  other container files that entries may refer to, read only to resolve those references and never
 *                 converted themselves (the earlier crawls a web archive's revisit records point into)
 * @since 0.1.0
 */
public record ContainerOptions(Pattern include, Pattern exclude, List<Path> related) {
    /** Everything selected, nothing related. */
    public static final ContainerOptions DEFAULT = new ContainerOptions(null, null, List.of());

    public ContainerOptions {
        related = List.copyOf(related);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Whether an entry with this address is selected; an entry without an address is selected unless an include
     * pattern is given.
     */
    public boolean selects(String address) {
        String text = address == null ? "" : address;
        return (include == null || include.matcher(text).find()) && (exclude == null || !exclude.matcher(text).find());
    }

    /** Builds {@link ContainerOptions}. */
    public static final class Builder {
        private Pattern include;
        private Pattern exclude;
        private final List<Path> related = new ArrayList<>();

        private Builder() {
        }

        /** Only entries whose address this pattern is found in (default: all). */
        public Builder include(Pattern include) {
            this.include = include;
            return this;
        }

        /** Leave out entries whose address this pattern is found in (default: none). */
        public Builder exclude(Pattern exclude) {
            this.exclude = exclude;
            return this;
        }

        /** Container files entries may refer to, read only to resolve the references (default: none). */
        public Builder related(List<Path> related) {
            related.forEach(path -> this.related.add(Objects.requireNonNull(path, "related paths must not be null")));
            return this;
        }

        public ContainerOptions build() {
            return new ContainerOptions(include, exclude, related);
        }
    }
}
