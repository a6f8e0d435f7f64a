package io.tearsheet.bench.attribution;

import io.tearsheet.model.Source;
import io.tearsheet.model.SourceKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How a gold speaker string is matched against one of our sources. */
class SpeakerMatchTest {

    private static Source person(String name) {
        return Source.of("s1", name, SourceKind.PERSON);
    }

    @Test
    void aNameMatchesTheFullerOrShorterFormOfItself() {
        assertThat(SpeakerMatch.matches("Trump", person("Donald Trump"))).isTrue();
        assertThat(SpeakerMatch.matches("President Barack Obama", person("Barack Obama"))).isTrue();
        assertThat(SpeakerMatch.matches("Clinton aide Huma Abedin", person("Clinton"))).isFalse();
    }

    @Test
    void aDescriptionWithANameInAppositionNamesThatPerson() {
        assertThat(SpeakerMatch.matches("His former business partner at Lenox, Lawrence B. Cummings,",
                person("Lawrence B. Cummings"))).isTrue();
        assertThat(SpeakerMatch.matches("His former business partner at Lenox, Lawrence B. Cummings,",
                person("Lenox"))).isFalse();
        assertThat(SpeakerMatch.matches("a spokesman for the campaign, who declined to be named,",
                person("Jane Doe"))).isFalse();
    }

    @Test
    void aReflexiveAfterTheNameIsLeftOff() {
        assertThat(SpeakerMatch.matches("Cruz himself", person("Ted Cruz"))).isTrue();
        assertThat(SpeakerMatch.matches("Montoya-Lewis herself", person("Raquel Montoya-Lewis"))).isTrue();
    }

    @Test
    void aDescriptionMatchesASourceWhoseTitleAbbreviatesItsHeadNoun() {
        Source senator = new Source("s1", "Ana Ruiz", SourceKind.PERSON, "Ardmoor Sen.", java.util.List.of());
        Source representative = new Source("s2", "Tomas Ek", SourceKind.PERSON, "Rep.", java.util.List.of());
        assertThat(SpeakerMatch.matches("The Ardmoor senator", senator)).isTrue();
        assertThat(SpeakerMatch.matches("the coastal congressman", representative)).isTrue();
        assertThat(SpeakerMatch.matches("the governor", senator)).isFalse();
    }
}
