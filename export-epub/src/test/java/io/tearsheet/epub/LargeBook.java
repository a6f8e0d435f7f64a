package io.tearsheet.epub;

import io.tearsheet.export.ArticleSource;
import io.tearsheet.export.Book;
import io.tearsheet.model.Article;
import io.tearsheet.model.ArticleDate;
import io.tearsheet.model.Block;
import io.tearsheet.model.Byline;
import io.tearsheet.model.Metadata;
import io.tearsheet.model.Paragraph;
import io.tearsheet.model.QuoteKind;
import io.tearsheet.model.Section;
import io.tearsheet.model.Series;
import io.tearsheet.model.SourceKind;
import io.tearsheet.testing.ArticleDraft;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A book of any size whose articles are made on demand, each a news story of about 1,500 words with six
 * quoted sources (three of them recurring across the book, three its own), so that a book of ten thousand
 * articles can be written without ever existing in memory. The words are our own filler.
 */
final class LargeBook {
    private static final String FILLER = "The harbour board met again on Tuesday to weigh the cost of dredging the "
            + "eastern channel, a question that has divided the waterfront for a generation and that nobody on the "
            + "quay expects to be settled soon, whatever the engineers and the accountants say about the tides.";

    private LargeBook() {
    }

    static Book of(int size) {
        ArticleSource source = new ArticleSource() {
            @Override
            public int size() {
                return size;
            }

            @Override
            public Article get(int index) {
                return article(index);
            }
        };
        return Book.builder().title("A Harbour Chronicle in " + size + " Stories").author("The Tearsheet tests")
                .publisher("The Tearsheet Gazette").language("en").articles(source).build();
    }

    /** Article {@code index}, the same every time it is asked for. */
    static Article article(int index) {
        ArticleDraft d = new ArticleDraft();
        String own = "No. " + index;
        d.source("s1", "Harriet Okafor", SourceKind.PERSON, "the city’s transport commissioner", "Ms. Okafor");
        d.source("s2", "The Millbrook Courier", SourceKind.PUBLICATION, "the city’s oldest daily newspaper");
        d.source("s3", "the Alder River Authority", SourceKind.ORGANIZATION, null);
        d.source("s4", "Dockmaster " + own, SourceKind.PERSON, "who runs berth " + index);
        d.source("s5", "a pilot on shift " + index, SourceKind.ANONYMOUS, null);
        d.source("s6", "Survey " + own, SourceKind.DOCUMENT, null);
        List<Block> blocks = new ArrayList<>();
        for (int p = 0; p < 36; p++) {
            int speaker = p % 6 + 1;
            if (p % 3 == 0) {
                blocks.add(d.paragraph("“", d.quote("q" + p, "s" + speaker, QuoteKind.DIRECT, "said",
                        "We will keep the channel open in story " + index + ", paragraph " + p + "."), "” "
                        + FILLER));
            } else {
                blocks.add(Paragraph.of(FILLER + " " + FILLER));
            }
        }
        LocalDate day = LocalDate.of(2000, 1, 1).plusDays(index % 9000);
        Metadata metadata = Metadata.builder()
                .headline("Harbour story " + index + ": the channel question returns")
                .deck("The board weighs dredging again, and the quay waits.")
                .kicker("WATERFRONT")
                .byline(new Byline("Clara Mendes", "Staff writer"))
                .dateline("MILLBROOK")
                .published(ArticleDate.of(day))
                .language("en")
                .series(index % 4 == 0 ? new Series("The channel question", index / 4 % 9 + 1, 9) : null)
                .canonicalUrl("https://example.org/harbour/" + index)
                .build();
        return d.build(metadata, List.of(Section.body(blocks)));
    }
}
