package io.tearsheet.read.internal;

import io.tearsheet.model.Removal;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BoilerplateStripperTest {

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

    @Test
    void removesAPromptInsideTheBodyOnlyWhereItIsAParagraphOfItsOwn() {
        BoilerplateStripper.Result alone = BoilerplateStripper.strip(lines("Headline", "", "One.", "",
                "Sign up for our morning briefing", "", "Two."));
        assertThat(alone.removed()).extracting(Removal::reason).containsExactly("newsletter");
        BoilerplateStripper.Result wrapped = BoilerplateStripper.strip(lines("Headline", "", "The council asked residents to",
                "sign up for the new bins by Friday, and most", "of them did.", "", "Two."));
        assertThat(wrapped.removed()).isEmpty();
    }
}
