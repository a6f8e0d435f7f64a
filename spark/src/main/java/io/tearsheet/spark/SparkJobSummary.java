package io.tearsheet.spark;

/**
 * What a {@link TearsheetSpark#convert} run did.
 *
 * @param converted     articles read, with at least one output written
 * @param skipped       articles read whose every output was already complete (from an earlier run, or from an
 *                      earlier attempt of a retried task)
 * @param noArticle     pages of web archives that were read and are not articles (index, tag and error pages)
 * @param failed        articles that could not be read or rendered; the catalog's {@code error} column says why
 * @param quotes        quotes found in the articles read
 * @param outputRoot    the output root, qualified ({@code file:/data/out}, {@code hdfs://namenode/out})
 * @param articlesTable the Parquet table of articles
 * @param quotesTable   the Parquet table of quotes
 * @since 0.1.0
 */
public record SparkJobSummary(long converted, long skipped, long noArticle, long failed, long quotes,
                              String outputRoot, String articlesTable, String quotesTable) {

    /** A summary of a run without pages that are not articles. */
    public SparkJobSummary(long converted, long skipped, long failed, long quotes, String outputRoot,
                           String articlesTable, String quotesTable) {
        this(converted, skipped, 0, failed, quotes, outputRoot, articlesTable, quotesTable);
    }

    /** Every article of the input: converted, skipped, not an article, and failed. */
    public long articles() {
        return converted + skipped + noArticle + failed;
    }

    /** One line for a log: {@code 9998 converted, 0 skipped, 2 failed, 41213 quotes; catalog in ...}. */
    @Override
    public String toString() {
        return converted + " converted, " + skipped + " skipped, " + (noArticle > 0 ? noArticle + " no article, " : "")
                + failed + " failed, " + quotes + " quotes; catalog in " + articlesTable + " and " + quotesTable;
    }
}
