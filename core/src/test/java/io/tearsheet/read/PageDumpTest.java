package io.tearsheet.read;

import io.tearsheet.model.Article;
import io.tearsheet.model.Byline;
import io.tearsheet.model.Paragraph;
import io.tearsheet.model.Removal;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole page's text, as a browser copy, a text browser or a web archive gives it, read for the article inside it:
 * the headline as the page prints it, the body without the site around it. The pages are our own.
 */
class PageDumpTest {
    private static final String MENU = """
            Skip to content

            Home

            News

            Harbour

            Sport

            Opinion

            Subscribe

            """;
    private static final String BODY = """
            The river ferries that stopped running a decade ago will carry passengers again from Monday, the town \
            council said on Tuesday, after a vote that ended years of argument over their cost.

            Two boats, both rebuilt at the old yard on the north bank, will run every half hour between the market \
            steps and the station quay, and a single ticket will cost the same as the bus fare across the bridge.

            Councillors who had opposed the plan said they still doubted that enough people would use the boats in \
            winter, when the river runs high and the mornings are dark, but they did not vote against it.

            The harbour master said the crews had trained through the autumn and that the timetable would be \
            reviewed in the spring, once the council has counted how many tickets were sold in the first months.

            Residents of the north bank, who have waited for the service since the bridge was closed for repairs, \
            said they would take the first boat on Monday morning and hoped it would still be running in a year.

            """;
    /** Two paragraphs of the story as the lynx program prints them: indented by three spaces, wrapped at 76. */
    private static final String LYNX_PROGRAM_PARAGRAPHS = """
               Two boats, both rebuilt at the old yard on the north bank, will run
               every half hour between the market steps and the station quay, and a
               single ticket will cost the same as the bus fare across the bridge.

               Councillors who had opposed the plan said they still doubted that
               enough people would use the boats in winter, when the river runs high
               and the mornings are dark, but they did not vote against it.
            """;
    private static final String FOOTER = """
            Related stories

            Bridge repairs to finish in March

            Market steps to get new lights

            © 2026 The Millbrook Courier

            Privacy

            Contact us
            """;

    private static final String TEASER = "The river ferries that stopped running a decade ago will carry passengers "
            + "again from Monday, the town council said on Tuesday, after a vote that ended years of argument over "
            + "their cost. Two rebuilt boats will run every half hour.";

    private final PlainTextReader reader = PlainTextReader.create();

    /** A web archive's text record of a page: its title line first, one line per block, no blank lines. */
    private static String webArchiveRecord(String titleLine) {
        return (titleLine + "\nBy Jane Doe\n" + BODY + FOOTER).replaceAll("\n+", "\n");
    }

    private static List<String> paragraphs(Article article) {
        return article.bodyBlocks().stream().map(b -> ((Paragraph) b).plainText()).toList();
    }

    @Test
    void findsTheArticleBetweenMenuAndFooter() {
        Article article = reader.read(MENU + "Ferries Return to the River After Ten Years\n\nBy Jane Doe\n\n"
                + "March 3, 2026\n\n" + BODY + FOOTER);

        assertThat(article.metadata().headline()).isEqualTo("Ferries Return to the River After Ten Years");
        assertThat(paragraphs(article)).hasSize(5);
        assertThat(paragraphs(article).get(0)).startsWith("The river ferries");
        assertThat(paragraphs(article).get(4)).startsWith("Residents of the north bank");
    }

    @Test
    void takesTheShorterLineAboveADeckWithoutFullStopForTheHeadline() {
        Article article = reader.read(MENU + "Ferries Return to the River\n\n"
                + "The council votes to bring back the boats after a decade\n\n"
                + BODY + FOOTER);

        assertThat(article.metadata().headline()).isEqualTo("Ferries Return to the River");
        assertThat(article.metadata().deck()).isEqualTo("The council votes to bring back the boats after a decade");
        assertThat(paragraphs(article)).hasSize(5);
        assertThat(paragraphs(article).get(0)).startsWith("The river ferries");
    }

    @Test
    void takesTheLineAboveALongerDeckOverTheBylineForTheHeadline() {
        Article article = reader.read(MENU + "River Ferries to Carry Passengers Again After a Decade\n\n"
                + "Councillors vote to bring back two rebuilt boats between the market steps and the station quay\n\n"
                + "By Jane Doe and John Roe\n\nMarch 3, 2026\n\n" + BODY + FOOTER);

        assertThat(article.metadata().headline()).isEqualTo("River Ferries to Carry Passengers Again After a Decade");
        assertThat(article.metadata().bylines()).extracting(Byline::name).containsExactly("Jane Doe", "John Roe");
        assertThat(paragraphs(article).get(0)).startsWith("The river ferries");
    }

    @Test
    void takesTheHeadlineBelowAMenuNotTheMenusFirstItem() {
        String body = BODY.replace("The river ferries that", "The river ferries of the Millbrook harbourmasters that");
        Article article = reader.read("Skip to content\n\nHome\n\nHarbourmasters\n\nRailways\n\nRoadworks\n\n"
                + "Timetables\n\nFerries Return to the River After Ten Years\n\n" + body + FOOTER);

        assertThat(article.metadata().headline()).isEqualTo("Ferries Return to the River After Ten Years");
        assertThat(paragraphs(article).get(0)).startsWith("The river ferries of the Millbrook harbourmasters");
    }

    @Test
    void takesTheHeadlineFromTheEndOfABreadcrumbTrail() {
        Article article = reader.read(MENU + "Home » Harbour » Ferries Return to the River After Ten Years\n\n"
                + "March 3, 2026\n\n" + BODY + FOOTER);

        assertThat(article.metadata().headline()).isEqualTo("Ferries Return to the River After Ten Years");
        assertThat(article.provenance().removed()).extracting(Removal::text).contains("Home » Harbour »");
    }

    @Test
    void leavesTheSiteNameOffAWebArchiveTitleLine() {
        Article article = reader.read(
                webArchiveRecord("Ferries Return to the River After Ten Years | The Millbrook Courier"));

        assertThat(article.metadata().headline()).isEqualTo("Ferries Return to the River After Ten Years");
        assertThat(article.provenance().removed()).extracting(Removal::text).contains("| The Millbrook Courier");
    }

    @Test
    void keepsTheSecondHalfOfAHeadlineThePageDoesNotPrintApart() {
        String record = webArchiveRecord("Ferries Return to the River - After Ten Years, the Boats Are Back");

        assertThat(reader.read(record).metadata().headline())
                .isEqualTo("Ferries Return to the River - After Ten Years, the Boats Are Back");
    }

    @Test
    void readsAHeadingATextBrowserWrappedAsOneLine() {
        String dump = """
                   [1]Skip to content
                     * [2]Home
                     * [3]News
                     * [4]Harbour
                     * [5]Sport
                     * [6]Opinion

                Ferries Return to the River After Ten Years as the Council Votes to Pay for Two
                Rebuilt Boats

                """ + BODY.lines().map(line -> line.isEmpty() ? "" : "   " + line).reduce("", (a, b) -> a + b + "\n")
                + """

                References

                   1. https://courier.example/#content
                   2. https://courier.example/
                """;

        Article article = reader.read(dump);

        assertThat(article.metadata().headline()).isEqualTo(
                "Ferries Return to the River After Ten Years as the Council Votes to Pay for Two Rebuilt Boats");
        assertThat(paragraphs(article)).hasSize(5);
    }

    @Test
    void takesADeckFromTheHeadlineLineOnlyWhenItEndsAsASentence() {
        Article article = reader.read(MENU + "Ferries Return on the 10. Day of the Strike\n\nMarch 3, 2026\n\n" + BODY
                + FOOTER);

        assertThat(article.metadata().headline()).isEqualTo("Ferries Return on the 10. Day of the Strike");
        assertThat(article.metadata().deck()).isNull();
    }

    @Test
    void findsTheArticleOfAShortPageBelowAMenuCopiedWithoutItsLinks() {
        String page = "Home\n\nNews\n\nHarbour\n\nSport\n\nContact\n\n"
                + "Ferries Return to the River After Ten Years\n\n" + BODY.substring(0, BODY.indexOf("Councillors"));

        Article article = reader.read(page);

        assertThat(article.metadata().headline()).isEqualTo("Ferries Return to the River After Ten Years");
        assertThat(paragraphs(article)).hasSize(2);
    }

    @Test
    void readsATeaserPageAsItsParagraphNotAsTheWholePage() {
        Article article = reader.read(MENU + "Ferries Return to the River After Ten Years\n\nBy Jane Doe\n\n"
                + TEASER + "\n\n"
                + "Subscribe to read the full story\n\n" + FOOTER);

        assertThat(article.metadata().headline()).isEqualTo("Ferries Return to the River After Ten Years");
        assertThat(paragraphs(article)).containsExactly(TEASER);
    }

    @Test
    void dropsALinkUnderARelatedLabelOrAboveAReadMoreInsideTheBody() {
        String more = """
                The council expects the two boats to carry about four hundred passengers on a weekday, most of them \
                commuters who now drive across the bridge or wait for the bus at the market square in the morning.

                A third boat, still on the slipway at the old yard, could join them next summer if the first months \
                go well, the harbour master said, though the council has not yet set aside the money to finish it.

                Tickets will be sold on board and at the station quay, and children under twelve will travel free \
                when they are with an adult, as they do on the town's buses and on the trains to the coast.

                """;
        String page = MENU + "Ferries Return to the River After Ten Years\n\nBy Jane Doe\n\n" + BODY
                + "Related Coverage\n\nFactbox: What the new boats cost\n\n" + more
                + "Bridge repairs to finish in March\n\nRead more\n\n" + BODY.replace("The river ferries",
                "The ferries") + FOOTER;

        Article article = reader.read(page);

        assertThat(paragraphs(article)).hasSize(13).noneMatch(p -> p.contains("Factbox") || p.contains("Read more")
                || p.contains("Bridge repairs"));
        assertThat(article.provenance().removed()).extracting(Removal::text)
                .contains("Related Coverage", "Factbox: What the new boats cost", "Bridge repairs to finish in March",
                        "Read more");
    }

    @Test
    void takesTheHeadlineABreadcrumbTrailEndsOnOverALineNearerTheBody() {
        Article article = reader.read(MENU + "Home › News › Ferries Return to the River After Ten Years\n\n"
                + "Ferries Return to the River After Ten Years\n\n"
                + "‘It is impossible to overstate what this vote means for the north bank’\n\n"
                + "By Jane Doe, March 3, 2026 2:30 pm\n\n" + BODY + FOOTER);

        assertThat(article.metadata().headline()).isEqualTo("Ferries Return to the River After Ten Years");
        assertThat(paragraphs(article).get(0)).startsWith("The river ferries");
    }

    @Test
    void takesOutALinkNumberSetApartFromItsLinkByASpace() {
        String dump = """
                   [1]Skip to content
                     * [2]Home
                     * [3]News
                     * [4]Harbour
                     * [5]Sport

                   [6] Ferries Return to the River After Ten Years

                """ + BODY.lines().map(line -> line.isEmpty() ? "" : "   " + line).reduce("", (a, b) -> a + b + "\n")
                + """

                References

                   1. https://courier.example/#content
                   6. https://courier.example/ferries
                """;

        Article article = reader.read(dump);

        assertThat(article.metadata().headline()).isEqualTo("Ferries Return to the River After Ten Years");
    }

    @Test
    void readsADatedNoteUnderTheHeadlineAsHeaderNotAsTheFirstParagraph() {
        Article article = reader.read(MENU + "Ferries Return to the River After Ten Years\n\n"
                + "Written by Jane Doe on March 3, 2026\n\n" + BODY + FOOTER);

        assertThat(article.metadata().bylines()).extracting(Byline::name)
                .containsExactly("Jane Doe");
        assertThat(article.metadata().published()).hasToString("2026-03-03");
        assertThat(paragraphs(article).get(0)).startsWith("The river ferries");

        Article posted = reader.read(MENU + "Ferries Return to the River After Ten Years\n\n"
                + "March 3, 2026 by courier 24 Comments\n\n" + BODY + FOOTER);

        // a blog's account, credited by its handle in small letters, is its author as printed
        assertThat(posted.metadata().bylines()).extracting(Byline::name).containsExactly("courier");
        assertThat(paragraphs(posted).get(0)).startsWith("The river ferries");

        Article timed = reader.read(MENU + "Ferries Return to the River After Ten Years\n\n03/03/2026 21:44\n\n"
                + "5:35 p.m.\n\n" + BODY + FOOTER);

        assertThat(paragraphs(timed).get(0)).startsWith("The river ferries");
    }

    @Test
    void readsTheLastParagraphAfterABoxOfRelatedStories() {
        Article article = reader.read(MENU + "Ferries Return to the River After Ten Years\n\nBy Jane Doe\n\n" + BODY
                + "RELATED STORIES\n\nHarbour fees to rise in spring\n\nStation quay to get a new shelter\n\n"
                + "Ferry crews train through the autumn as the harbour waits for the new boats\n\n"
                + "The service is the first on the river since the old company closed its doors a decade ago, and the council said it would decide in the autumn whether to buy a third boat for the route to the coast.\n\n"
                + FOOTER);

        assertThat(paragraphs(article)).hasSize(6).noneMatch(p -> p.contains("Harbour fees")
                || p.contains("Ferry crews train"));
        assertThat(paragraphs(article).get(5)).startsWith("The service is the first on the river");
    }

    @Test
    void readsTheStoryOnBothSidesOfAPhotoGalleryItHolds() {
        String[] paragraphs = BODY.split("\n\n");
        String gallery = """
                Gallery: 5 pictures

                Harbour Photo Agency

                The first boat on the slipway at the old yard.

                Harbour Photo Agency

                Crews at the station quay in the autumn.

                Harbour Photo Agency

                The market steps, where the boats will stop.

                Harbour Photo Agency

                The north bank seen from the bridge in winter.

                Harbour Photo Agency

                The harbour master with the new timetable

                """;
        Article article = reader.read(MENU + "Ferries Return to the River After Ten Years\n\nBy Jane Doe\n\n"
                + paragraphs[0] + "\n\n" + paragraphs[1] + "\n\n" + gallery + paragraphs[2] + "\n\n"
                + paragraphs[3] + "\n\n" + paragraphs[4] + "\n\n" + FOOTER);

        assertThat(article.metadata().headline()).isEqualTo("Ferries Return to the River After Ten Years");
        assertThat(paragraphs(article).get(0)).startsWith("The river ferries");
        assertThat(paragraphs(article).get(paragraphs(article).size() - 1)).startsWith("Residents of the north bank");
    }

    @Test
    void splitsAKickerRunIntoTheHeadlineWhereThePagePrintsTheTitleAlone() {
        String mostRead = "Most read\n\n* Ferries Return to the River After Ten Years\n\n* Harbour fees to rise in spring\n\n";
        Article article = reader.read(MENU + "Town Council Vote Ferries Return to the River After Ten Years\n\n"
                + "By Jane Doe\n\n" + BODY + mostRead + FOOTER);

        assertThat(article.metadata().headline()).isEqualTo("Ferries Return to the River After Ten Years");
        assertThat(article.metadata().kicker()).isEqualTo("Town Council Vote");
        assertThat(paragraphs(article).get(0)).startsWith("The river ferries");
    }

    @Test
    void findsTheTitleAloneInABreadcrumbTrailLynxNumbers() {
        String trail = "   1. Home\n   2. Town\n   3. Ferries Return to the River After Ten Years\n\n";
        Article article = reader.read(MENU + trail + "Town Council Vote: Ferries Return to the River After Ten Years\n\n"
                + "By Jane Doe\n\n" + BODY + FOOTER);

        assertThat(article.metadata().headline()).isEqualTo("Ferries Return to the River After Ten Years");
        assertThat(article.metadata().kicker()).isEqualTo("Town Council Vote");
    }

    @Test
    void keepsTheHeadlineWholeWhereThePageNeverPrintsItsTailAlone() {
        Article article = reader.read(MENU + "Town Council Vote Ferries Return to the River After Ten Years\n\n"
                + "By Jane Doe\n\n" + BODY + FOOTER);

        assertThat(article.metadata().headline())
                .isEqualTo("Town Council Vote Ferries Return to the River After Ten Years");
        assertThat(article.metadata().kicker()).isNull();
    }

    @Test
    void readsTheBylineOfAPostingLineUnderTheHeadline() {
        Article article = reader.read(MENU + "Ferries Return to the River After Ten Years\n\n"
                + "Veröffentlicht am 3. März 2026 von Jane Doe\n\n" + BODY + FOOTER);

        assertThat(article.metadata().bylines()).extracting(Byline::name).containsExactly("Jane Doe");
        assertThat(paragraphs(article).get(0)).startsWith("The river ferries");
    }

    @Test
    void partsAPostsDateFromItsUpdateWhereTheDumpRanThemTogether() {
        Article article = reader.read(MENU + "Veröffentlicht am 10. März 20269. März 2026 von Jane\n\n"
                + "Ferries Return to the River After Ten Years\n\n" + BODY + FOOTER);

        assertThat(article.metadata().headline()).isEqualTo("Ferries Return to the River After Ten Years");
        assertThat(article.metadata().bylines()).extracting(Byline::name).containsExactly("Jane");
        assertThat(paragraphs(article).get(0)).startsWith("The river ferries");
        assertThat(article.provenance().notes()).anyMatch(note -> note.startsWith("parted 1 date"));
    }

    @Test
    void readsABylineThatOpensInAnotherLanguageOrLeavesItsOpenerAlone() {
        String deck = "The council voted to bring back the river ferries after a decade of argument over their cost.\n\n";
        Article opened = reader.read(MENU + "Ferries Return to the River After Ten Years\n\n" + deck
                + "Von Jane Doe\n\nMarch 3, 2026\n\n" + BODY + FOOTER);
        Article apart = reader.read(MENU + "Ferries Return to the River After Ten Years\n\n" + deck
                + "Von\n\nJane Doe\n\nMarch 3, 2026\n\n" + BODY + FOOTER);

        assertThat(opened.metadata().bylines()).extracting(Byline::name).containsExactly("Jane Doe");
        assertThat(apart.metadata().bylines()).extracting(Byline::name).containsExactly("Jane Doe");
        Article labelled = reader.read(MENU + "Ferries Return to the River After Ten Years\n\n" + deck
                + "Autor:\n\nJane Doe\n\n" + BODY + FOOTER);
        assertThat(labelled.metadata().bylines()).extracting(Byline::name).containsExactly("Jane Doe");
        assertThat(paragraphs(opened).get(0)).startsWith("The river ferries");
        assertThat(paragraphs(apart).get(0)).startsWith("The river ferries");
    }

    @Test
    void readsANameBesideTheDateLineAsTheByline() {
        Article after = reader.read(MENU + "Ferries Return to the River After Ten Years\n\nMarch 3, 2026\n\n"
                + "Jane Doe\n\n" + BODY + FOOTER);
        Article before = reader.read(MENU + "Ferries Return to the River After Ten Years\n\nJane Doe\n\n"
                + "03.03.2026, 09:15\n\n" + BODY + FOOTER);

        assertThat(after.metadata().bylines()).extracting(Byline::name).containsExactly("Jane Doe");
        assertThat(before.metadata().bylines()).extracting(Byline::name).containsExactly("Jane Doe");
        assertThat(paragraphs(after).get(0)).startsWith("The river ferries");
    }

    @Test
    void readsTheNameUnderAnAuthorsLabelWithoutItsColon() {
        Article article = reader.read(MENU + "Ferries Return to the River After Ten Years\n\nSTAND\n\n"
                + "03.03.2026, 09:15 Uhr\n\nAUTOR/IN\n\nJane Doe\n\n" + BODY + FOOTER);

        assertThat(article.metadata().bylines()).extracting(Byline::name).containsExactly("Jane Doe");
        assertThat(paragraphs(article).get(0)).startsWith("The river ferries");
    }

    @Test
    void takesNoMenuEntryUnderALabelAloneForAByline() {
        Article article = reader.read(MENU + "Ferries Return to the River After Ten Years\n\n"
                + "03.03.2026, 09:15 Uhr\n\nAutor\n\nÜber-Ich\n\n" + BODY + FOOTER);

        assertThat(article.metadata().bylines()).isEmpty();
        assertThat(paragraphs(article)).noneMatch(p -> p.equals("Autor") || p.equals("Über-Ich"));
    }

    @Test
    void readsAPostingLineWhoseNameThePageSetInTheNextBlock() {
        Article article = reader.read(MENU + "Ferries Return to the River After Ten Years\n\n"
                + "03.03.2026 11:46 von\n\nJane Doe\n\n" + BODY + FOOTER);

        assertThat(article.metadata().bylines()).extracting(Byline::name).containsExactly("Jane Doe");
        assertThat(article.metadata().published()).hasToString("2026-03-03");
        assertThat(paragraphs(article).get(0)).startsWith("The river ferries");
    }

    @Test
    void readsANameBesideTheDateLineAcrossASeparatorInABlockOfItsOwn() {
        Article bar = reader.read(MENU + "Ferries Return to the River After Ten Years\n\nJane Doe\n\n|\n\n"
                + "3 Mar 2026\n\n" + BODY + FOOTER);
        Article slashed = reader.read(MENU + "Ferries Return to the River After Ten Years\n\n2026/03/03\n\n|\n\n"
                + "Jane Doe\n\n" + BODY + FOOTER);

        assertThat(bar.metadata().bylines()).extracting(Byline::name).containsExactly("Jane Doe");
        assertThat(slashed.metadata().bylines()).extracting(Byline::name).containsExactly("Jane Doe");
        assertThat(slashed.metadata().published()).hasToString("2026-03-03");
        assertThat(paragraphs(bar).get(0)).startsWith("The river ferries");
    }

    @Test
    void readsTheNameInOnePartOfADatedLineUnderTheHeadline() {
        Article article = reader.read(MENU + "Ferries Return to the River After Ten Years\n\n"
                + "Verkehr | 03.03.2026 | 09:15 Uhr | Jane Doe\n\n" + BODY + FOOTER);

        assertThat(article.metadata().bylines()).extracting(Byline::name).containsExactly("Jane Doe");
        assertThat(article.metadata().published()).hasToString("2026-03-03");
        assertThat(paragraphs(article).get(0)).startsWith("The river ferries");
        Article runTogether = reader.read(MENU + "Ferries Return to the River After Ten Years\n\n"
                + "Jane Doe 03.03.2026, 09:15 Uhr\n\n" + BODY + FOOTER);
        assertThat(runTogether.metadata().bylines()).extracting(Byline::name).containsExactly("Jane Doe");
    }

    @Test
    void readsANameOverItsJobOnLinesOfTheirOwnAsTheByline() {
        Article article = reader.read(MENU + "Ferries Return to the River After Ten Years\n\n"
                + "Jane Doe\n\nTransport Correspondent\n\n" + BODY + FOOTER);

        assertThat(article.metadata().bylines()).containsExactly(new Byline("Jane Doe", "Transport Correspondent"));
        assertThat(paragraphs(article).get(0)).startsWith("The river ferries");
    }

    @Test
    void readsABylineThePageSetsAboveTheHeadline() {
        Article article = reader.read(MENU + "6. März 2026\n\nBy Jane Doe\n\n0 Comments\n\n"
                + "Ferries Return to the River After Ten Years\n\n" + BODY + FOOTER);

        assertThat(article.metadata().headline()).isEqualTo("Ferries Return to the River After Ten Years");
        assertThat(article.metadata().bylines()).extracting(Byline::name).containsExactly("Jane Doe");
    }

    @Test
    void readsTheNameInADatedMetaLineAboveTheHeadline() {
        Article article = reader.read(MENU + "03.03.2026 | 13:10 Uhr | Jane Doe\n\n"
                + "Ferries Return to the River After Ten Years\n\n" + BODY + FOOTER);
        Article furniture = reader.read(MENU + "03.03.2026 | Paid Content\n\n"
                + "Ferries Return to the River After Ten Years\n\n" + BODY + FOOTER);

        assertThat(article.metadata().headline()).isEqualTo("Ferries Return to the River After Ten Years");
        assertThat(article.metadata().bylines()).extracting(Byline::name).containsExactly("Jane Doe");
        assertThat(furniture.metadata().bylines()).isEmpty();
    }

    @Test
    void readsACreditOfFourNamesAndTheirNewsroomUnderTheLead() {
        String[] paragraphs = BODY.split("\n\n", 2);
        Article article = reader.read(MENU + "Ferries Return to the River After Ten Years\n\n" + paragraphs[0]
                + "\n\nVon Jane Doe, Anna Berg, Tom Roe und Lena Holt, NDR\n\n" + paragraphs[1] + FOOTER);

        assertThat(article.metadata().bylines()).extracting(Byline::name)
                .containsExactly("Jane Doe", "Anna Berg", "Tom Roe", "Lena Holt");
        assertThat(paragraphs(article)).noneMatch(p -> p.contains("Anna Berg"));
    }

    @Test
    void readsALineOfNamesAloneUnderTheHeadlineAsTheByline() {
        Article article = reader.read(MENU + "Ferries Return to the River After Ten Years\n\n"
                + "Jane Doe, Anna Berg & Tom Roe\n\n" + BODY + FOOTER);
        Article places = reader.read(MENU + "Ferries Return to the River After Ten Years\n\n"
                + "North Bank, Market Steps & Station Quay\n\n" + BODY + FOOTER);

        assertThat(article.metadata().bylines()).extracting(Byline::name)
                .containsExactly("Jane Doe", "Anna Berg", "Tom Roe");
        assertThat(paragraphs(article).get(0)).startsWith("The river ferries");
        assertThat(places.metadata().bylines()).isEmpty();
    }

    @Test
    void readsALabelledCreditClosingTheArticleAsTheByline() {
        Article article = reader.read(MENU + "Ferries Return to the River After Ten Years\n\n" + BODY
                + "Text: Jane Doe\n\n" + FOOTER);

        assertThat(article.metadata().bylines()).extracting(Byline::name).containsExactly("Jane Doe");
        assertThat(paragraphs(article)).noneMatch(p -> p.contains("Jane Doe"));
    }

    @Test
    void takesNoSectionNameBesideTheDateLineForAByline() {
        Article article = reader.read(MENU + "Ferries Return to the River After Ten Years\n\nMarch 3, 2026\n\n"
                + "From Harbour Weekly\n\n" + BODY + FOOTER);

        assertThat(article.metadata().bylines()).isEmpty();
    }

    @Test
    void readsACreditToTheNewsroomsStaffAsACreditNotAsTheFirstParagraph() {
        Article article = reader.read(MENU + "Ferries Return to the River After Ten Years\n\nBy Staff Writer\n\n"
                + BODY + FOOTER);

        assertThat(article.metadata().bylines()).isEmpty();
        assertThat(article.metadata().credits()).containsExactly("Staff Writer");
        assertThat(paragraphs(article).get(0)).startsWith("The river ferries");
    }

    @Test
    void readsATimeStampAfterTheByline() {
        Article stamped = reader.read(MENU + "Ferries Return to the River After Ten Years\n\n"
                + "Councillors in the north bank wards are grumbling about the cost of the boats.\n\n"
                + "Councillor Lena Holt. | Tom Reyes/Getty Images\n\nBy JANE DOE\n\n"
                + "03/03/2026 05:03 AM EST\n\n" + BODY + FOOTER);

        assertThat(stamped.metadata().bylines()).extracting(Byline::name)
                .containsExactly("Jane Doe");
        assertThat(paragraphs(stamped).get(0)).startsWith("The river ferries");
    }

    @Test
    void readsAWrappedLedeThatATextBrowserRanIntoTheCaptionBelowIt() {
        // the lynx program itself: the headline centred, the lede and the picture's caption with no blank line between
        Article article = reader.read("""
                   [1]Skip to content
                     * [2]Home
                     * [3]News

                              Ferries Return to the River After Ten Years

                   The river ferries that stopped running a decade ago will carry passengers
                   again from Monday, the town council said on Tuesday, after a vote that
                   ended years of argument over their cost.
                   Two rebuilt ferries at the old yard on the north bank, a week before
                   their first sailing to the station quay in the spring.

                """ + LYNX_PROGRAM_PARAGRAPHS + """

                   The harbour master said the crews had trained through the autumn and
                   that the timetable would be reviewed in the spring, once the council
                   has counted how many tickets were sold in the first months.

                References

                   1. https://courier.example/#content
                   2. https://courier.example/
                   3. https://courier.example/news
                """);

        assertThat(article.metadata().headline()).isEqualTo("Ferries Return to the River After Ten Years");
        assertThat(paragraphs(article).get(0)).isEqualTo("The river ferries that stopped running a decade ago will "
                + "carry passengers again from Monday, the town council said on Tuesday, after a vote that ended "
                + "years of argument over their cost.");
    }

    @Test
    void readsPastTheRulesAndFormFieldsThatTheLynxProgramDraws() {
        Article article = reader.read("""
                   [1]Skip to content
                   Search ____________________ (BUTTON)
                     * [2]Home
                     * [3]News

                Ferries Return to the River After Ten Years
                     __________________________________________________________________

                   The river ferries that stopped running a decade ago will carry passengers
                   again from Monday, the town council said on Tuesday, after a vote that
                   ended years of argument over their cost.

                """ + LYNX_PROGRAM_PARAGRAPHS + """
                     __________________________________________________________________

                   Name * ______________________________
                   [BUTTON Input] (not implemented)____________

                References

                   1. https://courier.example/#content
                   2. https://courier.example/
                   3. https://courier.example/news
                """);

        assertThat(article.metadata().headline()).isEqualTo("Ferries Return to the River After Ten Years");
        assertThat(paragraphs(article)).hasSize(3).noneMatch(p -> p.contains("__") || p.contains("BUTTON"));
    }

    @Test
    void takesTheLineATextBrowserSetsApartFromTheParagraphsForTheHeadline() {
        // lynx indents paragraphs by three spaces and sets headings at other indentations; the deck here is set as
        // a paragraph, and the headline model alone preferred it (nearer the body, longer, followed by the byline)
        Article article = reader.read(lynxDump("""
                Ferries Return to the River After Ten Years

                   Councillors approve two rebuilt boats for the crossing between the market
                   steps and the station quay

                   By [6]Ana Roe
                """));

        assertThat(article.metadata().headline()).isEqualTo("Ferries Return to the River After Ten Years");
    }

    @Test
    void dropsAnImagesTextThatATextBrowserWrappedOverLines() {
        Article article = reader.read(lynxDump("""
                   [Two rebuilt ferries at the old yard on the north bank, pictured on March 3,
                   2026, a week before their first sailing to the station quay]

                Ferries Return to the River After Ten Years
                """));

        assertThat(article.metadata().headline()).isEqualTo("Ferries Return to the River After Ten Years");
        assertThat(paragraphs(article)).noneMatch(p -> p.contains("pictured on"));
        assertThat(article.provenance().removed()).extracting(Removal::reason).contains("caption");
    }

    @Test
    void dropsTheTextsOfTwoImagesSideBySideThatATextBrowserWrappedOverLines() {
        Article article = reader.read(lynxDump("""
                   [Two rebuilt ferries at the old yard on the north bank, a week before their
                   first sailing] [The station quay with its new waiting room and the ticket
                   office, seen from the river]

                Ferries Return to the River After Ten Years
                """));

        assertThat(article.metadata().headline()).isEqualTo("Ferries Return to the River After Ten Years");
        assertThat(paragraphs(article)).noneMatch(p -> p.contains("rebuilt ferries"));
        assertThat(article.provenance().removed()).filteredOn(removal -> removal.reason().equals("caption"))
                .extracting(Removal::text).contains("first sailing] [The station quay with its new waiting room and the ticket");
    }

    /**
     * A text browser's dump of the story: the site's menu, then {@code header} (a picture's text, the headline, a
     * deck, a byline), the body and the list of links.
     */
    private static String lynxDump(String header) {
        return """
                   [1]Skip to content
                     * [2]Home
                     * [3]News
                     * [4]Harbour
                     * [5]Sport

                """ + header + "\n"
                + BODY.lines().map(line -> line.isEmpty() ? "" : "   " + line).reduce("", (a, b) -> a + b + "\n")
                + """

                References

                   1. https://courier.example/#content
                   2. https://courier.example/
                """;
    }

    @Test
    void keepsAParagraphThatLinksSourcesInlineButDropsALineOfLinks() {
        String dump = """
                   [1]Skip to content
                     * [2]Home
                     * [3]News
                     * [4]Harbour
                     * [5]Sport

                Ferries Return to the River After Ten Years

                   The river ferries that stopped running a decade ago will carry passengers again from Monday, the
                   town council said on Tuesday, after a vote that ended years of argument over their cost.

                   The line was first proposed in the [6]city plan of 2019 and approved by the council last spring,
                   after a long campaign by [7]residents of the north bank.

                   [8]Timetable [9]Fares [10]Stops

                   The harbour master said the crews had trained through the autumn and that the timetable would be
                   reviewed in the spring, once the council has counted how many tickets were sold.

                References

                   1. https://courier.example/#content
                   2. https://courier.example/
                """;

        Article article = reader.read(dump);

        assertThat(paragraphs(article)).anyMatch(p -> p.startsWith("The line was first proposed"))
                .noneMatch(p -> p.contains("Timetable Fares"));
    }

    @Test
    void leavesOutAShareCounterAboveTheFirstParagraph() {
        String page = """
                Home
                News
                Harbour
                Sport
                Contact

                Ferries Return to the River After Ten Years

                By Ana Roe Last updated Nov 8, 2026 Share

                384

                """ + BODY + """

                Share Facebook Twitter Email

                384

                About us
                Contact
                """;

        Article article = reader.read(page);

        assertThat(paragraphs(article).get(0)).startsWith("The river ferries that stopped running");
        assertThat(paragraphs(article)).noneMatch(p -> p.equals("384"));
    }

    @Test
    void leavesTheHeadingRepeatedUnderTheTitleLineOutOfTheBody() {
        String page = """
                Open Navigation Menu
                Ferries Return to the River After Ten Years
                Home
                News
                Harbour
                Sport
                Business
                Ana Roe
                Science
                11.08.2026 07:00 AM
                Ferries Return to the River After Ten Years
                """ + BODY.replace("\n\n", "\n") + """
                More from the Courier
                """;

        Article article = reader.read(page);

        assertThat(article.metadata().headline()).isEqualTo("Ferries Return to the River After Ten Years");
        assertThat(paragraphs(article)).noneMatch(p -> p.startsWith("Ferries Return"));
        assertThat(article.metadata().deck()).isNull();
    }

    @Test
    void takesNoPostingNoteUnderTheHeadlineForTheDeck() {
        Article article = reader.read(MENU + "Ferries Return to the River After Ten Years\n"
                + "24. März 2026, 19:49 | Hafenblog\n" + BODY + FOOTER);

        assertThat(article.metadata().deck()).isNull();
    }

    @Test
    void readsTheDeckAboveADatedBylineWithItsReadingTime() {
        String page = MENU + "Ferries Return to the River After Ten Years\n\n"
                + "Two rebuilt boats will carry passengers from the north bank to the station quay from Monday.\n\n"
                + "By Ana Roe Feb 8, 2026 5 min read\n\n" + BODY + FOOTER;

        Article article = reader.read(page);

        assertThat(article.metadata().deck()).startsWith("Two rebuilt boats will carry passengers");
        assertThat(article.metadata().bylines()).extracting(Byline::name).containsExactly("Ana Roe");
        assertThat(paragraphs(article).get(0)).startsWith("The river ferries that stopped running");
    }

    @Test
    void readsALineUnderTheHeadlineThatStopsWithoutAFullStopAsTheDeckAndABylineSplitAfterBy() {
        Article article = reader.read(MENU + "Ferries Return to the River After Ten Years\n\n"
                + "The council voted for the boats last night, but the crews warn the winter timetable may be cut\n\n"
                + "Subscriptions\n\nBy\n\nAna Roe\n\n" + BODY + FOOTER);

        assertThat(article.metadata().deck()).startsWith("The council voted for the boats last night");
        assertThat(article.metadata().bylines()).extracting(Byline::name).containsExactly("Ana Roe");
        assertThat(paragraphs(article).get(0)).startsWith("The river ferries that stopped running");

        Article dated = reader.read(MENU + "Ferries Return to the River After Ten Years\n\n"
                + "Millbrook Courier February 24, 2026, 7:57 AM\n\n"
                + "Riders on the north bank have waited ten years for the boats to come back to the river\n\n"
                + BODY + FOOTER);

        assertThat(dated.metadata().deck()).startsWith("Riders on the north bank have waited");
        assertThat(paragraphs(dated).get(0)).startsWith("The river ferries that stopped running");

        Article byAlone = reader.read(MENU + "Ferries Return to the River After Ten Years\n\nBy\n\nAna Roe\n\n"
                + BODY + FOOTER);

        assertThat(byAlone.metadata().bylines()).extracting(Byline::name).containsExactly("Ana Roe");
        assertThat(paragraphs(byAlone).get(0)).startsWith("The river ferries that stopped running");

        Article colon = reader.read(MENU + "Ferries Return to the River After Ten Years\n\n"
                + "The council listed three reasons for bringing the boats back after ten years:\n\n" + BODY + FOOTER);

        assertThat(colon.metadata().deck()).isNull();
    }

    @Test
    void readsADateLineThatATextBrowserWrappedOverTwoLines() {
        Article article = reader.read(MENU + "Ferries Return to the River After Ten Years\n\nBy Ana Roe\n\n"
                + "Published: 22:00 GMT, 26 September 2026 | Updated: 08:39 GMT, 28 September\n2026\n\n"
                + BODY + FOOTER);

        assertThat(article.metadata().published()).hasToString("2026-09-26");
        assertThat(paragraphs(article).get(0)).startsWith("The river ferries that stopped running");
    }

    @Test
    void joinsAListItemThatATextBrowserWrappedOverLines() {
        String dump = lynxDump("""
                Ferries Return to the River After Ten Years

                     * Two rebuilt boats will carry passengers from the north bank to the
                       station quay from Monday
                     * The council voted for the service after years of argument over its
                       cost

                   By Ana Roe
                """);

        Article article = reader.read(dump);
        String read = article.metadata().headline() + "\n" + article.metadata().deck() + "\n"
                + String.join("\n", paragraphs(article));

        assertThat(read).contains("from the north bank to the station quay from Monday")
                .contains("years of argument over its cost");
    }

    @Test
    void keepsALongLastParagraphOfPlainProseThatTheModelAloneDoubted() {
        // long German words and a place near the page's end made the model doubt this paragraph; its length, its
        // sentences and its function words make it prose whatever the model's other features say
        String menu = String.join("\n", "Startseite", "Nachrichten", "Politik", "Wirtschaft", "Hafen", "Verkehr",
                "Kultur", "Sport", "Bildung", "Umwelt", "Gesundheit", "Soziales", "Wohnen", "Bauen", "Freizeit",
                "Veranstaltungen", "Vereine", "Stadtteile", "Nordufer", "Südufer", "Altstadt", "Westend", "Ostpark",
                "Stadtrat", "Ausschüsse", "Wahlen", "Bürgerservice", "Formulare", "Öffnungszeiten", "Ansprechpartner",
                "Presse", "Archiv", "Mediathek", "Newsletter", "Kontakt", "Suche");
        String page = menu + """

                Fähren kehren nach zehn Jahren auf den Fluss zurück
                Die Stadtwerke nehmen im Frühjahr den Fährbetrieb zwischen Nordufer und Bahnhofskai wieder auf. \
                Zwei umgebaute Schiffe liegen bereits an der alten Werft, wo sie in den vergangenen Monaten \
                vollständig überholt wurden.
                Die Verkehrsbetriebe rechnen in den ersten Wochen mit mehreren hundert Fahrgästen am Tag. Die \
                Fahrkarten der Busse und Straßenbahnen gelten auch auf den Schiffen, wie die Stadtverwaltung am \
                Dienstag mitteilte.
                Die Überfahrt dauert nach Angaben der Betreiber knapp acht Minuten. An Wochenenden sollen die \
                Schiffe bis Mitternacht fahren.
                Umleitungen am Ufer
                Mit Verweis auf die Bauarbeiten an der Uferpromenade bittet die Stadtverwaltung die Anwohnerinnen \
                und Anwohner um Geduld, da die Zufahrten zum Anleger noch bis zum Sommer eingeschränkt bleiben. \
                Dabei sollen die Umleitungen für Radfahrende deutlich ausgeschildert werden, und die \
                Haltestellenbeschilderung wird bis zur Eröffnung vollständig erneuert.
                Weitere Beiträge
                Neue Radwege am Westufer
                Stadtbibliothek verlängert Öffnungszeiten
                Hafenfest fällt in diesem Jahr aus
                Diesen Beitrag teilen
                Impressum
                Datenschutz
                """;

        Article article = reader.read(page);

        assertThat(article.metadata().headline()).isEqualTo("Fähren kehren nach zehn Jahren auf den Fluss zurück");
        assertThat(paragraphs(article).get(paragraphs(article).size() - 1)).startsWith("Mit Verweis auf die Bauarbeiten");
    }

    @Test
    void takesOutWhatATextBrowserPrintsForAnEmptyAdvertisingSlotAndAnImageShownByItsName() {
        String[] paragraphs = BODY.strip().split("\n\n");
        String slot = "[INS:\n*\n:INS]\n\n[INS::INS]\n\n[hero-ferry-1160x768.jpg][svg]\n\n";
        String page = MENU + "Ferries Return to the River After Ten Years\n\n" + paragraphs[0] + "\n\n" + slot
                + paragraphs[1] + "\n\n" + slot + String.join("\n\n", List.of(paragraphs).subList(2, 5)) + "\n\n"
                + FOOTER;

        Article article = reader.read(page);

        assertThat(article.metadata().headline()).isEqualTo("Ferries Return to the River After Ten Years");
        assertThat(paragraphs(article)).hasSize(5).noneMatch(p -> p.contains("INS") || p.contains("["));
        assertThat(article.provenance().removed()).extracting(Removal::text)
                .contains("[hero-ferry-1160x768.jpg][svg]");
    }

    @Test
    void keepsTheOpeningParagraphAboveATableOfContentsAndTheHeadlineAboveIt() {
        String[] paragraphs = BODY.strip().split("\n\n");
        String opening = paragraphs[0] + " " + paragraphs[1];
        String contents = String.join("\n\n", "In this article:", "The vote", "The boats", "The timetable",
                "The first morning", "Doubts about the winter");
        Article article = reader.read(MENU + "Ferries Return to the River After Ten Years\n\nBy Jane Doe\n\n"
                + "March 3, 2026\n\n" + opening + "\n\n" + contents + "\n\n"
                + String.join("\n\n", List.of(paragraphs).subList(2, 5)) + "\n\n" + FOOTER);

        // the section's heading right above the rest of the story is no headline, and the opening is the story's
        assertThat(article.metadata().headline()).isEqualTo("Ferries Return to the River After Ten Years");
        assertThat(paragraphs(article)).startsWith(opening).contains(paragraphs[4])
                .noneMatch(p -> p.equals("The boats"));
    }
}
