/**
 * Converting many inputs at once: {@link io.tearsheet.batch.Batch} runs a conversion over files, folders and
 * containers of articles (web archives, through the {@link io.tearsheet.batch.ArticleContainer} service), in parallel,
 * resumable, reporting each input's {@link io.tearsheet.batch.Outcome} to a {@link io.tearsheet.batch.BatchListener}.
 */
package io.tearsheet.batch;
