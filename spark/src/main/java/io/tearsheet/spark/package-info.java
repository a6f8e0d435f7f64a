/**
 * Tearsheet on Apache Spark: converts and indexes millions of articles on a cluster.
 *
 * <p>{@link io.tearsheet.spark.TearsheetSpark#convert} takes a table of articles (see {@link
 * io.tearsheet.spark.ArticleInputs} for building one from files or from a Parquet or JSON Lines table), writes each
 * article's outputs under an output root, and writes a Parquet {@link io.tearsheet.spark.Catalog} of the articles and
 * their quotes beside them. {@link io.tearsheet.spark.TearsheetSparkJob} is the same as a {@code spark-submit}
 * application.
 *
 * @since 0.1.0
 */
package io.tearsheet.spark;
