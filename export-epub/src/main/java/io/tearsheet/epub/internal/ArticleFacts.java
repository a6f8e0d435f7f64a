package io.tearsheet.epub.internal;

import io.tearsheet.model.Article;
import io.tearsheet.model.BlockHandler;
import io.tearsheet.model.Blocks;
import io.tearsheet.model.Figure;
import io.tearsheet.model.Section;

/** What the package needs to know about an article's content before writing it. */
final class ArticleFacts {
    private ArticleFacts() {
    }

    /** Whether the article has a figure anywhere, inside block quotes too. */
    static boolean hasFigures(Article article) {
        boolean[] found = {false};
        BlockHandler figures = new BlockHandler() {
            @Override
            public void figure(Figure figure) {
                found[0] = true;
            }
        };
        for (Section section : article.sections()) {
            Blocks.walk(section.blocks(), figures);
            if (found[0]) {
                return true;
            }
        }
        return false;
    }
}
