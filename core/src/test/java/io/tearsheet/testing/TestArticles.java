package io.tearsheet.testing;

import io.tearsheet.model.Article;
import io.tearsheet.model.ArticleDate;
import io.tearsheet.model.BlockQuote;
import io.tearsheet.model.Byline;
import io.tearsheet.model.Divider;
import io.tearsheet.model.EditorialInsertion;
import io.tearsheet.model.Emphasis;
import io.tearsheet.model.Figure;
import io.tearsheet.model.Heading;
import io.tearsheet.model.Identifier;
import io.tearsheet.model.Link;
import io.tearsheet.model.ListBlock;
import io.tearsheet.model.ListItem;
import io.tearsheet.model.Metadata;
import io.tearsheet.model.Paragraph;
import io.tearsheet.model.Provenance;
import io.tearsheet.model.Quote;
import io.tearsheet.model.QuoteKind;
import io.tearsheet.model.Section;
import io.tearsheet.model.SectionKind;
import io.tearsheet.model.Series;
import io.tearsheet.model.SourceKind;
import io.tearsheet.model.Strong;
import io.tearsheet.model.Text;

import java.util.List;

import static io.tearsheet.model.QuoteKind.DIRECT;
import static io.tearsheet.model.QuoteKind.PARTIAL;
import static io.tearsheet.model.QuoteKind.SCARE;

/**
 * Articles written for tests (our own words): one that uses every part of the model, and small ones.
 */
public final class TestArticles {
    private TestArticles() {
    }

    /** A short article that uses every block, inline, section, quote and source kind. */
    public static Article everything() {
        ArticleDraft d = new ArticleDraft();
        d.source("s1", "Harriet Okafor", SourceKind.PERSON, "the city's transport commissioner", "Ms. Okafor");
        d.source("s2", "The Millbrook Courier", SourceKind.PUBLICATION, "the city's oldest daily newspaper",
                "the Courier");
        d.source("s3", "a ferry captain", SourceKind.ANONYMOUS, "not authorised to speak to the press");
        d.source("s4", "city officials", SourceKind.GROUP, null);
        d.source("s5", "the Alder River Authority", SourceKind.ORGANIZATION, null);
        d.source("s6", "the ridership survey", SourceKind.DOCUMENT, null);

        Paragraph lead = d.paragraph("MILLBROOK — At half past five the first passengers stood on the landing, "
                + "waiting for what older residents call “", d.quote("q1", null, SCARE, null, "the night boat"),
                ".”");
        Paragraph okafor = d.paragraph("“",
                d.quote("q2", "s1", DIRECT, "said",
                        "We spent half a century building bridges and then discovered we could not build enough of "
                                + "them ", new EditorialInsertion("to carry the traffic"), ","),
                "” said Harriet Okafor, the city’s transport commissioner.");
        Paragraph courier = d.paragraph("The Courier wrote that the council had “",
                d.quote("q3", "s2", PARTIAL, "wrote", "fallen in love with a ‘",
                        d.quote("q4", null, SCARE, null, "postcard"), "’"),
                ",” and that the ferries would need ",
                new Emphasis(List.of(new Text("years, not months"))), ".");
        Paragraph captain = d.paragraph("“",
                d.quote("q5", "s3", DIRECT, "said", "Now we are learning who actually needs us."),
                "” a ferry captain said. Ridership averaged just over 3,000 trips a day, city officials say.");
        Paragraph link = d.paragraph("The ", new Strong(List.of(new Text("full timetable"))), " is at ",
                new Link("https://example.org/ferries", List.of(new Text("the city’s site"))),
                ". Emoji and other planes: ⛴️ 𝔉𝔢𝔯𝔯𝔶 中文 עברית.");
        d.unmarkedQuote("q6", "s4", QuoteKind.INDIRECT, "say", captain,
                "Ridership averaged just over 3,000 trips a day");

        Section body = new Section(SectionKind.BODY, null, List.of(
                lead,
                okafor,
                new Heading(2, List.of(new Text("Doubters on the quay"))),
                courier,
                new BlockQuote(List.of(Paragraph.of("The river is still the river.")), true),
                captain,
                new Figure("images/ferry.jpg", List.of(new Text("The ferry "),
                        new Emphasis(List.of(new Text("Alder Queen"))), new Text(" leaving Quayside landing.")),
                        "Photo: Clara Mendes",
                        "A blunt-nosed electric ferry in morning fog"),
                new ListBlock(false, List.of(ListItem.of("Quayside"), ListItem.of("Carver’s Steps"),
                        ListItem.of("University"))),
                new ListBlock(true, List.of(ListItem.of("Board"), ListItem.of("Tap your card"))),
                new Divider(),
                link));
        Section sidebar = new Section(SectionKind.SIDEBAR, "The route in numbers",
                List.of(Paragraph.of("Five landings, three boats, twelve minutes between sailings.")));
        Section note = Section.of(SectionKind.SERIES_NOTE,
                Paragraph.of("Second in a three-part series on the city’s waterways."));
        Section correction = new Section(SectionKind.CORRECTION, "Correction",
                List.of(Paragraph.of("An earlier version of this article misstated the number of landings.")));

        Metadata metadata = Metadata.builder()
                .headline("Millbrook Bets on the ‘Night Boat’ Again")
                .deck("After four decades ashore, the city’s river ferries return to ease its crowded bridges.")
                .kicker("CITY WATERWAYS")
                .byline(new Byline("Clara Mendes", "Staff writer"))
                .byline(Byline.of("Tomas Berg"))
                .dateline("MILLBROOK")
                .publisher("The Tearsheet Gazette")
                .published(new ArticleDate("2025-03-04T05:30:00+01:00"))
                .modified(new ArticleDate("2025-03-05"))
                .language("en-GB")
                .series(new Series("the city’s waterways", 2, 3))
                .canonicalUrl("https://example.org/news/millbrook-night-boat")
                .rights("© 2025 The Tearsheet Gazette")
                .identifier(new Identifier("urn", "urn:example:ferries:2"))
                .build();
        Provenance provenance = Provenance.builder()
                .inputSha256("0".repeat(64))
                .mediaType("text/plain")
                .reader("test", "1")
                .removed("Start your subscription today", "subscribe")
                .note("headline taken from the first line")
                .build();
        return d.build(metadata, List.of(body, sidebar, note, correction), provenance);
    }

    /** The smallest valid article: a headline and one paragraph. */
    public static Article minimal() {
        return Article.builder()
                .metadata(Metadata.builder().headline("Tide Clocks Return").build())
                .section(Section.body(List.of(Paragraph.of("The clocks are back."))))
                .build();
    }
}
