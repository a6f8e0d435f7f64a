package io.tearsheet.read;

/**
 * Thrown when an input was read and holds no article: an index or tag page, a search result, an error page served
 * with status 200, a page of links. Unlike other {@link ReadException}s this says nothing is wrong with the input;
 * there is simply no article in it, so a batch reports it as "no article found" rather than as a failure
 * ({@link io.tearsheet.batch.Outcome.Status#NO_ARTICLE}).
 *
 * <p>Readers of single files keep throwing a plain {@link ReadException} for a page without an article, since there
 * the user asked for that one file; readers of containers that hold many pages (web archives) throw this.
 *
 * @since 0.1.0
 */
public class NoArticleException extends ReadException {
    private static final long serialVersionUID = 1L;

    /** @param message why there is no article, starting "no article found" */
    public NoArticleException(String message) {
        super(message);
    }

    /** @param message why there is no article; {@code cause} is the reader's own exception, when there is one */
    public NoArticleException(String message, Throwable cause) {
        super(message, null, cause);
    }
}
