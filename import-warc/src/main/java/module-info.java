/**
 * Reads web archives (WARC and WET files, ISO 28500) into Tearsheet articles, one per captured page.
 */
module io.tearsheet.warc {
    requires transitive io.tearsheet.core;
    requires io.tearsheet.html;
    requires jwarc;

    exports io.tearsheet.warc;

    provides io.tearsheet.batch.ArticleContainer with io.tearsheet.warc.WebArchiveContainer;
}
