package io.tearsheet.epub.internal;

import io.tearsheet.export.ExportReport;
import io.tearsheet.export.Format;
import io.tearsheet.export.XmlText;
import io.tearsheet.model.Article;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The state of one export call: what had to be changed to fit the article into an EPUB. Made per call, never
 * shared between threads.
 *
 * <p>Characters XML forbids are counted against the article, not against the output: the same headline appears
 * in half a dozen documents of an EPUB, but its forbidden characters were dropped from one article. So the
 * documents are written through {@link #xml()}, which drops them silently, and {@link #scan(Article)} counts
 * them once per article.
 */
final class ExportContext {
    private final XmlText writing = new XmlText();
    private final XmlText found = new XmlText();
    private final Map<String, Integer> changes = new LinkedHashMap<>();

    /** The text filter the documents are written with. */
    XmlText xml() {
        return writing;
    }

    /** Counts the forbidden characters of every text of {@code article}; call once per article. */
    void scan(Article article) {
        ArticleStrings.forEach(article, found::clean);
    }

    /** Counts the forbidden characters of text that belongs to no article (a book's title page). */
    void scan(String text) {
        if (text != null) {
            found.clean(text);
        }
    }

    /** Records a change to the article; the same sentence said again is counted, not repeated. */
    void change(String sentence) {
        changes.merge(sentence, 1, Integer::sum);
    }

    /** Everything changed, in the order first seen; dropped characters last. */
    ExportReport report() {
        List<String> warnings = new ArrayList<>();
        changes.forEach((sentence, count) -> warnings.add(count == 1 ? sentence : sentence + " (" + count + " times)"));
        warnings.addAll(found.warnings());
        return new ExportReport(Format.EPUB, warnings);
    }
}
