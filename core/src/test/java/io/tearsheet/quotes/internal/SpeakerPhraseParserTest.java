package io.tearsheet.quotes.internal;

import io.tearsheet.model.SourceKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SpeakerPhraseParserTest {

    @Test
    void splitsADescriptionFromTheNameAfterIt() {
        SpeakerPhrase p = SpeakerPhraseParser.parse("the family-owned Kellford newspaper Evening Post");
        assertThat(p.form()).isEqualTo(SpeakerPhrase.Form.NAME);
        assertThat(p.name()).isEqualTo("Evening Post");
        assertThat(p.description()).isEqualTo("family-owned Kellford newspaper");
        assertThat(p.kind()).isEqualTo(SourceKind.PUBLICATION);
    }

    @Test
    void keepsATitleOutOfTheNameAndAsAnAlias() {
        SpeakerPhrase p = SpeakerPhraseParser.parse("Mr. Varga");
        assertThat(p.name()).isEqualTo("Varga");
        assertThat(p.alias()).isEqualTo("Mr. Varga");
        assertThat(p.gender()).isEqualTo(Gender.MALE);
    }

    @Test
    void takesAnAppositiveAsDescription() {
        SpeakerPhrase p = SpeakerPhraseParser.parse("Dunmore, 67, a retired mail carrier");
        assertThat(p.name()).isEqualTo("Dunmore");
        assertThat(p.description()).isEqualTo("a retired mail carrier");
        assertThat(p.kind()).isEqualTo(SourceKind.PERSON);
    }

    @Test
    void namesTheOneAnAppositiveNames() {
        SpeakerPhrase p = SpeakerPhraseParser.parse("Mr. Penhale's daughter, Jess, who manages the farm shop");
        assertThat(p.name()).isEqualTo("Jess");
        assertThat(p.description()).isEqualTo("Mr. Penhale's daughter");
        assertThat(p.gender()).isEqualTo(Gender.FEMALE);
    }

    @Test
    void keepsAnAnonymousSpeakersDescriptionAsItsName() {
        SpeakerPhrase p = SpeakerPhraseParser.parse("a historian affiliated with the Kellford Institute for Maritime Studies");
        assertThat(p.form()).isEqualTo(SpeakerPhrase.Form.INDEFINITE);
        assertThat(p.name()).isEqualTo("a historian affiliated with the Kellford Institute for Maritime Studies");
        assertThat(p.kind()).isEqualTo(SourceKind.ANONYMOUS);
        assertThat(SpeakerPhraseParser.parse("A ferry captain who asked not to be named").name()).isEqualTo("a ferry captain");
    }

    @Test
    void tellsGroupsDocumentsAndBodiesByTheirHeadNoun() {
        assertThat(SpeakerPhraseParser.parse("Danish and Dutch engineers").kind()).isEqualTo(SourceKind.GROUP);
        assertThat(SpeakerPhraseParser.parse("local press reports").kind()).isEqualTo(SourceKind.DOCUMENT);
        assertThat(SpeakerPhraseParser.parse("the city's transport department").kind()).isEqualTo(SourceKind.ORGANIZATION);
        assertThat(SpeakerPhraseParser.parse("Police").kind()).isEqualTo(SourceKind.GROUP);
        assertThat(SpeakerPhraseParser.parse("Staff there").kind()).isEqualTo(SourceKind.GROUP);
    }

    @Test
    void refusesWordsThatAreNotANounPhrase() {
        assertThat(SpeakerPhraseParser.parse("by far the busiest berth on the coast")).isNull();
        assertThat(SpeakerPhraseParser.parse("In an editorial published on Thursday")).isNull();
        assertThat(SpeakerPhraseParser.parse("the gains from what they")).isNull();
        assertThat(SpeakerPhraseParser.parse("Several")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"you don’t", "Comey cannot", "rather than infringing on the rules", "came",
            "Democrats crafted the primary schedule", "Holding signs", "who sits at zero such endorsements",
            "that if he’s elected mayor", "Perez hammered Trump", "others"})
    void takesNoClauseForASpeaker(String clause) {
        assertThat(SpeakerPhraseParser.parse(clause)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"more than 100 residents", "the embattled chief executive", "King", "Dean"})
    void keepsNounPhrasesThatLookLikeClauses(String phrase) {
        assertThat(SpeakerPhraseParser.parse(phrase)).isNotNull();
    }
}
