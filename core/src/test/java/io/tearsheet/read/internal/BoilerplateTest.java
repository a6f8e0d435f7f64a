package io.tearsheet.read.internal;

import io.tearsheet.model.Removal;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BoilerplateTest {

    @Test
    void namesTheKindsOfSiteFurniture() {
        assertThat(Boilerplate.classify("You've read  of  free articles. Subscribe to continue.")).isEqualTo(Boilerplate.PAYWALL);
        assertThat(Boilerplate.classify("You have 2 free articles left this month.")).isEqualTo(Boilerplate.PAYWALL);
        assertThat(Boilerplate.classify("Start your subscription today")).isEqualTo(Boilerplate.SUBSCRIBE);
        assertThat(Boilerplate.classify("QR Code to Subscription page")).isEqualTo(Boilerplate.QR_CODE);
        assertThat(Boilerplate.classify("Read this article in")).isEqualTo(Boilerplate.TRANSLATION);
        assertThat(Boilerplate.classify("English | Español | Français")).isEqualTo(Boilerplate.TRANSLATION);
        assertThat(Boilerplate.classify("Facebook Twitter Email Copy link")).isEqualTo(Boilerplate.SHARE);
        assertThat(Boilerplate.classify("We use cookies to improve your experience. By continuing you agree."))
                .isEqualTo(Boilerplate.COOKIE);
        assertThat(Boilerplate.classify("ADVERTISEMENT")).isEqualTo(Boilerplate.ADVERTISEMENT);
        assertThat(Boilerplate.classify("Related stories")).isEqualTo(Boilerplate.RELATED);
        assertThat(Boilerplate.classify("© 2025 The Harbor Ledger. All rights reserved.")).isEqualTo(Boilerplate.COPYRIGHT);
        assertThat(Boilerplate.classify("Source: Reuters")).isEqualTo(Boilerplate.SOURCE);
        assertThat(Boilerplate.classify("(Reporting by Jane Doe; Editing by John Roe)")).isEqualTo(Boilerplate.CREDITS);
        assertThat(Boilerplate.classify("4 min read")).isEqualTo(Boilerplate.READING_AID);
    }

    @Test
    void leavesSentencesThatMerelyMentionASubscription() {
        assertThat(Boilerplate.classify("Subscribers to the ferry pass said the new timetable suited them.")).isNull();
        assertThat(Boilerplate.classify("The council will decide whether to subscribe to the regional bus scheme, "
                + "which would cost the city about two million a year and add three routes.")).isNull();
        assertThat(Boilerplate.classify("Cookies and cakes were sold at the landing by a local bakery.")).isNull();
    }

    private static List<Line> lines(String... texts) {
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            lines.add(new Line(i + 1, texts[i], Words.collapse(texts[i])));
        }
        return lines;
    }

    @Test
    void removesFurnitureAtTheTopAndBottomAndRecordsIt() {
        BoilerplateStripper.Result result = BoilerplateStripper.strip(lines("Skip to main content", "Share this article",
                "", "Headline", "", "A paragraph that mentions a subscription to the ferry.", "", "Related stories",
                "Board approves new bus contract", "Opinion: Let children eat", "", "© 2025 The Gazette"));
        assertThat(result.kept()).extracting(Line::text)
                .containsExactly("", "Headline", "", "A paragraph that mentions a subscription to the ferry.", "", "");
        assertThat(result.removed()).extracting(Removal::reason)
                .containsExactly("navigation", "share", "related", "related", "related", "copyright");
        assertThat(result.rights()).isEqualTo("© 2025 The Gazette");
    }

    @Test
    void keepsShortLastLinesWithoutARelatedHeading() {
        BoilerplateStripper.Result result = BoilerplateStripper.strip(lines("Headline", "", "First paragraph.", "",
                "Part 2 of 5: Skies over the valley"));
        assertThat(result.removed()).isEmpty();
    }

    @Test
    void removesAdvertisementLinesInsideTheBody() {
        BoilerplateStripper.Result result = BoilerplateStripper.strip(lines("Headline", "", "One.", "", "Advertisement",
                "", "Two."));
        assertThat(result.removed()).extracting(Removal::reason).containsExactly("advertisement");
    }
}
