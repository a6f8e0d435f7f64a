package io.tearsheet.epub.internal;

import io.tearsheet.model.Article;
import io.tearsheet.model.BlockQuote;
import io.tearsheet.model.BlockVisitor;
import io.tearsheet.model.Divider;
import io.tearsheet.model.Figure;
import io.tearsheet.model.Heading;
import io.tearsheet.model.ListBlock;
import io.tearsheet.model.Paragraph;
import io.tearsheet.model.Section;

/** What the package needs to know about an article's content before writing it. */
final class ArticleFacts {
    private ArticleFacts() {
    }

    /** Whether the article has a figure anywhere. */
    static boolean hasFigures(Article article) {
        boolean[] found = {false};
        BlockVisitor<Void> visitor = new BlockVisitor<>() {
            @Override
            public Void visitParagraph(Paragraph paragraph) {
                return null;
            }

            @Override
            public Void visitHeading(Heading heading) {
                return null;
            }

            @Override
            public Void visitBlockQuote(BlockQuote blockQuote) {
                return null;
            }

            @Override
            public Void visitFigure(Figure figure) {
                found[0] = true;
                return null;
            }

            @Override
            public Void visitList(ListBlock list) {
                return null;
            }

            @Override
            public Void visitDivider(Divider divider) {
                return null;
            }
        };
        BlockWalk.Handler handler = new BlockWalk.Handler() {
            @Override
            public void enterBlockQuote(BlockQuote quote) {
                // figures inside are found as the walk goes on
            }

            @Override
            public void leaveBlockQuote(BlockQuote quote) {
                // nothing to do
            }

            @Override
            public BlockVisitor<Void> leaves() {
                return visitor;
            }
        };
        for (Section section : article.sections()) {
            BlockWalk.walk(section.blocks(), handler);
            if (found[0]) {
                return true;
            }
        }
        return false;
    }
}
