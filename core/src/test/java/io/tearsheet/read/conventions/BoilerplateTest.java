package io.tearsheet.read.conventions;

import io.tearsheet.read.conventions.Boilerplate.Place;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BoilerplateTest {

    private static RemovalReason edge(String line) {
        return Boilerplate.classify(line, Place.EDGE);
    }

    private static RemovalReason paragraph(String line) {
        return Boilerplate.classify(line, Place.PARAGRAPH);
    }

    @Test
    void namesTheKindsOfSiteFurnitureAtAPagesEdges() {
        assertThat(edge("You've read  of  free articles. Subscribe to continue.")).isEqualTo(RemovalReason.PAYWALL);
        assertThat(edge("You have 2 free articles left this month.")).isEqualTo(RemovalReason.PAYWALL);
        assertThat(edge("Start your subscription today")).isEqualTo(RemovalReason.SUBSCRIBE);
        assertThat(edge("QR Code to Subscription page")).isEqualTo(RemovalReason.QR_CODE);
        assertThat(edge("Read this article in")).isEqualTo(RemovalReason.TRANSLATION);
        assertThat(edge("English | Español | Français")).isEqualTo(RemovalReason.TRANSLATION);
        assertThat(edge("Facebook Twitter Email Copy link")).isEqualTo(RemovalReason.SHARE);
        assertThat(edge("We use cookies to improve your experience. By continuing you agree."))
                .isEqualTo(RemovalReason.COOKIE);
        assertThat(edge("ADVERTISEMENT")).isEqualTo(RemovalReason.ADVERTISEMENT);
        assertThat(edge("Related stories")).isEqualTo(RemovalReason.RELATED);
        assertThat(edge("© 2025 The Harbor Ledger. All rights reserved.")).isEqualTo(RemovalReason.COPYRIGHT);
        assertThat(edge("Source: Reuters")).isEqualTo(RemovalReason.SOURCE);
        assertThat(edge("(Reporting by Jane Doe; Editing by John Roe)")).isEqualTo(RemovalReason.CREDITS);
        assertThat(edge("Article from: Harbour Wire Service")).isEqualTo(RemovalReason.CREDITS);
        assertThat(edge("From wire reports")).isEqualTo(RemovalReason.CREDITS);
        assertThat(edge("4 min read")).isEqualTo(RemovalReason.READING_AID);
    }

    @Test
    void recognisesLabelsAndPromptsAmongTheParagraphs() {
        assertThat(paragraph("Advertisement")).isEqualTo(RemovalReason.ADVERTISEMENT);
        assertThat(paragraph("Publicité")).isEqualTo(RemovalReason.ADVERTISEMENT);
        assertThat(paragraph("Story continues below advertisement")).isEqualTo(RemovalReason.ADVERTISEMENT);
        assertThat(paragraph("Sign up for our free morning newsletter.")).isEqualTo(RemovalReason.NEWSLETTER);
        assertThat(paragraph("Already a subscriber? Log in")).isEqualTo(RemovalReason.PAYWALL);
        assertThat(paragraph("Read more: What the night bus plan means")).isEqualTo(RemovalReason.RELATED);
        assertThat(paragraph("5 min read")).isEqualTo(RemovalReason.READING_AID);
        assertThat(paragraph("Show more")).isEqualTo(RemovalReason.LABEL);
        assertThat(paragraph("© 2024 The Mountain Times. Privacy Terms")).isEqualTo(RemovalReason.COPYRIGHT);
    }

    @Test
    void keepsHeadingsOfLinkListsAndNavigationWordsForThePagesEdges() {
        assertThat(edge("Related stories")).isEqualTo(RemovalReason.RELATED);
        assertThat(paragraph("Related stories")).isNull();
        assertThat(edge("Source: Reuters")).isEqualTo(RemovalReason.SOURCE);
        assertThat(paragraph("Source: Reuters")).isNull();
        assertThat(edge("Home")).isEqualTo(RemovalReason.NAVIGATION);
        assertThat(paragraph("Home")).isNull();
        assertThat(edge("Close this search box.")).isEqualTo(RemovalReason.NAVIGATION); // a theme's button, with its stop
    }

    @Test
    void removesOnlyLabelsNoSentenceIsMadeOfInsideAParagraph() {
        assertThat(Boilerplate.classify("Advertisement", Place.LINE)).isEqualTo(RemovalReason.ADVERTISEMENT);
        assertThat(Boilerplate.classify("Share on Facebook", Place.LINE)).isEqualTo(RemovalReason.SHARE);
        assertThat(Boilerplate.classify("to continue reading the report, which the council", Place.LINE)).isNull();
        assertThat(paragraph("to continue reading the report, which the council")).isEqualTo(RemovalReason.PAYWALL);
    }

    @Test
    void knowsASitesDisclaimersAndPromptsToFollowItOrWriteToIt() {
        assertThat(paragraph("Skerrow Today is not responsible for the opinions, statements or media content "
                + "presented by contributors.")).isEqualTo(RemovalReason.DISCLAIMER);
        assertThat(paragraph("The Ferry Guide does not offer medical advice. Ask your doctor.")).isEqualTo(RemovalReason.DISCLAIMER);
        assertThat(paragraph("The views expressed in this column are the author's own.")).isEqualTo(RemovalReason.DISCLAIMER);
        assertThat(paragraph("This post contains affiliate links. We may earn a commission when you buy through them."))
                .isEqualTo(RemovalReason.DISCLAIMER);
        assertThat(paragraph("If you buy through this link, we earn a commission at no cost to you."))
                .isEqualTo(RemovalReason.DISCLAIMER);
        assertThat(paragraph("Follow The Island Gazette on Twitter and Instagram @IslandGazette."))
                .isEqualTo(RemovalReason.SOCIAL);
        assertThat(paragraph("For the latest stories and breaking news updates download the Gazette apps for iOS "
                + "and Android.")).isEqualTo(RemovalReason.SOCIAL);
        assertThat(paragraph("Submit your letter to the editor via this form.")).isEqualTo(RemovalReason.COMMENTS);
        assertThat(paragraph("(Credit: Jane Okafor / Island Gazette)")).isEqualTo(RemovalReason.CAPTION);
        assertThat(paragraph("Advertisement:")).isEqualTo(RemovalReason.ADVERTISEMENT);
        assertThat(paragraph("Anzeige:")).isEqualTo(RemovalReason.ADVERTISEMENT);
    }

    @Test
    void leavesSentencesAboutAdviceLettersAndFollowers() {
        assertThat(paragraph("The pharmacist said the leaflet does not offer medical advice about the new pills, "
                + "and that patients should ask at the surgery before they change their dose.")).isNull();
        assertThat(paragraph("Write a letter to your councillor, the group urged its members.")).isNull();
        assertThat(paragraph("Thousands follow her on Instagram, where she posts pictures of the ferry.")).isNull();
        assertThat(paragraph("Follow these steps shared on Twitter to board the ferry safely.")).isNull();
        assertThat(paragraph("For the latest figures, the council said, residents should look at its website.")).isNull();
        assertThat(paragraph("The mayor told reporters he is not responsible for the comments of his deputy.")).isNull();
        assertThat(paragraph("“We earn a commission on every ticket,” the ferry's agent said.")).isNull();
    }

    @Test
    void leavesSentencesThatMerelyMentionASubscriptionOrCookies() {
        assertThat(edge("Subscribers to the ferry pass said the new timetable suited them.")).isNull();
        assertThat(edge("The council will decide whether to subscribe to the regional bus scheme, "
                + "which would cost the city about two million a year and add three routes.")).isNull();
        assertThat(edge("Cookies and cakes were sold at the landing by a local bakery.")).isNull();
        assertThat(paragraph("Share prices fell by a tenth on Tuesday.")).isNull();
        assertThat(paragraph("The band lost a copyright case in 2019.")).isNull();
        assertThat(paragraph("Subscribers to the water scheme will pay less next year, the council said, "
                + "after a long argument over the budget that lasted most of the winter and the spring.")).isNull();
    }

    @Test
    void ignoresCaseCurlyApostrophesSpacesAndBullets() {
        assertThat(paragraph("  • Editor’s  Picks ")).isNull();
        assertThat(edge("  • Editor’s  Picks ")).isEqualTo(RemovalReason.RELATED);
        assertThat(paragraph("» READ MORE: The harbour at night ›")).isEqualTo(RemovalReason.RELATED);
        assertThat(paragraph("Advertisement\u00A0")).isEqualTo(RemovalReason.ADVERTISEMENT);
    }

    @Test
    void neverTakesALongLineForFurniture() {
        String longLine = "We use cookies " + "and more words ".repeat(20);
        assertThat(longLine.length()).isBetween(300, 400);
        assertThat(paragraph(longLine)).isNull();
        assertThat(edge("Advertisement " + "x".repeat(400))).isNull();
    }

    @Test
    void knowsFurnitureInTheOtherLanguagesOfThePages() {
        assertThat(edge("Springe zum Inhalt")).isEqualTo(RemovalReason.NAVIGATION);
        assertThat(edge("Aller au contenu")).isEqualTo(RemovalReason.NAVIGATION);
        assertThat(edge("Saltar al contenido principal")).isEqualTo(RemovalReason.NAVIGATION);
        assertThat(edge("Vorlesen")).isEqualTo(RemovalReason.NAVIGATION);
        assertThat(edge("Alle akzeptieren")).isEqualTo(RemovalReason.COOKIE);
        assertThat(paragraph("Wir verwenden Cookies, um Ihnen ein besseres Angebot zu machen.")).isEqualTo(RemovalReason.COOKIE);
        assertThat(paragraph("Nous utilisons des cookies pour améliorer l'offre que nous vous proposons. Vous"))
                .isEqualTo(RemovalReason.COOKIE);
        assertThat(paragraph("Este sitio web utiliza cookies propias y de terceros.")).isEqualTo(RemovalReason.COOKIE);
        assertThat(paragraph("Questo sito utilizza i cookie per migliorare la navigazione.")).isEqualTo(RemovalReason.COOKIE);
        assertThat(paragraph("Deze website gebruikt cookies.")).isEqualTo(RemovalReason.COOKIE);
        assertThat(paragraph("Używamy plików cookie, aby ułatwić korzystanie z serwisu.")).isEqualTo(RemovalReason.COOKIE);
        assertThat(paragraph("Die Bäckerei am Hafen verkauft Cookies und Kuchen.")).isNull();
        assertThat(paragraph("Foto: Hafenamt Kiel")).isEqualTo(RemovalReason.CAPTION);
        assertThat(paragraph("Der neue Kai am Abend (Bildquelle: Hafenamt Kiel)")).isEqualTo(RemovalReason.CAPTION);
        assertThat(paragraph("(Bildquelle: Hafenamt Kiel)")).isEqualTo(RemovalReason.CAPTION);
        assertThat(paragraph("Die Fähre fährt wieder, sagte der Bürgermeister.")).isNull();
    }

    @Test
    void knowsAppealsPromptsAndDisclaimersInTheOtherLanguages() {
        assertThat(paragraph("Wenn Ihnen unser Artikel gefallen hat: Unterstützen Sie diese Form des Journalismus."))
                .isEqualTo(RemovalReason.SUBSCRIBE);
        assertThat(paragraph("Ihr Beitrag hilft, unsere Berichterstattung weiterhin kostenlos anzubieten."))
                .isEqualTo(RemovalReason.SUBSCRIBE);
        assertThat(paragraph("Unterstütze das Hafenblatt schon mit 2,50 €!")).isEqualTo(RemovalReason.SUBSCRIBE);
        assertThat(paragraph("Sie lesen gern das Hafenblatt? Zeigen Sie Ihre Wertschätzung!"))
                .isEqualTo(RemovalReason.SUBSCRIBE);
        assertThat(paragraph("Die aktuelle Ausgabe des Hafenblatts jetzt am Kiosk und als E-Paper erhältlich."))
                .isEqualTo(RemovalReason.SUBSCRIBE);
        assertThat(paragraph("Die neue Ausgabe des Seeatlas ist im März im Buchhandel erhältlich.")).isNull();
        assertThat(paragraph("Die Unterstützung stieg mit 40 Stimmen.")).isNull();
        assertThat(paragraph("Lust auf mehr? Melde dich hier für unseren Newsletter an!"))
                .isEqualTo(RemovalReason.NEWSLETTER);
        assertThat(paragraph("Síguenos en Telegram, Instagram y Twitter para recibir nuestras actualizaciones"))
                .isEqualTo(RemovalReason.SOCIAL);
        assertThat(paragraph("Für Links auf dieser Seite erhält die Redaktion ggf. eine Provision vom Händler."))
                .isEqualTo(RemovalReason.DISCLAIMER);
        assertThat(paragraph("Der Makler erhält eine Provision von drei Prozent.")).isNull();
        assertThat(paragraph("Bitte registrieren Sie sich und halten Sie sich an unsere Netiquette."))
                .isEqualTo(RemovalReason.COMMENTS);
        assertThat(edge("Diskutieren Sie mit")).isEqualTo(RemovalReason.COMMENTS);
        assertThat(edge("Empfehlungen aus der Redaktion")).isEqualTo(RemovalReason.RELATED);
        assertThat(edge("Más sobre La Gaceta AM")).isEqualTo(RemovalReason.RELATED);
        assertThat(paragraph("Durch die weitere Nutzung der Seite stimmst du der Verwendung von Cookies zu."))
                .isEqualTo(RemovalReason.COOKIE);
        assertThat(paragraph("Was sind Cookies?")).isEqualTo(RemovalReason.COOKIE);
        assertThat(paragraph("Die weitere Nutzung der Kohle lehnte der Minister ab.")).isNull();
        assertThat(paragraph("Para comentar debes registrarte y completar los datos generales."))
                .isEqualTo(RemovalReason.COMMENTS);
        assertThat(paragraph("Um zu kommentieren, müssen Sie sich anmelden.")).isEqualTo(RemovalReason.COMMENTS);
    }

    @Test
    void knowsAPressReleasesContactLinesAndNotSentencesAboutThePress() {
        assertThat(paragraph("Pressekontakt: Hafenamt Kiel, Anna Berg, Tel: +49 431 000 000")).isEqualTo(RemovalReason.CONTACT);
        assertThat(paragraph("Media contacts:")).isEqualTo(RemovalReason.CONTACT);
        assertThat(paragraph("Tel.: (030) 12 34 56 78 Fax: (030) 12 34 56 79")).isEqualTo(RemovalReason.CONTACT);
        assertThat(paragraph("Telefon:")).isEqualTo(RemovalReason.CONTACT);
        assertThat(paragraph("Presseanfragen beantwortete das Ministerium nicht.")).isNull();
        assertThat(paragraph("Media contacts with the minister were limited.")).isNull();
        assertThat(paragraph("Phone calls to the harbour office went unanswered.")).isNull();
        assertThat(paragraph("Tel Aviv in ten pictures")).isNull();
    }

    @Test
    void knowsADisclaimerThatNamesItselfOrFollowsASentenceAboutHowTheSiteChooses() {
        assertThat(paragraph("We recommend the best boats through an independent review, and advertisers do not"
                + " influence our picks. We may receive compensation if you visit partners we recommend."))
                .isEqualTo(RemovalReason.DISCLAIMER);
        assertThat(paragraph("Disclaimer (varies by section): articles on this site may contain the author's opinions."))
                .isEqualTo(RemovalReason.DISCLAIMER);
        assertThat(paragraph("The ferry company cut its fares. We may receive compensation claims, a lawyer said."))
                .isNull();
        assertThat(paragraph("The disclaimer was added later, the court heard.")).isNull();
        assertThat(paragraph("This entry was posted in Harbour News. Bookmark the permalink."))
                .isEqualTo(RemovalReason.TAGS);
    }

    @Test
    void knowsFooterLinksCommentPromptsAndTopicLabelsAloneAtTheEdges() {
        assertThat(edge("Impressum")).isEqualTo(RemovalReason.NAVIGATION);
        assertThat(edge("Über uns")).isEqualTo(RemovalReason.NAVIGATION);
        assertThat(edge("Hinterlasse jetzt einen Kommentar")).isEqualTo(RemovalReason.COMMENTS);
        assertThat(edge("Kategorien")).isEqualTo(RemovalReason.TAGS);
        assertThat(edge("Suche ein- oder ausblendenNavigation anzeigen")).isEqualTo(RemovalReason.NAVIGATION);
        assertThat(paragraph("Impressum")).isNull();
        assertThat(paragraph("Kategorien")).isNull();
    }

    @Test
    void readsACaptionThatEndsOnItsCreditAndASlideshowCount() {
        assertThat(paragraph("The old ferry at the market steps, 1960. Photo: Millbrook Archive/Island Gazette"))
                .isEqualTo(RemovalReason.CAPTION);
        assertThat(paragraph("(Image credit: Harbour Games)")).isEqualTo(RemovalReason.CAPTION);
        assertThat(paragraph("Slideshow ( 15 images )")).isEqualTo(RemovalReason.CAPTION);
        assertThat(paragraph("Media captionDrone footage shows the new boats on the river"))
                .isEqualTo(RemovalReason.CAPTION);
        assertThat(paragraph("The council printed a photo: the ferry at the steps, crowded with commuters."))
                .isNull();
    }

    @Test
    void readsTopicsCreditsAfterPicturesAndTheSmallPrintOfAForm() {
        assertThat(paragraph("Filed under 2026 Election")).isEqualTo(RemovalReason.TAGS);
        assertThat(paragraph("Tags: ferries, harbour, council")).isEqualTo(RemovalReason.TAGS);
        assertThat(paragraph("Photo by Jane Doe on Unsplash")).isEqualTo(RemovalReason.CAPTION);
        assertThat(paragraph("Lena Holt, the harbour master, at the old yard in 2019. Photo via Island Courier"))
                .isEqualTo(RemovalReason.CAPTION);
        assertThat(paragraph("Photo courtesy of the Skerrow Ferry Company")).isEqualTo(RemovalReason.CAPTION);
        assertThat(paragraph("Featured image by Lena Holt/Island Courier.")).isEqualTo(RemovalReason.CAPTION);
        assertThat(paragraph("Photograph by Lena Holt, Skerrow Harbour Trust")).isEqualTo(RemovalReason.CAPTION);
        assertThat(paragraph("Then sign up for our email newsletter to get the latest updates.")).isEqualTo(RemovalReason.NEWSLETTER);
        assertThat(paragraph("Island Courier Newsletter")).isEqualTo(RemovalReason.NEWSLETTER);
        assertThat(paragraph("Get the Courier's Daily Edition by email and never miss our top stories Free Sign Up"))
                .isEqualTo(RemovalReason.NEWSLETTER);
        assertThat(paragraph("Missing out on the latest from the harbour? Enter your email below to receive our stories "
                + "direct to your inbox.")).isEqualTo(RemovalReason.NEWSLETTER);
        assertThat(paragraph("Explore further")).isEqualTo(RemovalReason.LABEL);
        assertThat(paragraph("Want to know more about Ana Roe? Follow her on Mastodon or Bluesky."))
                .isEqualTo(RemovalReason.SOCIAL);
        assertThat(paragraph("Want to know more? The council will publish the timetable on Friday, the mayor said."))
                .isNull();
        assertThat(paragraph("The newsletter of the ferry society reported on the vote in its spring issue."))
                .isNull();
        assertThat(paragraph("Please understand that comments are moderated and it is not always possible to publish all "
                + "that have been submitted.")).isEqualTo(RemovalReason.COMMENTS);
        assertThat(paragraph("We ask that comments are civil and free of libellous or hateful material."))
                .isEqualTo(RemovalReason.COMMENTS);
        assertThat(paragraph("If readers wish to report offensive comments, suggest a correction or share a story then "
                + "please email: desk@courier.example.")).isEqualTo(RemovalReason.COMMENTS);
        assertThat(paragraph("Write a comment")).isEqualTo(RemovalReason.LABEL);
        assertThat(paragraph("No comments :")).isEqualTo(RemovalReason.LABEL);
        assertThat(paragraph("Donate")).isEqualTo(RemovalReason.LABEL);
        assertThat(paragraph("Share All sharing options for: Ferries return to the river after ten years"))
                .isEqualTo(RemovalReason.SHARE);
        assertThat(paragraph("<iframe width=\"476\" height=\"267\" src=\"https://courier.example/video/embed/?pid=14\" "
                + "frameborder=\"0\" allowfullscreen></iframe>")).isEqualTo(RemovalReason.EMBED);
        assertThat(paragraph("The council said a photo by a resident, taken on Monday, showed the damage."))
                .isNull();
        assertThat(paragraph("Harbour master Lena Holt. (Picture by Tom Reyes)")).isEqualTo(RemovalReason.CAPTION);
        assertThat(paragraph("By submitting your information, you agree to receive emails from the Courier."))
                .isEqualTo(RemovalReason.NEWSLETTER);
        assertThat(paragraph("The administrator of your personal data will be the Island Courier Ltd., Harbour Road 5."))
                .isEqualTo(RemovalReason.NEWSLETTER);
        assertThat(paragraph("This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply."))
                .isEqualTo(RemovalReason.NEWSLETTER);
        assertThat(paragraph("To view the full story, please subscribe to the Island Courier."))
                .isEqualTo(RemovalReason.PAYWALL);
        assertThat(paragraph("If you're seeing this message but you're already a subscriber, you can log in to read on."))
                .isEqualTo(RemovalReason.PAYWALL);
        assertThat(paragraph("Instant access to the full article PDF.")).isEqualTo(RemovalReason.PAYWALL);
        assertThat(paragraph("If you enjoyed reading this story, would you consider supporting the Courier?"))
                .isEqualTo(RemovalReason.SUBSCRIBE);
        assertThat(paragraph("Never miss the latest news by signing up to our newsletter today!"))
                .isEqualTo(RemovalReason.NEWSLETTER);
        assertThat(paragraph("Do you want to be informed of the Courier's events? Sign up here"))
                .isEqualTo(RemovalReason.NEWSLETTER);
        assertThat(paragraph("We want to hear what you think about this article. Submit a letter to the editor."))
                .isEqualTo(RemovalReason.COMMENTS);
        assertThat(paragraph("Residents who want to stay informed can attend the council's meetings, the mayor said."))
                .isNull();
        assertThat(paragraph("The council filed under protest a plan for two more boats.")).isNull();
    }

    @Test
    void readsShareButtonsAndTheSmallPrintOfSignUpsAndTips() {
        assertThat(paragraph("Click to email this to a friend (Opens in new window)")).isEqualTo(RemovalReason.SHARE);
        assertThat(paragraph("Click to copy URL")).isEqualTo(RemovalReason.SHARE);
        assertThat(paragraph("Thanks for signing up - please check your spam folder if you don't receive this."))
                .isEqualTo(RemovalReason.NEWSLETTER);
        assertThat(paragraph("If you have a story then please email: tips@courier.example"))
                .isEqualTo(RemovalReason.COMMENTS);
        assertThat(paragraph("If you wish to make a correction or share a story then please email: desk@courier.example."))
                .isEqualTo(RemovalReason.COMMENTS);
        assertThat(paragraph("If you have a story about the ferries, the council said, it wants to hear it."))
                .isNull();
    }

    @Test
    void readsTheLabelsOfRecipeAndLinkButtons() {
        assertThat(paragraph("Jump to Recipe Print Recipe")).isEqualTo(RemovalReason.LABEL);
        assertThat(paragraph("Social Share")).isEqualTo(RemovalReason.LABEL);
        assertThat(paragraph("In partnership with")).isEqualTo(RemovalReason.LABEL);
        assertThat(paragraph("These are external links and will open in a new window")).isEqualTo(RemovalReason.LABEL);
        assertThat(paragraph("Media playback is unsupported on your device")).isEqualTo(RemovalReason.LABEL);
        assertThat(paragraph("Your browser does not support the video tag.")).isEqualTo(RemovalReason.LABEL);
        assertThat(paragraph("The recipe for the harbour cake will open the new cookbook.")).isNull();
    }
}
