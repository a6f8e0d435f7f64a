package io.tearsheet.spark.internal;

import io.tearsheet.model.Article;

import java.util.List;
import java.util.Map;

/**
 * What the job learnt and did for one input row: the catalog's facts about it.
 *
 * @param input       the row as given
 * @param mediaType   the media type it was read as, or null when it never got that far
 * @param inputSha256 the SHA-256 of its content, or null without content
 * @param article     the article read, or null when reading failed
 * @param status      converted, skipped or failed
 * @param error       why it failed, or null
 * @param outputs     each output by format name ({@code bag} for the bag), in the order written
 * @param warnings    what the exporters had to change
 */
public record ConvertedArticle(InputArticle input, String mediaType, String inputSha256, Article article,
                               ArticleStatus status, String error, Map<String, StoredFile> outputs,
                               List<String> warnings) {
    static ConvertedArticle failed(InputArticle input, String mediaType, String inputSha256, String error) {
        return new ConvertedArticle(input, mediaType, inputSha256, null, ArticleStatus.FAILED, error, Map.of(),
                List.of());
    }
}
