package io.tearsheet.html.internal;

import io.tearsheet.html.HtmlReader;
import io.tearsheet.model.Byline;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PrintedCreditsTest {
    private static final String STORY = """
            <p>Die Fähre nach Skerrow fährt auch im Winter spät am Abend, teilte die Reederei am Dienstag mit, nachdem
            Bewohner und die Ärztin der Insel darum gebeten hatten.</p>
            <p>An den meisten Winterabenden fahren weniger als ein Dutzend Menschen mit, doch für Patienten aus dem
            Krankenhaus auf dem Festland ist es der einzige Weg nach Hause.</p>
            """;

    private static List<Byline> bylinesOf(String body) {
        String html = "<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>Späte Fähre bleibt</title>"
                + "</head><body><article><h1>Späte Fähre bleibt</h1>" + body + "</article></body></html>";
        return HtmlReader.create().read(html.getBytes(StandardCharsets.UTF_8)).metadata().bylines();
    }

    private static Element first(String html) {
        return Jsoup.parseBodyFragment(html).body().child(0);
    }

    @Test
    void readsALineUnderTheHeadlineThatOpensAsACredit() {
        assertThat(bylinesOf("<p><i>von Anna Berg und Lena Fischer</i></p>" + STORY))
                .extracting(Byline::name).containsExactly("Anna Berg", "Lena Fischer");
    }

    @Test
    void readsTheCreditOfAPostingLineUnderTheHeadline() {
        assertThat(bylinesOf("<p class=\"meta\">Freitag | 14. Juni 2019 | 15:49 VON Anna Berg IN Reisen</p>" + STORY))
                .containsExactly(Byline.of("Anna Berg"));
    }

    @Test
    void readsOnlyTheFirstLineOfThatCredit() {
        assertThat(PrintedCredits.ofOpenedLine(first("<p>Von <b>Anna Berg</b> und <b>Lena Fischer</b><br>Skerrow /Nord</p>")))
                .extracting(Byline::name).containsExactly("Anna Berg", "Lena Fischer");
    }

    @Test
    void readsACreditAfterALabelStandingAlone() {
        assertThat(bylinesOf(STORY + "<p>Die Reederei prüft weitere Fahrten.<br><strong>Text:</strong> Anna Berg<br>"
                + "<strong>Fotos:</strong> Lena Fischer</p>")).containsExactly(Byline.of("Anna Berg"));
        assertThat(bylinesOf(STORY + "<div><h5>Autor: </h5>Anna Berg</div>")).containsExactly(Byline.of("Anna Berg"));
    }

    @Test
    void readsACreditOpeningWithItsLabel() {
        assertThat(bylinesOf(STORY + "<p>Autorin: Anna Berg</p>")).containsExactly(Byline.of("Anna Berg"));
    }

    @Test
    void takesNoSentenceForACredit() {
        assertThat(bylinesOf("<p>Von Berlin aus fährt kein Zug mehr.</p>" + STORY)).isEmpty();
        assertThat(bylinesOf(STORY + "<p>Text: siehe unten</p>")).isEmpty();
        assertThat(PrintedCredits.ofOpenedLine(first("<p>Anna Berg</p>"))).isEmpty();
    }
}
