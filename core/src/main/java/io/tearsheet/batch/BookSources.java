package io.tearsheet.batch;

import io.tearsheet.TearsheetException;
import io.tearsheet.export.ArticleSource;
import io.tearsheet.export.BookOrder;
import io.tearsheet.export.ImageResolver;
import io.tearsheet.model.Article;
import io.tearsheet.model.Metadata;
import io.tearsheet.read.NoArticleException;
import io.tearsheet.read.ReadException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Makes a book's {@link ArticleSource} from inputs without holding their articles: a first pass reads each input
 * once for its metadata and puts them in {@link BookOrder} (series part, then date, then as given); the source then
 * reads an article again whenever a book exporter asks for it, and finds each article's images in the folder of its
 * file. Memory holds metadata, not articles.
 *
 * @since 0.1.0
 */
public final class BookSources {
    private BookSources() {
    }

    /**
     * The inputs as a book source in book order.
     *
     * @param skipped when not null, unreadable inputs are left out and reported to it (input, reason); when null,
     *                the first unreadable input fails the whole book. Inputs that hold no article (pages of a web
     *                archive that are index or error pages) are always left out, and reported to it when it is not
     *                null.
     * @throws ReadException naming the input when one cannot be read and {@code skipped} is null
     * @throws IOException   when a file cannot be read and {@code skipped} is null
     */
    public static ArticleSource ordered(List<BatchInput> inputs, BiConsumer<BatchInput, String> skipped)
            throws IOException {
        return ordered(inputs, skipped, skipped);
    }

    /**
     * The inputs as a book source in book order, with inputs that hold no article ({@link NoArticleException})
     * left out and reported to {@code noArticle} (when not null) whatever {@code skipped} says.
     *
     * @param skipped   see {@link #ordered(List, BiConsumer)}
     * @param noArticle told of each input left out because it holds no article, or null
     * @throws ReadException naming the input when one cannot be read and {@code skipped} is null
     * @throws IOException   when a file cannot be read and {@code skipped} is null
     */
    public static ArticleSource ordered(List<BatchInput> inputs, BiConsumer<BatchInput, String> skipped,
                                        BiConsumer<BatchInput, String> noArticle) throws IOException {
        List<BatchInput> readable = new ArrayList<>();
        List<Metadata> metadata = new ArrayList<>();
        for (BatchInput input : inputs) {
            try {
                metadata.add(input.read().metadata());
                readable.add(input);
            } catch (NoArticleException e) {
                if (noArticle != null) {
                    noArticle.accept(input, e.getMessage());
                }
            } catch (TearsheetException | IOException e) {
                if (skipped == null) {
                    throw new ReadException(input.displayName() + ": " + e.getMessage(), null, e);
                }
                skipped.accept(input, e.getMessage());
            }
        }
        int[] order = BookOrder.permutation(metadata);
        List<BatchInput> ordered = new ArrayList<>(order.length);
        for (int index : order) {
            ordered.add(readable.get(index));
        }
        return new Rereading(List.copyOf(ordered));
    }

    /** Reads each article again when asked; inputs that read once read again. */
    private record Rereading(List<BatchInput> inputs) implements ArticleSource {
        @Override
        public int size() {
            return inputs.size();
        }

        @Override
        public ImageResolver images(int index) {
            return inputs.get(index).images();
        }

        @Override
        public Article get(int index) throws IOException {
            BatchInput input = inputs.get(index);
            try {
                return input.read();
            } catch (TearsheetException e) {
                throw new IOException(input.displayName() + ": " + e.getMessage(), e);
            }
        }
    }
}
