package io.tearsheet.spark.internal;

import java.util.Locale;

/** What the job did with one article, as the catalog's {@code status} column says it (lower case). */
public enum ArticleStatus {
    /** Read, and at least one output written (or, when no output was asked for, indexed). */
    CONVERTED,
    /** Read; every output was already there, complete, from an earlier run or an earlier attempt of the task. */
    SKIPPED,
    /**
     * Read, and not an article: a page of a web archive that is an index, tag or error page. Nothing is written, and
     * the catalog's {@code error} column says why it is not an article.
     */
    NO_ARTICLE,
    /** Not read, or an output could not be made: the catalog's {@code error} column says why. */
    FAILED;

    /** The catalog's spelling: {@code converted}, {@code skipped}, {@code no_article}, {@code failed}. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}
