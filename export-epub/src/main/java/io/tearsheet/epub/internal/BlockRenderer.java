package io.tearsheet.epub.internal;

import io.tearsheet.model.Block;
import io.tearsheet.model.BlockHandler;
import io.tearsheet.model.BlockQuote;
import io.tearsheet.model.Blocks;
import io.tearsheet.model.Divider;
import io.tearsheet.model.Figure;
import io.tearsheet.model.Heading;
import io.tearsheet.model.Inlines;
import io.tearsheet.model.ListBlock;
import io.tearsheet.model.ListItem;
import io.tearsheet.model.Paragraph;
import io.tearsheet.export.FigureImages;
import io.tearsheet.export.QuotedSources;
import io.tearsheet.export.ScriptLanguages;

import java.util.List;

/**
 * Renders an article's blocks as XHTML flow content, in reading order, counting paragraphs the way
 * {@link io.tearsheet.model.Article#paragraphs()} does so that quotations without a span can be found by their
 * paragraph. One renderer serves all sections of one article document.
 *
 * <ul>
 *   <li>paragraph → {@code p} (with an id when a quotation without a span is found through it, and that
 *       quotation's note reference at its end; with {@code lang} when it is written in another script than the
 *       document's);</li>
 *   <li>heading → {@code h2}…{@code h6}, left out when it has no text;</li>
 *   <li>block quote → {@code blockquote}; pull quote → {@code aside epub:type="pullquote"};</li>
 *   <li>figure → {@code figure}: with its image ({@code img}, its alternative text from the figure's description,
 *       else its caption) when one was found, else a note that the image is not included and the description;
 *       then the caption and credit;</li>
 *   <li>list → {@code ul}/{@code ol}; divider → {@code hr}.</li>
 * </ul>
 */
final class BlockRenderer implements BlockHandler {
    static final String IMAGE_NOT_INCLUDED = "Image not included.";

    private final XmlWriter out;
    private final ArticleQuotes quotes;
    private final InlineRenderer inlines;
    private final FigureFiles images;
    private final String language;
    private int paragraphIndex;
    private int figureIndex;

    /**
     * @param language the document's language, against which paragraphs and quotations in another script are
     *                 tagged with their own ({@link ScriptLanguages})
     */
    BlockRenderer(XmlWriter out, ExportContext context, ArticleQuotes quotes, FigureFiles images, String language) {
        this.out = out;
        this.language = language;
        this.quotes = quotes;
        this.images = images;
        this.inlines = InlineRenderer.forArticle(out, context, quotes);
        inlines.enclosingLanguage(language);
    }

    /** Renders {@code blocks}, continuing the paragraph count of earlier calls. */
    void render(List<Block> blocks) {
        Blocks.walk(blocks, this);
    }

    @Override
    public void enterBlockQuote(BlockQuote quote) {
        if (quote.pullQuote()) {
            out.start("aside", "class", "pullquote", "epub:type", "pullquote", "role", "doc-pullquote").newline();
        } else {
            out.start("blockquote").newline();
        }
    }

    @Override
    public void leaveBlockQuote(BlockQuote quote) {
        out.endLine();
    }

    @Override
    public void paragraph(Paragraph paragraph) {
        int index = paragraphIndex++;
        String lang = ScriptLanguages.differing(Inlines.plainText(paragraph.content()), language).orElse(null);
        out.start("p", "id", quotes.paragraphNeedsId(index) ? ArticleQuotes.paragraphId(index) : null,
                "lang", lang, "xml:lang", lang,
                "dir", lang != null && ScriptLanguages.isRightToLeft(lang) ? "rtl" : null);
        inlines.enclosingLanguage(lang != null ? lang : language);
        inlines.renderParagraph(paragraph.content(),
                quotes.unmarkedIn(index).stream().map(QuotedSources.NumberedQuote::number).toList());
        inlines.enclosingLanguage(language);
        out.endLine();
    }

    @Override
    public void heading(Heading heading) {
        if (CleanText.hasText(out, Inlines.plainText(heading.content()))) {
            out.start("h" + heading.level());
            inlines.render(heading.content());
            out.endLine();
        }
    }

    @Override
    public void figure(Figure figure) {
        int number = ++figureIndex;
        out.start("figure", "class", "figure", "data-source", figure.source()).newline();
        boolean caption = CleanText.hasText(out, Inlines.plainText(figure.caption()));
        boolean credit = CleanText.hasText(out, figure.credit());
        String captionId = null;
        var image = images.href(figure);
        if (image.isPresent()) {
            String alt = FigureImages.altText(figure);
            boolean described = alt != null && CleanText.hasText(out, alt);
            // an image nothing describes is still tied to whatever its caption says (a credit, at least)
            captionId = !described && (caption || credit) ? "figure-caption-" + number : null;
            out.empty("img", "src", image.get(), "alt", described ? alt : "", "aria-describedby", captionId)
                    .newline();
        } else {
            out.start("p", "class", "image-missing");
            out.element("span", IMAGE_NOT_INCLUDED, "class", "image-note");
            if (CleanText.hasText(out, figure.altText())) {
                out.raw(" ").element("span", figure.altText(), "class", "alt");
            }
            out.endLine();
        }
        if (caption || credit) {
            out.start("figcaption", "id", captionId);
            if (caption) {
                out.start("span", "class", "caption");
                inlines.render(figure.caption());
                out.end();
            }
            if (credit) {
                if (caption) {
                    out.raw(" ");
                }
                out.element("span", figure.credit(), "class", "credit", "epub:type", "credit", "role", "doc-credit");
            }
            out.endLine();
        }
        out.endLine();
    }

    @Override
    public void list(ListBlock list) {
        out.start(list.ordered() ? "ol" : "ul").newline();
        for (ListItem item : list.items()) {
            out.start("li");
            inlines.render(item.content());
            out.endLine();
        }
        out.endLine();
    }

    @Override
    public void divider(Divider divider) {
        out.empty("hr", "class", "divider").newline();
    }
}
