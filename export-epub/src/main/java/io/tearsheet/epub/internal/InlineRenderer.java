package io.tearsheet.epub.internal;

import io.tearsheet.export.ScriptLanguages;
import io.tearsheet.model.EditorialInsertion;
import io.tearsheet.model.Emphasis;
import io.tearsheet.model.Inline;
import io.tearsheet.model.InlineContainer;
import io.tearsheet.model.InlineHandler;
import io.tearsheet.model.Inlines;
import io.tearsheet.model.Link;
import io.tearsheet.model.Quote;
import io.tearsheet.model.QuoteSpan;
import io.tearsheet.model.Source;
import io.tearsheet.model.Strong;
import io.tearsheet.model.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Renders inline trees as XHTML phrasing content, driven by core's {@link Inlines#walk} (so it never recurses).
 *
 * <ul>
 *   <li>Emphasis and strong become {@code em} and {@code strong}.</li>
 *   <li>A link becomes {@code a} when its target is an absolute web or mail address and no link is already open
 *       (HTML forbids nested links); otherwise its text stays, in a {@code span}, and the report says so.</li>
 *   <li>An editorial insertion is drawn in square brackets, inside a {@code span class="insertion"}.</li>
 *   <li>A quotation becomes a {@code span} carrying its kind, its model id, its speaker and, when written in
 *       another script than the text around it, its language; in an article
 *       document a numbered quotation also gets an id and, when the article has a "Sources quoted" page, a
 *       note reference to its entry there.</li>
 * </ul>
 *
 * <p>A note reference goes where a reader expects a note mark: after the closing quotation mark and the
 * punctuation that hugs it ({@code …traffic],”¹ said}), never inside a link. Since the model keeps quotation
 * marks outside the span, the reference waits after the span for the text that follows, and is written once that
 * text's leading closing marks and punctuation are out, or before anything else comes, or when the block ends
 * ({@link #finish()}).
 */
final class InlineRenderer implements InlineHandler {
    /** Closing quotation marks of the common scripts, and the punctuation that sits against them. */
    private static final String CLOSING = "”’\"'»›」』〞〟,.;:!?…)]";

    private final XmlWriter out;
    private final ExportContext context;
    private final ArticleQuotes quotes;
    private final boolean inArticle;
    private final List<Integer> pendingNoteRefs = new ArrayList<>();
    private String enclosingLanguage;
    private int linkDepth;
    private int anchorDepth = -1;

    private InlineRenderer(XmlWriter out, ExportContext context, ArticleQuotes quotes, boolean inArticle) {
        this.out = out;
        this.context = context;
        this.quotes = quotes;
        this.inArticle = inArticle;
    }

    /** A renderer for the article document itself: quotations get ids and note references. */
    static InlineRenderer forArticle(XmlWriter out, ExportContext context, ArticleQuotes quotes) {
        return new InlineRenderer(out, context, quotes, true);
    }

    /**
     * A renderer for text repeated elsewhere (a quotation on the "Sources quoted" page): no ids, no note
     * references, so nothing is defined twice.
     */
    static InlineRenderer forExcerpt(XmlWriter out, ExportContext context, ArticleQuotes quotes) {
        return new InlineRenderer(out, context, quotes, false);
    }

    /** The language in force around the inlines rendered next, against which quotations are tagged; null if unknown. */
    void enclosingLanguage(String language) {
        this.enclosingLanguage = language;
    }

    /** Renders {@code inlines}, then any note reference still waiting: one call per block. */
    void render(List<Inline> inlines) {
        Inlines.walk(inlines, this);
        finish();
    }

    /**
     * Renders a paragraph, then note references for its quotations that have no span (numbers in reading order),
     * after those of the spans.
     */
    void renderParagraph(List<Inline> inlines, List<Integer> unmarkedNotes) {
        Inlines.walk(inlines, this);
        if (inArticle && quotes.files().sources() != null) {
            pendingNoteRefs.addAll(unmarkedNotes);
            pendingNoteRefs.sort(null);
        }
        finish();
    }

    /** Writes the note references still waiting; the block they belong to ends. */
    void finish() {
        if (anchorDepth < 0) {
            writePendingNoteRefs();
        }
    }

    @Override
    public void text(Text text) {
        String value = text.text();
        if (!pendingNoteRefs.isEmpty() && anchorDepth < 0) {
            int split = closingPunctuation(value);
            out.text(value.substring(0, split));
            writePendingNoteRefs();
            out.text(value.substring(split));
        } else {
            out.text(value);
        }
    }

    @Override
    public void insertion(EditorialInsertion insertion) {
        finish();
        out.start("span", "class", "insertion").raw("[").text(insertion.text()).raw("]").end();
    }

    @Override
    public void enter(InlineContainer container) {
        finish();
        if (container instanceof Emphasis) {
            out.start("em");
        } else if (container instanceof Strong) {
            out.start("strong");
        } else if (container instanceof Link link) {
            enterLink(link);
        } else if (container instanceof QuoteSpan span) {
            enterQuote(span);
        }
    }

    @Override
    public void leave(InlineContainer container) {
        if (!(container instanceof QuoteSpan)) {
            // a quotation's own closing mark may be outside this container; its note waits no longer
            finish();
        }
        out.end();
        if (container instanceof Link) {
            if (anchorDepth == linkDepth) {
                anchorDepth = -1;
            }
            linkDepth--;
        } else if (container instanceof QuoteSpan span && inArticle && quotes.files().sources() != null) {
            quotes.number(span.quoteId()).ifPresent(pendingNoteRefs::add);
        }
    }

    /** The length of the closing quotation marks and punctuation that open {@code text}. */
    private static int closingPunctuation(String text) {
        int i = 0;
        while (i < text.length() && CLOSING.indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    private void writePendingNoteRefs() {
        for (int i = 0; i < pendingNoteRefs.size(); i++) {
            if (i > 0) {
                out.element("span", ",", "class", "noteref-separator");
            }
            noteRef(pendingNoteRefs.get(i));
        }
        pendingNoteRefs.clear();
    }

    /**
     * A note reference to quotation {@code number} on the "Sources quoted" page; reading systems that support
     * them show the note as a pop-up.
     */
    private void noteRef(int number) {
        out.element("a", Integer.toString(number), "class", "noteref", "epub:type", "noteref",
                "role", "doc-noteref", "href", quotes.files().sources() + "#" + ArticleQuotes.noteId(number));
    }

    private void enterLink(Link link) {
        linkDepth++;
        Optional<String> target = LinkTargets.usable(link.href());
        if (anchorDepth < 0 && target.isPresent()) {
            anchorDepth = linkDepth;
            out.start("a", "href", target.get());
            return;
        }
        out.start("span", "class", "link");
        context.change(target.isPresent()
                ? "a link inside another link was kept as text, since links cannot nest"
                : "a link was kept as text: its target is not an absolute http, https or mailto address");
    }

    private void enterQuote(QuoteSpan span) {
        Quote quote = quotes.quote(span.quoteId());
        String kind = quote.kind().name().toLowerCase(Locale.ROOT);
        Optional<Integer> number = quotes.number(span.quoteId());
        Optional<Source> speaker = quotes.speaker(quote);
        String lang = enclosingLanguage == null ? null
                : ScriptLanguages.differing(Inlines.plainText(span.content()), enclosingLanguage).orElse(null);
        out.start("span",
                "lang", lang,
                "xml:lang", lang,
                // an isolate, so that punctuation and note marks around it keep the paragraph's direction
                "dir", lang != null && ScriptLanguages.isRightToLeft(lang) ? "rtl" : null,
                "class", "quote " + kind,
                "id", inArticle && number.isPresent() ? ArticleQuotes.spanId(number.get()) : null,
                "data-quote-id", inArticle ? quote.id() : null,
                "data-source-id", inArticle ? quote.sourceId() : null,
                "title", speaker.map(Source::name).orElse(null));
    }
}
