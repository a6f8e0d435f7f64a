package io.tearsheet.bench.extraction;

import io.tearsheet.model.Article;
import io.tearsheet.model.BlockHandler;
import io.tearsheet.model.Blocks;
import io.tearsheet.model.Byline;
import io.tearsheet.model.Heading;
import io.tearsheet.model.Inlines;
import io.tearsheet.model.ListBlock;
import io.tearsheet.model.ListItem;
import io.tearsheet.model.Metadata;
import io.tearsheet.model.Paragraph;

import java.util.ArrayList;
import java.util.List;

/** The running text a reader found, block by block, as the scorers compare it with gold: no figure captions. */
final class ArticleText {
    private ArticleText() {
    }

    static List<String> bodyBlocks(Article article) {
        List<String> blocks = new ArrayList<>();
        Blocks.walkSections(article.sections(), new BlockHandler() {
            @Override
            public void paragraph(Paragraph paragraph) {
                blocks.add(paragraph.plainText());
            }

            @Override
            public void heading(Heading heading) {
                blocks.add(Inlines.plainText(heading.content()));
            }

            @Override
            public void list(ListBlock list) {
                for (ListItem item : list.items()) {
                    blocks.add(Inlines.plainText(item.content()));
                }
            }
        });
        return blocks;
    }

    /**
     * The prose printed above the body, apart from it: the deck (the standfirst under the headline), which
     * trafilatura's annotators count as main text. Empty when there is none.
     */
    static List<String> lead(Article article) {
        String deck = article.metadata().deck();
        return deck == null ? List.of() : List.of(deck);
    }

    /** The lead and the body's blocks: all the prose a reader of the article sees. */
    static List<String> prose(List<String> lead, List<String> body) {
        if (lead.isEmpty()) {
            return body;
        }
        List<String> prose = new ArrayList<>(lead);
        prose.addAll(body);
        return prose;
    }

    /** The header lines a page shows above the body: headline, deck, bylines, dateline. */
    static List<String> headerLines(Article article) {
        Metadata m = article.metadata();
        List<String> lines = new ArrayList<>();
        lines.add(m.headline());
        if (m.deck() != null) {
            lines.add(m.deck());
        }
        for (Byline byline : m.bylines()) {
            lines.add(byline.name());
        }
        if (m.dateline() != null) {
            lines.add(m.dateline());
        }
        return lines;
    }
}
