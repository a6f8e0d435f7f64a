package io.tearsheet.model;

import io.tearsheet.testing.TestArticles;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BlocksTest {

    private static final Figure FIGURE = new Figure("lamp.jpg", List.of(new Text("A lamp")), null, null);

    private static List<Block> nested() {
        return List.of(
                Paragraph.of("one"),
                new BlockQuote(List.of(Paragraph.of("two"), new BlockQuote(List.of(Paragraph.of("three"),
                        FIGURE), false)), true),
                new Divider(),
                Paragraph.of("four"));
    }

    @Test
    void visitsBlocksInReadingOrderEnteringAndLeavingBlockQuotes() {
        List<String> events = new ArrayList<>();
        Blocks.walk(nested(), new BlockHandler() {
            @Override
            public void paragraph(Paragraph paragraph) {
                events.add(paragraph.plainText());
            }

            @Override
            public void figure(Figure figure) {
                events.add("figure");
            }

            @Override
            public void divider(Divider divider) {
                events.add("divider");
            }

            @Override
            public void enterBlockQuote(BlockQuote quote) {
                events.add("(");
            }

            @Override
            public void leaveBlockQuote(BlockQuote quote) {
                events.add(")");
            }
        });

        assertThat(events).containsExactly("one", "(", "two", "(", "three", "figure", ")", ")", "divider", "four");
    }

    @Test
    void paragraphsAreCountedAsArticleParagraphsCountsThem() {
        Article article = TestArticles.everything();

        assertThat(Blocks.paragraphs(article.sections())).isEqualTo(article.paragraphs());
    }

    @Test
    void replacingParagraphsKeepsEveryOtherBlockAndTheQuotesShape() {
        List<Block> replaced = Blocks.replaceParagraphs(nested(),
                paragraph -> Paragraph.of(paragraph.plainText().toUpperCase(java.util.Locale.ROOT)));

        assertThat(replaced).containsExactly(
                Paragraph.of("ONE"),
                new BlockQuote(List.of(Paragraph.of("TWO"), new BlockQuote(List.of(Paragraph.of("THREE"),
                        FIGURE), false)), true),
                new Divider(),
                Paragraph.of("FOUR"));
    }

    @Test
    void blockQuotesNestedTenThousandDeepAreWalkedWithoutRecursion() {
        List<Block> blocks = List.of(Paragraph.of("core"));
        for (int i = 0; i < 10_000; i++) {
            blocks = List.of(new BlockQuote(blocks, false));
        }

        assertThat(Blocks.paragraphs(List.of(Section.body(blocks)))).extracting(Paragraph::plainText)
                .containsExactly("core");
        List<Block> replaced = Blocks.replaceParagraphs(blocks, paragraph -> Paragraph.of("CORE"));
        int[] depth = {0};
        Blocks.walk(replaced, new BlockHandler() {
            @Override
            public void enterBlockQuote(BlockQuote quote) {
                depth[0]++;
            }
        });
        assertThat(depth[0]).isEqualTo(10_000);
        assertThat(Blocks.paragraphs(List.of(Section.body(replaced)))).extracting(Paragraph::plainText)
                .containsExactly("CORE");
    }
}
