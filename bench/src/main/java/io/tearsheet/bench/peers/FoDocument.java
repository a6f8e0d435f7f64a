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
 * An article as XSL-FO for Apache FOP, laid out like our PDF: A4, the headline block across the page, then the
 * text in two justified columns of Liberation Serif at 9 pt, Liberation Sans furniture, folios. FOP hyphenates
 * only with its separately distributed pattern files, which are not on the class path, so its lines are justified
 * without hyphenation (ours are hyphenated).
 */
public final class FoDocument extends ArticleOutline {
    private final XmlText xml = new XmlText();

    private FoDocument() {
    }

    /** The XSL-FO for {@code article}. */
    public static String of(Article article) {
        return new FoDocument().write(article);
    }

    @Override
    protected void begin(Metadata m) {
        String lang = m.language() == null ? "en" : m.language();
        out.append("""
                <?xml version="1.0" encoding="UTF-8"?>
                <fo:root xmlns:fo="http://www.w3.org/1999/XSL/Format" font-family="Liberation Serif" xml:lang=\"""")
                .append(xml.escape(lang)).append("""
                ">
                  <fo:layout-master-set>
                    <fo:simple-page-master master-name="page" page-width="210mm" page-height="297mm"
                        margin-top="20mm" margin-bottom="12mm" margin-left="18mm" margin-right="18mm">
                      <fo:region-body margin-bottom="10mm" column-count="2" column-gap="6mm"/>
                      <fo:region-after extent="8mm"/>
                    </fo:simple-page-master>
                  </fo:layout-master-set>
                  <fo:page-sequence master-reference="page">
                    <fo:static-content flow-name="xsl-region-after">
                      <fo:block text-align="center" font-family="Liberation Sans" font-size="7.5pt"><fo:page-number/></fo:block>
                    </fo:static-content>
                    <fo:flow flow-name="xsl-region-body" font-size="9pt" line-height="1.32" text-align="justify">
                """);
    }

    @Override
    protected void header(Metadata m) {
        out.append("<fo:block span=\"all\" space-after=\"10pt\" text-align=\"start\">");
        if (m.kicker() != null) {
            out.append("<fo:block font-family=\"Liberation Sans\" font-weight=\"bold\" color=\"#9B1B1B\" font-size=\"7.2pt\">")
                    .append(xml.escape(m.kicker())).append("</fo:block>");
        }
        out.append("<fo:block font-weight=\"bold\" font-size=\"28pt\" line-height=\"1.1\" space-after=\"4pt\">")
                .append(xml.escape(m.headline())).append("</fo:block>");
        if (m.deck() != null) {
            out.append("<fo:block font-style=\"italic\" font-size=\"11.7pt\" color=\"#333333\" space-after=\"6pt\">")
                    .append(xml.escape(m.deck())).append("</fo:block>");
        }
        String names = bylineNames(m);
        if (names != null) {
            out.append("<fo:block font-family=\"Liberation Sans\" font-weight=\"bold\" font-size=\"7.7pt\">By ")
                    .append(xml.escape(names)).append("</fo:block>");
        }
        if (m.dateline() != null) {
            out.append("<fo:block font-family=\"Liberation Sans\" color=\"#555555\" font-size=\"7pt\">")
                    .append(xml.escape(m.dateline())).append("</fo:block>");
        }
        out.append("</fo:block>\n");
    }

    @Override
    protected void sectionStart(Section section) {
        out.append("<fo:block>");
        if (section.title() != null) {
            heading(section.title());
        }
    }

    private void heading(String title) {
        out.append("<fo:block font-family=\"Liberation Sans\" font-weight=\"bold\" font-size=\"10pt\" ")
                .append("space-before=\"8pt\" space-after=\"2pt\" text-align=\"start\" keep-with-next=\"always\">")
                .append(xml.escape(title)).append("</fo:block>");
    }

    @Override
    protected void sectionEnd(Section section) {
        out.append("</fo:block>\n");
    }

    @Override
    protected void paragraphStart() {
        out.append("<fo:block text-indent=\"1em\">");
    }

    @Override
    protected void paragraphEnd() {
        out.append("</fo:block>\n");
    }

    @Override
    protected void headingStart(int level) {
        out.append("<fo:block font-family=\"Liberation Sans\" font-weight=\"bold\" font-size=\"10pt\" ")
                .append("space-before=\"8pt\" space-after=\"2pt\" text-align=\"start\" keep-with-next=\"always\">");
    }

    @Override
    protected void headingEnd(int level) {
        out.append("</fo:block>\n");
    }

    @Override
    protected void quoteStart() {
        out.append("<fo:block margin-left=\"1.5em\" margin-right=\"1.5em\" space-before=\"4pt\" space-after=\"4pt\" ")
                .append("font-size=\"8.6pt\">");
    }

    @Override
    protected void quoteEnd() {
        out.append("</fo:block>\n");
    }

    @Override
    protected void listStart(boolean ordered) {
        out.append("<fo:list-block provisional-distance-between-starts=\"1.5em\">");
    }

    @Override
    protected void item(int number, boolean ordered, List<Inline> content) {
        out.append("<fo:list-item><fo:list-item-label end-indent=\"label-end()\"><fo:block>")
                .append(ordered ? number + "." : "•")
                .append("</fo:block></fo:list-item-label><fo:list-item-body start-indent=\"body-start()\"><fo:block>");
        inlines(content);
        out.append("</fo:block></fo:list-item-body></fo:list-item>");
    }

    @Override
    protected void listEnd(boolean ordered) {
        out.append("</fo:list-block>\n");
    }

    @Override
    protected void figure(Figure figure) {
        out.append("<fo:block font-family=\"Liberation Sans\" font-size=\"7.2pt\">")
                .append(xml.escape(Inlines.plainText(figure.caption()))).append("</fo:block>\n");
    }

    @Override
    protected void divider() {
        out.append("<fo:block text-align=\"center\" space-before=\"4pt\" space-after=\"4pt\">* * *</fo:block>\n");
    }

    @Override
    protected void text(String text) {
        out.append(xml.escape(text));
    }

    @Override
    protected void emphasis(boolean open) {
        out.append(open ? "<fo:inline font-style=\"italic\">" : "</fo:inline>");
    }

    @Override
    protected void strong(boolean open) {
        out.append(open ? "<fo:inline font-weight=\"bold\">" : "</fo:inline>");
    }

    @Override
    protected void link(String href, boolean open) {
        out.append(open ? "<fo:basic-link external-destination=\"url(" + xml.escape(href) + ")\">" : "</fo:basic-link>");
    }

    @Override
    protected void sourcesStart() {
        out.append("<fo:block font-family=\"Liberation Sans\" font-size=\"7.2pt\" text-align=\"start\">");
        heading("Sources quoted");
    }

    @Override
    protected void source(String name, String description, String quoteNumbers) {
        out.append("<fo:block><fo:inline font-weight=\"bold\">").append(xml.escape(name)).append("</fo:inline>");
        if (description != null) {
            out.append(", ").append(xml.escape(description));
        }
        out.append(" (").append(quoteNumbers).append(")</fo:block>");
    }

    @Override
    protected void sourcesEnd() {
        out.append("</fo:block>\n");
    }

    @Override
    protected void end() {
        out.append("""
                    </fo:flow>
                  </fo:page-sequence>
                </fo:root>
                """);
    }
}
