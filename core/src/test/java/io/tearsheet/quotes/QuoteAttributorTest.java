package io.tearsheet.quotes;

import io.tearsheet.model.Article;
import io.tearsheet.model.BlockQuote;
import io.tearsheet.model.EditorialInsertion;
import io.tearsheet.model.Emphasis;
import io.tearsheet.model.Inline;
import io.tearsheet.model.InlineContainer;
import io.tearsheet.model.InlineHandler;
import io.tearsheet.model.Inlines;
import io.tearsheet.model.Link;
import io.tearsheet.model.Metadata;
import io.tearsheet.model.Paragraph;
import io.tearsheet.model.Quote;
import io.tearsheet.model.QuoteKind;
import io.tearsheet.model.QuoteSpan;
import io.tearsheet.model.Section;
import io.tearsheet.model.SectionKind;
import io.tearsheet.model.Source;
import io.tearsheet.model.SourceKind;
import io.tearsheet.model.SpanLocation;
import io.tearsheet.model.Text;
import io.tearsheet.testing.ArticleArbitraries;
import io.tearsheet.testing.TestArticles;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuoteAttributorTest {
    private final QuoteAttributor attributor = QuoteAttributor.create();

    private static Article article(Paragraph... paragraphs) {
        return Article.builder().metadata(Metadata.builder().headline("Test").build())
                .section(Section.body(List.of(paragraphs))).build();
    }

    private static Article attributed(String... paragraphs) {
        Paragraph[] ps = new Paragraph[paragraphs.length];
        for (int i = 0; i < paragraphs.length; i++) {
            ps[i] = Paragraph.of(paragraphs[i]);
        }
        return QuoteAttributor.create().attribute(article(ps));
    }

    private static String speaker(Article article, Quote quote) {
        return quote.sourceId() == null ? null : article.source(quote.sourceId()).orElseThrow().name();
    }

    private static Quote quoteStarting(Article article, String start) {
        return article.quotes().stream().filter(q -> q.text().startsWith(start)).findFirst().orElseThrow();
    }

    @Test
    void attributesSaidAfterQuote() {
        Article a = attributed("“The growers have come to trust him,” a visiting economist said.");
        Quote q = a.quotes().get(0);
        assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT);
        assertThat(q.cue()).isEqualTo("said");
        assertThat(a.source(q.sourceId()).orElseThrow()).isEqualTo(Source.of("s1", "a visiting economist", SourceKind.ANONYMOUS));
    }

    @Test
    void attributesInvertedSaidAndKeepsTheDescription() {
        Article a = attributed("“We simply stopped looking,” said Harriet Okafor, the city’s transport commissioner.");
        Source s = a.sources().get(0);
        assertThat(s.name()).isEqualTo("Harriet Okafor");
        assertThat(s.kind()).isEqualTo(SourceKind.PERSON);
        assertThat(s.description()).isEqualTo("the city’s transport commissioner");
    }

    @Test
    void attributesAQuotationIntroducedWithToldAndAColon() {
        Article a = attributed("Mr. Lindqvist told the council last spring: “Charging must happen while people board.”");
        Quote q = a.quotes().get(0);
        assertThat(q.cue()).isEqualTo("told");
        assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT);
        assertThat(speaker(a, q)).isEqualTo("Mr. Lindqvist");
    }

    @Test
    void continuesTheSameSpeakerInOneParagraph() {
        Article a = attributed("“When we lost the contract, we cut the timetable,” said Mr. Varga. “You can’t sail without passengers.”");
        assertThat(a.quotes()).extracting(q -> speaker(a, q)).containsExactly("Mr. Varga", "Mr. Varga");
        assertThat(a.quotes()).extracting(Quote::cue).containsExactly("said", "said");
    }

    @Test
    void givesEveryParagraphOfARunningQuotationTheSameSpeaker() {
        Article a = attributed("“The sediment does not settle,” said Dr. Ravi Sethi. “It moves with every tide. You "
                        + "disturb it twice a day.",
                "“I would not say the plan is impossible.”");
        Quote first = quoteStarting(a, "It moves with every tide. You");
        Quote second = quoteStarting(a, "I would not say");
        assertThat(speaker(a, first)).isEqualTo("Ravi Sethi");
        assertThat(speaker(a, second)).isEqualTo("Ravi Sethi");
        assertThat(second.paragraph()).isEqualTo(first.paragraph() + 1);
    }

    @Test
    void givesTheEarlierPartOfARunningQuotationTheSpeakerAContinuationFoundForALaterPart() {
        Article a = attributed("“It moves with every tide. You disturb it twice a day.",
                "“I would not say the plan is impossible.” “Nor would I call it cheap,” said Dr. Ravi Sethi.");
        assertThat(a.quotes()).extracting(q -> speaker(a, q)).containsOnly("Ravi Sethi");
        assertThat(a.quotes()).hasSize(3);
    }

    @Test
    void leavesARunningQuotationThatNobodyIsNamedForUnattributed() {
        Article a = attributed("Dr. Ravi Sethi said the bay was shallow. “It moves with every tide.",
                "“I would not say the plan is impossible.”");
        assertThat(a.quotes()).extracting(Quote::sourceId).containsOnlyNulls();
        assertThat(a.quotes()).extracting(Quote::kind).containsOnly(QuoteKind.DIRECT);
    }

    @Test
    void resolvesHeOrSheToTheOneFittingSpeaker() {
        Article a = attributed("Kim Sorensen said she planned to stay unless an order came.",
                "“Everybody’s got their own line,” she said.");
        assertThat(speaker(a, a.quotes().get(0))).isEqualTo("Kim Sorensen");
    }

    @Test
    void leavesAPronounUnattributedWhenItCouldMeanTwoPeople() {
        Article a = attributed("Tom Reyes, a farmer, and Sam Ortiz, a baker, spoke at the meeting. Mr. Reyes said the plan"
                + " was fine; Mr. Ortiz said it was not.", "“I disagree with every word of it,” he said.");
        assertThat(a.quotes().get(0).sourceId()).isNull();
        assertThat(a.provenance().notes()).anyMatch(n -> n.contains("left unattributed"));
    }

    @Test
    void resolvesThePaperToThePublicationJustQuoted() {
        Article a = attributed("“The council has fallen in love with a postcard,” the Millbrook Courier wrote.",
                "The ferries will need “years, not months” to pay their way, the paper said.");
        Quote partial = quoteStarting(a, "years, not months");
        assertThat(partial.kind()).isEqualTo(QuoteKind.PARTIAL);
        assertThat(speaker(a, partial)).isEqualTo("Millbrook Courier");
        assertThat(a.sources()).hasSize(1);
        assertThat(a.sources().get(0).kind()).isEqualTo(SourceKind.PUBLICATION);
    }

    @Test
    void mergesAShortNameWithTheFullNameGivenEarlier() {
        Article a = attributed("A meeting between Ilse Brandt and Anton Varga is expected in May.",
                "“You can’t run a harbour without dredging it,” said Mr. Varga.");
        Source s = a.sources().get(0);
        assertThat(s.name()).isEqualTo("Anton Varga");
        assertThat(s.aliases()).containsExactly("Mr. Varga");
    }

    @Test
    void splitsADescriptionFromTheNameItDescribes() {
        Article a = attributed("“He is sincere,” commented the family-owned Kellford newspaper Evening Post.");
        Source s = a.sources().get(0);
        assertThat(s.name()).isEqualTo("Evening Post");
        assertThat(s.description()).isEqualTo("family-owned Kellford newspaper");
        assertThat(s.kind()).isEqualTo(SourceKind.PUBLICATION);
    }

    @Test
    void readsScareQuotesWithoutASpeaker() {
        Article a = attributed("Both sides welcome what they call “a new kind of neighbourliness.”",
                "The council unveiled an “independent” harbour policy.", "He dismissed the so-called “needle effect” outright.");
        assertThat(a.quotes()).extracting(Quote::kind).containsOnly(QuoteKind.SCARE);
        assertThat(a.quotes()).extracting(Quote::sourceId).containsOnlyNulls();
    }

    @Test
    void readsNestedQuotations() {
        Article a = attributed("The mayor has “laid to rest the fear of the ‘big grey heron,’” the paper said of Mr. Varga.");
        assertThat(a.quotes()).extracting(Quote::text)
                .containsExactly("laid to rest the fear of the ‘big grey heron,’", "big grey heron,");
        assertThat(a.quotes().get(1).kind()).isEqualTo(QuoteKind.SCARE);
    }

    @Test
    void readsIndirectSpeechOfGroupsAndDocuments() {
        Article a = attributed("Though the berth takes 500 ships a year, harbour pilots say the channel is too narrow.",
                "The ferry will move its berth, Danish and Dutch engineers say.",
                "The crews will exchange visits, according to Dutch and Danish engineers.",
                "The old service was notorious; in its final year, records show, one sailing in ten was cancelled.");
        assertThat(a.quotes()).extracting(Quote::kind).containsOnly(QuoteKind.INDIRECT);
        assertThat(a.quotes()).extracting(Quote::text).containsExactly("the channel is too narrow",
                "The ferry will move its berth", "The crews will exchange visits",
                "one sailing in ten was cancelled");
        assertThat(a.sources()).extracting(Source::kind)
                .containsExactly(SourceKind.GROUP, SourceKind.GROUP, SourceKind.GROUP, SourceKind.DOCUMENT);
    }

    @Test
    void leavesOnePersonsParaphraseAlone() {
        Article a = attributed("Mr. Marsh said the authority had studied the effects for three years.");
        assertThat(a.quotes()).isEmpty();
    }

    @Test
    void makesBracketedWordsInsideQuotationsEditorialInsertions() {
        Article a = attributed("He told the harbour board: “The offer we asked you to pass on [to the union] worked.” "
                + "The archive [see below] holds the letter.");
        List<Inline> content = a.paragraphs().get(0).content();
        List<String> insertions = new ArrayList<>();
        Inlines.walk(content, new InlineHandler() {
            @Override
            public void text(Text text) {
            }

            @Override
            public void insertion(EditorialInsertion insertion) {
                insertions.add(insertion.text());
            }

            @Override
            public void enter(InlineContainer container) {
            }

            @Override
            public void leave(InlineContainer container) {
            }
        });
        assertThat(insertions).containsExactly("to the union");
        assertThat(a.quotes().get(0).text()).isEqualTo("The offer we asked you to pass on to the union worked.");
        assertThat(a.paragraphs().get(0).plainText()).contains("[see below]");
    }

    @Test
    void putsTheSpanInsideAnEmphasisThatHoldsTheWholeQuotation() {
        Paragraph p = new Paragraph(List.of(new Text("The editorial said "),
                new Emphasis(List.of(new Text("“we were wrong,”"))), new Text(" and left it there.")));
        Article a = attributor.attribute(article(p));
        Inline emphasis = a.paragraphs().get(0).content().get(1);
        assertThat(emphasis).isInstanceOf(Emphasis.class);
        assertThat(((Emphasis) emphasis).content()).anyMatch(i -> i instanceof QuoteSpan);
    }

    @Test
    void keepsAQuotationThatCrossesALinkWithoutASpan() {
        Paragraph p = new Paragraph(List.of(new Text("“We were wrong about "),
                new Link("https://example.org", List.of(new Text("the bridge,” said Ann Lee, "))),
                new Text("the engineer.")));
        Article a = attributor.attribute(article(p));
        assertThat(a.quotes()).hasSize(1);
        assertThat(SpanLocation.locate(a.sections())).isEmpty();
        assertThat(a.provenance().notes()).anyMatch(n -> n.contains("crosses an inline boundary"));
    }

    @Test
    void numbersQuotesInReadingOrderAndSourcesByFirstQuotation() {
        Article a = attributed("“First,” said Ann Lee. “Second,” said Bo Chan.", "“Third,” said Ann Lee.");
        assertThat(a.quotes()).extracting(Quote::id).containsExactly("q1", "q2", "q3");
        assertThat(a.quotes()).extracting(Quote::sourceId).containsExactly("s1", "s2", "s1");
        assertThat(a.sources()).extracting(Source::name).containsExactly("Ann Lee", "Bo Chan");
    }

    @Test
    void offsetsCountCodePointsAsSpanLocationDoes() {
        Article a = attributed("⛴️ 𝔉𝔢𝔯𝔯𝔶 fans: “We love the boat,” said Ann Lee.");
        Quote q = a.quotes().get(0);
        SpanLocation span = SpanLocation.locate(a.sections()).get(0);
        assertThat(q.start()).isEqualTo(span.start());
        assertThat(q.end()).isEqualTo(span.end());
        assertThat(q.text()).isEqualTo("We love the boat,");
    }

    @Test
    void findsQuotationsInBlockQuotesAndOtherSections() {
        Article input = Article.builder().metadata(Metadata.builder().headline("Test").build())
                .section(Section.body(List.of(Paragraph.of("Intro."),
                        new BlockQuote(List.of(Paragraph.of("“Nested in a block quote,” said Ann Lee.")), false))))
                .section(new Section(SectionKind.SIDEBAR, "Box", List.of(Paragraph.of("“And a sidebar,” said Bo Chan."))))
                .build();
        Article a = attributor.attribute(input);
        assertThat(a.quotes()).extracting(Quote::paragraph).containsExactly(1, 2);
        assertThat(a.sources()).extracting(Source::name).containsExactly("Ann Lee", "Bo Chan");
    }

    @Test
    void capsNestingAndNotesIt() {
        Article a = QuoteAttributor.builder().maxNestingDepth(2).build()
                .attribute(article(Paragraph.of("He said “one ‘two “three” two’ one” and left.")));
        assertThat(a.quotes()).hasSize(2);
        assertThat(a.provenance().notes()).anyMatch(n -> n.contains("nested deeper than 2"));
    }

    @Test
    void refusesAnArticleThatAlreadyHasQuotations() {
        assertThatThrownBy(() -> attributor.attribute(TestArticles.everything()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givesTheSameResultFromManyThreads() {
        Article input = article(Paragraph.of("“We simply stopped looking,” said Harriet Okafor, the commissioner."),
                Paragraph.of("“The river was here,” she said. City officials say the cost was a billion."));
        Article expected = attributor.attribute(input);
        List<Article> results = IntStream.range(0, 64).parallel().mapToObj(i -> attributor.attribute(input)).toList();
        assertThat(results).containsOnly(expected);
    }

    @Property(tries = 200)
    void attributesAnyArticleWithoutQuotesIntoAValidArticle(@ForAll("articles") Article generated) {
        Article input = withoutQuotes(generated);
        Article a = attributor.attribute(input);
        assertThat(a.paragraphs()).hasSameSizeAs(input.paragraphs());
        for (Quote q : a.quotes()) {
            assertThat(q.sourceId() == null || a.source(q.sourceId()).isPresent()).isTrue();
        }
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<Article> articles() {
        return ArticleArbitraries.articles();
    }

    /** The article with its quote spans unwrapped and its quotes and sources dropped. */
    private static Article withoutQuotes(Article article) {
        List<Paragraph> paragraphs = new ArrayList<>();
        for (Paragraph p : article.paragraphs()) {
            paragraphs.add(new Paragraph(unwrap(p.content())));
        }
        List<Section> sections = new ArrayList<>();
        int[] next = {0};
        for (Section s : article.sections()) {
            sections.add(new Section(s.kind(), s.title(), replaceParagraphs(s.blocks(), paragraphs, next)));
        }
        return article.toBuilder().sections(sections).quotes(List.of()).sources(List.of()).build();
    }

    private static List<io.tearsheet.model.Block> replaceParagraphs(List<io.tearsheet.model.Block> blocks,
                                                                    List<Paragraph> paragraphs, int[] next) {
        List<io.tearsheet.model.Block> out = new ArrayList<>();
        for (io.tearsheet.model.Block b : blocks) {
            if (b instanceof Paragraph) {
                out.add(paragraphs.get(next[0]++));
            } else if (b instanceof BlockQuote q) {
                out.add(new BlockQuote(replaceParagraphs(q.blocks(), paragraphs, next), q.pullQuote()));
            } else {
                out.add(b);
            }
        }
        return out;
    }

    private static List<Inline> unwrap(List<Inline> content) {
        Deque<List<Inline>> stack = new ArrayDeque<>();
        Deque<InlineContainer> containers = new ArrayDeque<>();
        stack.push(new ArrayList<>());
        Inlines.walk(content, new InlineHandler() {
            @Override
            public void text(Text text) {
                stack.peek().add(text);
            }

            @Override
            public void insertion(EditorialInsertion insertion) {
                stack.peek().add(insertion);
            }

            @Override
            public void enter(InlineContainer container) {
                containers.push(container);
                stack.push(new ArrayList<>());
            }

            @Override
            public void leave(InlineContainer container) {
                List<Inline> children = stack.pop();
                InlineContainer c = containers.pop();
                if (c instanceof QuoteSpan) {
                    stack.peek().addAll(children);
                } else if (c instanceof Emphasis) {
                    stack.peek().add(new Emphasis(children));
                } else if (c instanceof io.tearsheet.model.Strong) {
                    stack.peek().add(new io.tearsheet.model.Strong(children));
                } else if (c instanceof Link l) {
                    stack.peek().add(new Link(l.href(), children));
                }
            }
        });
        return stack.pop();
    }
}
