package io.tearsheet.read.conventions;

import io.tearsheet.model.Byline;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BylinesTest {

    @Test
    void readsByAndAName() {
        assertThat(Bylines.readLine("By Jane Doe")).containsExactly(Byline.of("Jane Doe"));
        assertThat(Bylines.read("Written by Jane Doe")).containsExactly(Byline.of("Jane Doe"));
        assertThat(Bylines.read("Par Jeanne Roux")).containsExactly(Byline.of("Jeanne Roux"));
    }

    @Test
    void keepsNoStopNorWordOfTheDateOrPageAroundTheName() {
        assertThat(Bylines.read("By Jane Doe.")).containsExactly(Byline.of("Jane Doe"));
        assertThat(Bylines.read("By Jane Doe Jr.")).containsExactly(Byline.of("Jane Doe Jr."));
        assertThat(Bylines.readLine("Par Jeanne Roux le 07 Mai 2020")).containsExactly(Byline.of("Jeanne Roux"));
        assertThat(Bylines.read("Gepostet von Anna Berg")).containsExactly(Byline.of("Anna Berg"));
        assertThat(Bylines.readPostingLine("Am 13. November 2019 Von Anna Berg In Aktuell"))
                .containsExactly(Byline.of("Anna Berg"));
        assertThat(Bylines.read("Recent Posts")).isEmpty();
        assertThat(Bylines.readPostingLine("Posted by Anna Berg under Just For Fun | Tags: Reisen"))
                .containsExactly(Byline.of("Anna Berg"));
        assertThat(Bylines.read("Text & Fotos: Anna Berg")).containsExactly(Byline.of("Anna Berg"));
    }

    @Test
    void readsAnOpenerAfterTheKindOfStoryAndItsArticle() {
        assertThat(Bylines.read("Eine Kolumne von Anna Berg")).containsExactly(Byline.of("Anna Berg"));
        assertThat(Bylines.read("Eine Analyse von Anna Berg")).containsExactly(Byline.of("Anna Berg"));
        assertThat(Bylines.opensAsCredit("Ein Kommentar von Anna Berg")).isTrue();
        assertThat(Bylines.readLine("A column by Jane Doe")).containsExactly(Byline.of("Jane Doe"));
        assertThat(Bylines.readLine("Post author By Jane Doe")).containsExactly(Byline.of("Jane Doe"));
        assertThat(Bylines.opensAsCredit("Eine Stadt von Welt")).isFalse(); // an article alone opens nothing
    }

    @Test
    void readsTheCreditOfAPostingLineAfterItsDateOrPostingWord() {
        assertThat(Bylines.readPostingLine("Posted on September 21, 2020 by Noor Haddad"))
                .containsExactly(Byline.of("Noor Haddad"));
        assertThat(Bylines.readPostingLine("Veröffentlicht am 12. Juni 2017 von Anna Berg"))
                .containsExactly(Byline.of("Anna Berg"));
        assertThat(Bylines.readPostingLine("Freitag | 14. Juni 2019 | 15:49 VON Anna Berg IN Lifestyle"))
                .containsExactly(Byline.of("Anna Berg"));
        assertThat(Bylines.readPostingLine("Ein Artikel von Anna Berg | 27.01.2022 - 12:45"))
                .containsExactly(Byline.of("Anna Berg"));
        assertThat(Bylines.readPostingLine("Posted by Noor Haddad Feb 27, 2020")).containsExactly(Byline.of("Noor Haddad"));
        assertThat(Bylines.readPostingLine("Von Anna Berg // 1. November 2023")).containsExactly(Byline.of("Anna Berg"));
        assertThat(Bylines.readPostingLine("Veröffentlicht vonAnna Berg 28. Februar 2016"))
                .containsExactly(Byline.of("Anna Berg"));
        assertThat(Bylines.readPostingLine("27. Januar 2014 by Anna Berg / Kategorien: Reisen"))
                .containsExactly(Byline.of("Anna Berg"));
        assertThat(Bylines.readPostingLine("von Anna Berg Erstellt am 19.10.2019")).containsExactly(Byline.of("Anna Berg"));
        assertThat(Bylines.readPostingLine("12.03.2021 von Anna Berg Lesezeit: 3 Min."))
                .containsExactly(Byline.of("Anna Berg"));
    }

    @Test
    void readsNoRoleFromADateAfterABar() {
        assertThat(Bylines.read("By Jane Doe | 06.11.23")).containsExactly(Byline.of("Jane Doe"));
        assertThat(Bylines.read("By Jane Doe | March 3, 2026")).containsExactly(Byline.of("Jane Doe"));
    }

    @Test
    void readsAnAccountsHandleInSmallLettersThatAPostingLineCredits() {
        assertThat(Bylines.readPostingLine("Veröffentlicht am 12. Juni 2017 von annab"))
                .containsExactly(Byline.of("annab"));
        assertThat(Bylines.readPostingLine("Posted in Harbour by noor.h on August 3, 2019"))
                .containsExactly(Byline.of("noor.h"));
        assertThat(Bylines.readPostingLine("von jdoe42 · 31. Oktober 2023")).containsExactly(Byline.of("jdoe42"));
        assertThat(Bylines.readPostingLine("Veröffentlicht am 12. Juni 2017 von der Redaktion")).isEmpty();
        assertThat(Bylines.readPostingLine("Am 12. Juni 2017 von oben gesehen")).isEmpty();
    }

    @Test
    void partsARoleOrADateATextDumpRanIntoTheName() {
        assertThat(Bylines.readLine("By Noor HaddadStaff Writer")).containsExactly(new Byline("Noor Haddad", "Staff Writer"));
        assertThat(Bylines.readLine("By Ian McDonald")).containsExactly(Byline.of("Ian McDonald"));
        assertThat(Bylines.readPostingLine("By Noor Haddad/June 12, 2020 9:49 am EST/Updated: Aug. 18, 2020"))
                .containsExactly(Byline.of("Noor Haddad"));
    }

    @Test
    void keepsASurnamesParticleInAPostingLine() {
        assertThat(Bylines.readPostingLine("Accueil | Par Loïc Le Clerc | 30 septembre 2018"))
                .containsExactly(Byline.of("Loïc Le Clerc"));
    }

    @Test
    void readsAJobSetOnALineOfItsOwn() {
        assertThat(Bylines.isRoleLine("Political Editor")).isTrue();
        assertThat(Bylines.isRoleLine("Chefredakteur")).isTrue();
        assertThat(Bylines.isRoleLine("The editor said so.")).isFalse();
        assertThat(Bylines.isRoleLine("Pubs and bars face penalties")).isFalse();
    }

    @Test
    void readsABlogsAuthorByAGivenNameAloneWhereAPostingLineCreditsIt() {
        assertThat(Bylines.readPostingLine("von Anna · 18. Oktober 2019")).containsExactly(Byline.of("Anna"));
        assertThat(Bylines.readPostingLine("Posted by Noor 21.10.2019")).containsExactly(Byline.of("Noor"));
        assertThat(Bylines.readPostingLine("Posted on May 4, 2022 by Reuters")).isEmpty();
        assertThat(Bylines.readPostingLine("Posted on May 4, 2022 by The")).isEmpty();
        assertThat(Bylines.readPostingLine("Published on May 4, 2022 by Editor")).isEmpty();
    }

    @Test
    void leavesOffAnEmailAddressAfterTheNames() {
        assertThat(Bylines.readLine("By Noor Haddad | nhaddad@example.com")).containsExactly(Byline.of("Noor Haddad"));
        assertThat(Bylines.read("Por Ana Ruiz aruiz@example.com")).containsExactly(Byline.of("Ana Ruiz"));
    }

    @Test
    void readsNoCreditFromALineWithoutADateOrFromWordsThatAreNoName() {
        assertThat(Bylines.readPostingLine("A walk by the river on a quiet evening")).isEmpty();
        assertThat(Bylines.readPostingLine("Posted on May 4, 2022 by the harbour office in the morning")).isEmpty();
        assertThat(Bylines.readPostingLine("Photos taken on May 4, 2022")).isEmpty();
        assertThat(Bylines.readPostingLine("Am 4. Mai 2022 gab es von Anna Berg den Zuschlag")).isEmpty();
    }

    @Test
    void leavesOffThePublicationOrPlaceAfterForOrIn() {
        assertThat(Bylines.read("By Tom Reyes for the Island Gazette")).extracting(Byline::name).containsExactly("Tom Reyes");
        assertThat(Bylines.read("By Ana Ruiz for MailOnline")).extracting(Byline::name).containsExactly("Ana Ruiz");
        assertThat(Bylines.read("By Jane Doe in the Hague")).extracting(Byline::name).containsExactly("Jane Doe");
    }

    @Test
    void titleCasesANameInCapitalsAndKeepsTheRole() {
        assertThat(Bylines.readLine("By JANE DOE, Staff writer")).containsExactly(new Byline("Jane Doe", "Staff writer"));
        assertThat(Bylines.readLine("BY SAMIR HADDOUCHE")).containsExactly(Byline.of("Samir Haddouche"));
        assertThat(Bylines.readLine("By FIONA MCALLISTER")).containsExactly(Byline.of("Fiona McAllister"));
        assertThat(Bylines.titleCase("JUAN DE LA CRUZ")).isEqualTo("Juan de la Cruz");
        assertThat(Bylines.titleCase("JANE O'NEIL-DOE")).isEqualTo("Jane O'Neil-Doe");
    }

    @Test
    void readsNamesAndASharedRole() {
        assertThat(Bylines.read("By JANE DOE and John Roe, Staff writers")).containsExactly(
                new Byline("Jane Doe", "Staff writers"), new Byline("John Roe", "Staff writers"));
    }

    @Test
    void givesEveryNameBeforeABarOrSlashTheRoleAfterIt() {
        assertThat(Bylines.readLine("Jane Doe and John Roe | Reuters"))
                .containsExactly(new Byline("Jane Doe", "Reuters"), new Byline("John Roe", "Reuters"));
        assertThat(Bylines.readLine("Lena Fischer / Staff Reporter")).containsExactly(new Byline("Lena Fischer", "Staff Reporter"));
        assertThat(Bylines.read("John Roe | Reuters")).containsExactly(new Byline("John Roe", "Reuters"));
    }

    @Test
    void splitsNamesInCapitalsFromTheAgencyAfterThem() {
        assertThat(Bylines.readLine("By DANIEL KOVAC Associated Press"))
                .containsExactly(new Byline("Daniel Kovac", "Associated Press"));
        assertThat(Bylines.readLine("By NINA OYELARAN and PAUL STRAND Associated Press"))
                .containsExactly(new Byline("Nina Oyelaran", "Associated Press"), new Byline("Paul Strand", "Associated Press"));
        assertThat(Bylines.read("By ISABEL QUISPE Associated Press"))
                .containsExactly(new Byline("Isabel Quispe", "Associated Press"));
        assertThat(Bylines.read("By J. R. HARTLEY Associated Press"))
                .containsExactly(new Byline("J. R. Hartley", "Associated Press"));
        assertThat(Bylines.readLine("By J. R. Hartley, Staff writer")).containsExactly(new Byline("J. R. Hartley", "Staff writer"));
        assertThat(Bylines.readLine("By J. R. Hartley")).containsExactly(Byline.of("J. R. Hartley"));
    }

    @Test
    void readsSeveralNamesAndACapitalisedRole() {
        assertThat(Bylines.readLine("By Ana Lucia Ferreira and Marcus Bell"))
                .containsExactly(Byline.of("Ana Lucia Ferreira"), Byline.of("Marcus Bell"));
        assertThat(Bylines.readLine("By Harriet Vance, Arts Correspondent"))
                .containsExactly(new Byline("Harriet Vance", "Arts Correspondent"));
        assertThat(Bylines.read("Jane Doe, Ann Poe and Lee Chu")).extracting(Byline::name)
                .containsExactly("Jane Doe", "Ann Poe", "Lee Chu");
    }

    @Test
    void readsAnAgencyOrRoleInBracketsOrAfterASlashAsTheRole() {
        assertThat(Bylines.read("Von Jane Doe (dpa)")).containsExactly(new Byline("Jane Doe", "dpa"));
        assertThat(Bylines.read("Jane Doe and John Roe (AP)"))
                .containsExactly(new Byline("Jane Doe", "AP"), new Byline("John Roe", "AP"));
        assertThat(Bylines.read("Redaktion: Jan Beck (Pressesprecher der Stadtwerke)"))
                .containsExactly(new Byline("Jan Beck", "Pressesprecher der Stadtwerke"));
        assertThat(Bylines.read("Autor: Jan Beck/SP-X")).containsExactly(new Byline("Jan Beck", "SP-X"));
        assertThat(Bylines.read("Autoren Jan Beck und Ida Lorenz")).extracting(Byline::name)
                .containsExactly("Jan Beck", "Ida Lorenz");
        assertThat(Bylines.read("Deutsche Kurier (www.kurier.example)")).isEmpty();
        assertThat(Bylines.read("Jan Beck (Getty Images)")).isEmpty();
    }

    @Test
    void readsAGermanCompoundJobAsTheRoleButNotASurnameLikeIt() {
        assertThat(Bylines.read("Uta Staschewski, Projektleiterin der Stiftung"))
                .containsExactly(new Byline("Uta Staschewski", "Projektleiterin der Stiftung"));
        assertThat(Bylines.read("Jan Beck, Pressesprecher der Stadtwerke"))
                .containsExactly(new Byline("Jan Beck", "Pressesprecher der Stadtwerke"));
        assertThat(Bylines.read("Anna Leiter und Tom Sprecher")).extracting(Byline::name)
                .containsExactly("Anna Leiter", "Tom Sprecher");
    }

    @Test
    void leavesOutPlacesAndDates() {
        assertThat(Bylines.readLine("By Jane Doe in London")).containsExactly(Byline.of("Jane Doe"));
        assertThat(Bylines.read("By Jane Doe in Nairobi")).containsExactly(Byline.of("Jane Doe"));
        assertThat(Bylines.read("By Morag Sinclair Thursday, March 14, 2024")).isNotEmpty()
                .allSatisfy(byline -> assertThat(byline.role()).isNull());
        assertThat(Bylines.read("By Jane Doe | Updated March 3, 2024")).containsExactly(Byline.of("Jane Doe"));
    }

    @Test
    void readsAnAgencyAfterTheNamesAsTheRoleOfALineWithoutBy() {
        assertThat(Bylines.readLine("Jane Doe, Reuters")).containsExactly(new Byline("Jane Doe", "Reuters"));
        assertThat(Bylines.readLine("Jane Doe, Washington Post")).containsExactly(new Byline("Jane Doe", "Washington Post"));
    }

    @Test
    void readsNameAndDateLines() {
        assertThat(Bylines.readNamesAndDate("Eilidh MacRae · 9 January 2024")).containsExactly(Byline.of("Eilidh MacRae"));
        assertThat(Bylines.readLine("Eilidh MacRae · 9 January 2024")).containsExactly(Byline.of("Eilidh MacRae"));
        assertThat(Bylines.readNamesAndDate("Print | Email | Share")).isEmpty();
        assertThat(Bylines.readNamesAndDate("The council met on 9 January 2024")).isEmpty();
        assertThat(Bylines.readLine("Mon 20 Jan 2020 06.05 GMT Last modified on Mon 20 Jan 2020 06.07 GMT")).isNull();
    }

    @Test
    void refusesLinesThatAreNotBylines() {
        assertThat(Bylines.readLine("The change is meant to bring in people who work during the day.")).isNull();
        assertThat(Bylines.readLine("Repairs could close the crossing for most of next year.")).isNull();
        assertThat(Bylines.readLine("By the time the ferry arrived, the quay was empty")).isNull();
        assertThat(Bylines.readLine("COASTAL AFFAIRS")).isNull();
        assertThat(Bylines.readLine("Door Prizes Draw a Crowd")).isNull();
        assertThat(Bylines.readLine("Jane Doe, Ann Poe and Lee Chu")).isNull();
        assertThat(Bylines.readLine("By Tuesday, the river had risen")).isNull();
        assertThat(Bylines.readLine("Harbour Works Begin — Town Reels")).isNull();
        assertThat(Bylines.readLine("By Jane Doe — Reuters")).containsExactly(new Byline("Jane Doe", "Reuters"));
    }

    @Test
    void refusesWhatIsNoName() {
        assertThat(Bylines.read("https://example.org/staff/jane")).isEmpty();
        assertThat(Bylines.read("jane@example.org")).isEmpty();
        assertThat(Bylines.looksLikeName("Staff Writer")).isFalse();
        assertThat(Bylines.looksLikeName("The Economist")).isFalse();
        assertThat(Bylines.looksLikeName("Reuters")).isTrue();
        assertThat(Bylines.looksLikeName("Thomson Reuters")).isTrue();
        assertThat(Bylines.looksLikeName("County Post")).isFalse();
        assertThat(Bylines.looksLikeName("Ludwig van Beethoven")).isTrue();
    }

    @Test
    void readsCreditsOpenedInOtherLanguagesOrByALabel() {
        assertThat(Bylines.read("Erstellt von Anna Berg")).containsExactly(Byline.of("Anna Berg"));
        assertThat(Bylines.read("Publié par Jeanne Roux")).containsExactly(Byline.of("Jeanne Roux"));
        assertThat(Bylines.read("Autorin: Anna Berg")).containsExactly(Byline.of("Anna Berg"));
        assertThat(Bylines.read("Texte : Jeanne Roux")).containsExactly(Byline.of("Jeanne Roux"));
        assertThat(Bylines.read("Interview: Jane Doe")).containsExactly(Byline.of("Jane Doe"));
        assertThat(Bylines.read("Autor:")).isEmpty();
    }

    @Test
    void readsAnotherContributorsCreditAfterTheNamesAsTheirRoleNotAsAName() {
        assertThat(Bylines.read("Text von Anna Berg Illustration von Max Roe"))
                .containsExactly(new Byline("Anna Berg", "Illustration von Max Roe"));
        assertThat(Bylines.read("Story by Jane Doe Photos by John Roe"))
                .containsExactly(new Byline("Jane Doe", "Photos by John Roe"));
        assertThat(Bylines.read("By Jane Doe Photos: John Roe")).containsExactly(new Byline("Jane Doe", "Photos: John Roe"));
    }

    @Test
    void readsAnOpenerRunIntoTheName() {
        assertThat(Bylines.read("ByJane Doe")).containsExactly(Byline.of("Jane Doe"));
        assertThat(Bylines.read("AuthorJane Doe")).containsExactly(Byline.of("Jane Doe"));
        assertThat(Bylines.read("ByJ.R. Hartley")).containsExactly(Byline.of("J.R. Hartley"));
        assertThat(Bylines.read("Byron Vance")).containsExactly(Byline.of("Byron Vance"));
        assertThat(Bylines.read("Parker Vance")).containsExactly(Byline.of("Parker Vance"));
    }

    @Test
    void readsALabelBeforeTheNameWithoutItsColon() {
        // the label a screen reader hears before the link to the author's page
        assertThat(Bylines.read("Author Daniel Vance")).containsExactly(Byline.of("Daniel Vance"));
        assertThat(Bylines.read("Autorin Anna Berg")).containsExactly(Byline.of("Anna Berg"));
        assertThat(Bylines.read("Authorities Vance")).extracting(Byline::name).doesNotContain("Vance");
    }

    @Test
    void leavesOffAButtonRunOntoTheNameAndARoleRunIntoOneWordBeforeIt() {
        assertThat(Bylines.read("Inga HoeltmannFollow Transformationsbegleiterin")).containsExactly(Byline.of("Inga Hoeltmann"));
        assertThat(Bylines.read("Amber Guetebier Shares")).containsExactly(Byline.of("Amber Guetebier"));
        assertThat(Bylines.read("FOCUS-Online-Experte Robin Tschöpe")).containsExactly(Byline.of("Robin Tschöpe"));
        assertThat(Bylines.read("Shareen Follows")).extracting(Byline::name).containsExactly("Shareen Follows");
    }

    @Test
    void readsTwoNamesPartedBySlashAndKeepsARoleAfterOne() {
        assertThat(Bylines.read("E. BARRENECHE / J. I. DA SILVA")).extracting(Byline::name)
                .containsExactly("E. Barreneche", "J. I. da Silva");
        assertThat(Bylines.read("Jane Doe / Staff Writer")).containsExactly(new Byline("Jane Doe", "Staff Writer"));
        assertThat(Bylines.read("Pressemitteilung von Katja Kipping")).containsExactly(Byline.of("Katja Kipping"));
    }

    @Test
    void readsNobodyInABlogsPostedByUnknown() {
        assertThat(Bylines.read("Eingestellt von Anna Berg")).containsExactly(Byline.of("Anna Berg"));
        assertThat(Bylines.read("Eingestellt von Unknown")).isEmpty();
        assertThat(Bylines.read("Posted by Unknown")).isEmpty();
    }

    @Test
    void splitsNamesJoinedInOtherLanguages() {
        assertThat(Bylines.read("Anna Berg und Lena Fischer")).extracting(Byline::name)
                .containsExactly("Anna Berg", "Lena Fischer");
        assertThat(Bylines.read("Ana Ruiz, Rocío Vidal y José Miguel Soto")).extracting(Byline::name)
                .containsExactly("Ana Ruiz", "Rocío Vidal", "José Miguel Soto");
        assertThat(Bylines.read("By Jane Doe And John Roe For The Sunday Courier")).extracting(Byline::name)
                .containsExactly("Jane Doe", "John Roe");
    }

    @Test
    void dropsAPlaceBetweenTwoNamesAndKeepsAnAgencyAfterTheLast() {
        assertThat(Bylines.read("Jane Doe, London, John Roe")).extracting(Byline::name)
                .containsExactly("Jane Doe", "John Roe");
        assertThat(Bylines.read("Jane Doe, Reuters")).containsExactly(new Byline("Jane Doe", "Reuters"));
    }

    @Test
    void leavesOutWhatNamesNobody() {
        assertThat(Bylines.read("By")).isEmpty();
        assertThat(Bylines.read("Donnerstag")).isEmpty();
        assertThat(Bylines.read("No Author")).isEmpty();
        assertThat(Bylines.read("Jane Doe, Weitere Artikel")).containsExactly(Byline.of("Jane Doe"));
        assertThat(Bylines.read("By Jane Doe Thursday")).containsExactly(Byline.of("Jane Doe"));
        assertThat(Bylines.read("Jane Doe Donnerstag, 14.03.2024")).containsExactly(Byline.of("Jane Doe"));
        assertThat(Bylines.read("Jane Doe Jane Doe")).containsExactly(Byline.of("Jane Doe"));
    }

    @Test
    void keepsInitialsAndAcronymsInCapitals() {
        assertThat(Bylines.read("LD")).containsExactly(Byline.of("LD"));
        assertThat(Bylines.titleCase("IWB")).isEqualTo("IWB");
        assertThat(Bylines.titleCase("JANE DOE")).isEqualTo("Jane Doe");
        assertThat(Bylines.titleCase("SMITH")).isEqualTo("Smith");
    }

    @Test
    void readsANameAndADesksJobWithoutAComma() {
        assertThat(Bylines.readLine("Tom Reyes Education editor"))
                .containsExactly(new Byline("Tom Reyes", "Education editor"));
        assertThat(Bylines.readLine("Mary Ann Holt Political correspondent"))
                .containsExactly(new Byline("Mary Ann Holt", "Political correspondent"));
        assertThat(Bylines.readLine("Meet Our New Sports Editor")).isNull();
        assertThat(Bylines.readLine("Island Times reporter")).isNull();
    }

    @Test
    void readsABylineAfterARuleOrBeforeTheWritersHandle() {
        assertThat(Bylines.readLine("---- by Tom Reyes")).containsExactly(Byline.of("Tom Reyes"));
        assertThat(Bylines.readLine("— By Lena Holt")).containsExactly(Byline.of("Lena Holt"));
        assertThat(Bylines.readLine("By Lena Holt@LenaHolt")).containsExactly(Byline.of("Lena Holt"));
        assertThat(Bylines.read("lena.holt@courier.example")).isEmpty();
    }
}
