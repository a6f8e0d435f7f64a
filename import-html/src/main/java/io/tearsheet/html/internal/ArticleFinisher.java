package io.tearsheet.html.internal;

import io.tearsheet.model.Article;
import io.tearsheet.model.Block;
import io.tearsheet.model.BlockQuote;
import io.tearsheet.model.Byline;
import io.tearsheet.model.Figure;
import io.tearsheet.model.Heading;
import io.tearsheet.model.Inline;
import io.tearsheet.model.InlineContainer;
import io.tearsheet.model.ListBlock;
import io.tearsheet.model.ListItem;
import io.tearsheet.model.Metadata;
import io.tearsheet.model.Paragraph;
import io.tearsheet.model.Quote;
import io.tearsheet.model.Section;
import io.tearsheet.model.Series;
import io.tearsheet.model.Text;
import io.tearsheet.quotes.QuoteAttributor;
import io.tearsheet.read.Typography;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The passes every reader shares, run once the structure is read: typographic quotation marks and apostrophes
 * ({@link Typography}, each paragraph's text runs curled together so that a quotation may open in one run and close
 * in another), then the quotation pass ({@link QuoteAttributor}).
 *
 * <p>Pull quotes repeat words the body already holds, so they are kept out of the quotation pass: it runs on the
 * article without them, they are put back where they stood, and every quote's paragraph index is moved past them.
 * Their words are therefore never counted as a second quotation.
 */
final class ArticleFinisher {
    private ArticleFinisher() {
    }

    static Article finish(Article article, QuoteAttributor attributor) {
        Article curled = curl(article);
        List<Section> withoutPullQuotes = new ArrayList<>();
        boolean hasPullQuotes = false;
        for (Section section : curled.sections()) {
            List<Block> kept = new ArrayList<>();
            for (Block block : section.blocks()) {
                if (block instanceof BlockQuote quote && quote.pullQuote()) {
                    hasPullQuotes = true;
                } else {
                    kept.add(block);
                }
            }
            withoutPullQuotes.add(new Section(section.kind(), section.title(), kept));
        }
        if (!hasPullQuotes) {
            return attributor.attribute(curled);
        }
        Article attributed = attributor.attribute(curled.toBuilder().sections(withoutPullQuotes).build());
        return putBackPullQuotes(curled, attributed);
    }

    /** The attributed article with the pull quotes of {@code curled} back in place and quote indices moved. */
    private static Article putBackPullQuotes(Article curled, Article attributed) {
        List<Section> sections = new ArrayList<>();
        List<Integer> fullIndexOf = new ArrayList<>();
        int fullIndex = 0;
        for (int s = 0; s < curled.sections().size(); s++) {
            Section original = curled.sections().get(s);
            Iterator<Block> rewritten = attributed.sections().get(s).blocks().iterator();
            List<Block> blocks = new ArrayList<>();
            for (Block block : original.blocks()) {
                boolean pull = block instanceof BlockQuote quote && quote.pullQuote();
                Block placed = pull ? block : rewritten.next();
                int paragraphs = Article.paragraphsOf(List.of(Section.body(List.of(placed)))).size();
                for (int p = 0; p < paragraphs; p++) {
                    if (!pull) {
                        fullIndexOf.add(fullIndex);
                    }
                    fullIndex++;
                }
                blocks.add(placed);
            }
            sections.add(new Section(original.kind(), original.title(), blocks));
        }
        List<Quote> quotes = new ArrayList<>();
        for (Quote quote : attributed.quotes()) {
            quotes.add(new Quote(quote.id(), quote.sourceId(), quote.kind(), quote.cue(), quote.text(),
                    fullIndexOf.get(quote.paragraph()), quote.start(), quote.end()));
        }
        return attributed.toBuilder().sections(sections).quotes(quotes).build();
    }

    /** The article with typographic quotation marks and apostrophes in its text and its metadata. */
    static Article curl(Article article) {
        List<Section> sections = new ArrayList<>();
        for (Section section : article.sections()) {
            List<Block> blocks = new ArrayList<>();
            for (Block block : section.blocks()) {
                blocks.add(curl(block));
            }
            sections.add(new Section(section.kind(), curl(section.title()), blocks));
        }
        return article.toBuilder().metadata(curl(article.metadata())).sections(sections).build();
    }

    private static Block curl(Block block) {
        if (block instanceof Paragraph paragraph) {
            return new Paragraph(curlInlines(paragraph.content()));
        }
        if (block instanceof Heading heading) {
            return new Heading(heading.level(), curlInlines(heading.content()));
        }
        if (block instanceof ListBlock list) {
            List<ListItem> items = new ArrayList<>();
            for (ListItem item : list.items()) {
                items.add(new ListItem(curlInlines(item.content())));
            }
            return new ListBlock(list.ordered(), items);
        }
        if (block instanceof BlockQuote quote) {
            List<Block> blocks = new ArrayList<>();
            for (Block inner : quote.blocks()) {
                blocks.add(curl(inner));
            }
            return new BlockQuote(blocks, quote.pullQuote());
        }
        if (block instanceof Figure figure) {
            return new Figure(figure.source(), curlInlines(figure.caption()), curl(figure.credit()),
                    curl(figure.altText()));
        }
        return block;
    }

    private static Metadata curl(Metadata metadata) {
        List<Byline> bylines = new ArrayList<>();
        for (Byline byline : metadata.bylines()) {
            bylines.add(new Byline(curl(byline.name()), curl(byline.role())));
        }
        Series series = metadata.series() == null ? null
                : new Series(curl(metadata.series().title()), metadata.series().part(), metadata.series().parts());
        return metadata.toBuilder().headline(curl(metadata.headline())).deck(curl(metadata.deck()))
                .kicker(curl(metadata.kicker())).bylines(bylines).dateline(curl(metadata.dateline()))
                .publisher(curl(metadata.publisher())).series(series).rights(curl(metadata.rights())).build();
    }

    private static String curl(String text) {
        return text == null ? null : Typography.curl(text);
    }

    /** The inlines with their text runs curled together, as one paragraph. */
    static List<Inline> curlInlines(List<Inline> inlines) {
        List<String> runs = new ArrayList<>();
        collectRuns(inlines, runs);
        if (runs.isEmpty()) {
            return inlines;
        }
        return replaceRuns(inlines, Typography.curl(runs).iterator());
    }

    /**
     * The text runs of an inline tree in reading order. Trees from the body mapper are at most
     * {@link InlineBuffer#MAX_NESTING} deep, which bounds this recursion.
     */
    private static void collectRuns(List<Inline> inlines, List<String> runs) {
        for (Inline inline : inlines) {
            if (inline instanceof Text text) {
                runs.add(text.text());
            } else if (inline instanceof InlineContainer container) {
                collectRuns(container.content(), runs);
            }
        }
    }

    private static List<Inline> replaceRuns(List<Inline> inlines, Iterator<String> curled) {
        List<Inline> out = new ArrayList<>(inlines.size());
        for (Inline inline : inlines) {
            if (inline instanceof Text) {
                String text = curled.next();
                if (!text.isEmpty()) {
                    out.add(new Text(text));
                }
            } else if (inline instanceof InlineContainer container) {
                List<Inline> content = replaceRuns(container.content(), curled);
                if (!content.isEmpty()) {
                    out.add(InlineTrees.rebuild(container, content));
                }
            } else {
                out.add(inline);
            }
        }
        return out;
    }
}
