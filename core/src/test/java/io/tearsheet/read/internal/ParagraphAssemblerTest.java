package io.tearsheet.read.internal;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ParagraphAssemblerTest {

    private static List<String> assemble(String text) {
        List<Line> lines = new ArrayList<>();
        String[] raw = text.split("\n", -1);
        for (int i = 0; i < raw.length; i++) {
            lines.add(new Line(i + 1, raw[i], Words.collapse(raw[i])));
        }
        return ParagraphAssembler.assemble(lines).stream().map(ParagraphAssembler.Assembled::text).toList();
    }

    @Test
    void separatesParagraphsAtBlankLines() {
        assertThat(assemble("One paragraph.\n\nAnother one.\n")).containsExactly("One paragraph.", "Another one.");
    }

    @Test
    void joinsHardWrappedLines() {
        assertThat(assemble("""
                BRANDT CITY — More than two hundred workers at the Golden Crust
                bakery on the city's east side walked off the job on Monday night,
                the first strike at the plant in its sixty-year history.""")).containsExactly(
                "BRANDT CITY — More than two hundred workers at the Golden Crust bakery on the city's east side "
                        + "walked off the job on Monday night, the first strike at the plant in its sixty-year history.");
    }

    @Test
    void keepsOneParagraphPerLineWhenEveryLineEndsASentence() {
        assertThat(assemble("""
                The recount is expected to take about a week, and staff will count every paper ballot by hand.
                "People sometimes think a recount means something went wrong," said Farida Hussain.
                Turnout was 54 percent, the highest for a mayoral election in two decades.""")).hasSize(3);
    }

    @Test
    void keepsOneParagraphPerLineWhenEveryLineEndsASentenceInsideGermanQuotes() {
        assertThat(assemble("""
                Die Nachzählung dauert etwa eine Woche, und jeder Stimmzettel wird von Hand gezählt.
                „Eine Nachzählung heißt nicht, dass etwas schiefgegangen ist“, sagte Farida Hussain: „So ist es.“
                „Die Wahlbeteiligung lag bei 54 Prozent, so hoch wie seit zwanzig Jahren nicht.“""")).hasSize(3);
    }
}
