package io.tearsheet.bench.peers;

import io.tearsheet.export.XmlText;
import io.tearsheet.model.Article;
import io.tearsheet.model.Figure;
import io.tearsheet.model.Inline;
import io.tearsheet.model.Inlines;
import io.tearsheet.model.Metadata;
import io.tearsheet.model.Section;

import java.util.List;

/**
 * An article as XHTML for openhtmltopdf, styled as close to our PDF as its CSS allows: A4, Liberation Serif text
 * justified at 9.5 pt, Liberation Sans furniture, a bold serif headline, page numbers. openhtmltopdf has no CSS
 * columns, so the text runs in one column (ours runs in two on A4).
 */
public final class HtmlDocument extends ArticleOutline {
    /** The font family names the renderer registers, for the style sheet. */
    static final String SERIF = "Liberation Serif";
    static final String SANS = "Liberation Sans";

    private static final String CSS = """
            @page { size: A4; margin: 20mm 18mm 22mm 18mm;
                    @bottom-center { content: counter(page); font-family: 'Liberation Sans'; font-size: 7.5pt; } }
            body { font-family: 'Liberation Serif'; font-size: 9.5pt; line-height: 1.32; text-align: justify; }
            p { margin: 0; text-indent: 1em; }
            .kicker { font-family: 'Liberation Sans'; font-weight: bold; color: #9B1B1B; font-size: 7.6pt; }
            h1 { font-family: 'Liberation Serif'; font-weight: bold; text-align: left; font-size: 28pt; line-height: 1.1; margin: 4pt 0; }
            .deck { font-style: italic; font-size: 12.4pt; color: #333; margin-bottom: 6pt; }
            .byline { font-family: 'Liberation Sans'; font-weight: bold; font-size: 8pt; }
            .dateline { font-family: 'Liberation Sans'; color: #555; font-size: 7.4pt; margin-bottom: 10pt; }
            h2, h3, h4, h5, h6 { font-family: 'Liberation Sans'; font-weight: bold; font-size: 10.6pt; margin: 8pt 0 2pt; }
            blockquote { margin: 4pt 1.5em; font-size: 9pt; }
            .sources { font-family: 'Liberation Sans'; font-size: 7.6pt; margin-top: 12pt; }
            .sources ul { list-style: none; padding: 0; margin: 0; }
            .sources li { margin: 0; }
            """;

    private final XmlText xml = new XmlText();

    private HtmlDocument() {
    }

    /** The XHTML for {@code article}. */
    public static String of(Article article) {
        return new HtmlDocument().write(article);
    }

    @Override
    protected void begin(Metadata m) {
        String lang = m.language() == null ? "en" : m.language();
        out.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(xml.escape(lang))
                .append("\"><head><meta charset=\"utf-8\"/><title>").append(xml.escape(m.headline()))
                .append("</title><meta name=\"description\" content=\"")
                .append(xml.escape(m.deck() != null ? m.deck() : m.headline())).append("\"/>");
        String names = bylineNames(m);
        if (names != null) {
            out.append("<meta name=\"author\" content=\"").append(xml.escape(names)).append("\"/>");
        }
        out.append("<style>").append(CSS).append("</style></head><body>\n");
    }

    @Override
    protected void header(Metadata m) {
        if (m.kicker() != null) {
            out.append("<div class=\"kicker\">").append(xml.escape(m.kicker())).append("</div>\n");
        }
        out.append("<h1>").append(xml.escape(m.headline())).append("</h1>\n");
        if (m.deck() != null) {
            out.append("<div class=\"deck\">").append(xml.escape(m.deck())).append("</div>\n");
        }
        String names = bylineNames(m);
        if (names != null) {
            out.append("<div class=\"byline\">By ").append(xml.escape(names)).append("</div>\n");
        }
        if (m.dateline() != null) {
            out.append("<div class=\"dateline\">").append(xml.escape(m.dateline())).append("</div>\n");
        }
    }

    @Override
    protected void sectionStart(Section section) {
        out.append("<section>");
        if (section.title() != null) {
            out.append("<h2>").append(xml.escape(section.title())).append("</h2>");
        }
    }

    @Override
    protected void sectionEnd(Section section) {
        out.append("</section>\n");
    }

    @Override
    protected void paragraphStart() {
        out.append("<p>");
    }

    @Override
    protected void paragraphEnd() {
        out.append("</p>\n");
    }

    @Override
    protected void headingStart(int level) {
        out.append("<h").append(level).append('>');
    }

    @Override
    protected void headingEnd(int level) {
        out.append("</h").append(level).append(">\n");
    }

    @Override
    protected void quoteStart() {
        out.append("<blockquote>");
    }

    @Override
    protected void quoteEnd() {
        out.append("</blockquote>\n");
    }

    @Override
    protected void listStart(boolean ordered) {
        out.append(ordered ? "<ol>" : "<ul>");
    }

    @Override
    protected void item(int number, boolean ordered, List<Inline> content) {
        out.append("<li>");
        inlines(content);
        out.append("</li>");
    }

    @Override
    protected void listEnd(boolean ordered) {
        out.append(ordered ? "</ol>\n" : "</ul>\n");
    }

    @Override
    protected void figure(Figure figure) {
        // Images are not fetched by any engine here; the caption is the comparable part.
        out.append("<p class=\"caption\">").append(xml.escape(Inlines.plainText(figure.caption()))).append("</p>\n");
    }

    @Override
    protected void divider() {
        out.append("<hr/>\n");
    }

    @Override
    protected void text(String text) {
        out.append(xml.escape(text));
    }

    @Override
    protected void emphasis(boolean open) {
        out.append(open ? "<em>" : "</em>");
    }

    @Override
    protected void strong(boolean open) {
        out.append(open ? "<strong>" : "</strong>");
    }

    @Override
    protected void link(String href, boolean open) {
        out.append(open ? "<a href=\"" + xml.escape(href) + "\">" : "</a>");
    }

    @Override
    protected void sourcesStart() {
        out.append("<div class=\"sources\"><h2>Sources quoted</h2><ul>");
    }

    @Override
    protected void source(String name, String description, String quoteNumbers) {
        out.append("<li><strong>").append(xml.escape(name)).append("</strong>");
        if (description != null) {
            out.append(", ").append(xml.escape(description));
        }
        out.append(" (").append(quoteNumbers).append(")</li>");
    }

    @Override
    protected void sourcesEnd() {
        out.append("</ul></div>\n");
    }

    @Override
    protected void end() {
        out.append("</body></html>\n");
    }
}
