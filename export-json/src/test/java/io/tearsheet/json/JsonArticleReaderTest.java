package io.tearsheet.json;

import io.tearsheet.read.ReadException;
import io.tearsheet.model.Article;
import io.tearsheet.testing.TestArticles;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class JsonArticleReaderTest {
    private final JsonArticleReader reader = JsonArticleReader.create();

    private static String everything() {
        return new String(new JsonExporter().toBytes(TestArticles.everything()), StandardCharsets.UTF_8);
    }

    private ReadException refusal(String json) {
        return catchThrowableOfType(ReadException.class, () -> reader.read(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void refusesMalformedJsonSayingWhere() {
        ReadException e = refusal("{\"format\": \"tearsheet-article\", \"formatVersion\": \"1.0\",\n \"metadata\": {");

        assertThat(e).hasMessageStartingWith("malformed JSON").hasMessageContaining("line 2");
    }

    @Test
    void refusesWrongTypesWithAPointer() {
        ReadException e = refusal(everything().replace("\"paragraph\": 4,", "\"paragraph\": \"four\","));

        assertThat(e.location()).isEqualTo("/quotes/4/paragraph");
        assertThat(e).hasMessageContaining("expected a whole number, found the string \"four\"");
    }

    @Test
    void refusesAnotherFormat() {
        ReadException e = refusal("{\"format\": \"something-else\", \"formatVersion\": \"1.0\"}");

        assertThat(e).hasMessageContaining("not a Tearsheet article");
        assertThat(e.location()).isEqualTo("/format");
    }

    @Test
    void refusesANewerMajorVersionButReadsANewerMinorOne() {
        String newer = everything().replace("\"formatVersion\": \"1.1\"", "\"formatVersion\": \"2.0\"");
        String minor = everything().replace("\"formatVersion\": \"1.1\"", "\"formatVersion\": \"1.3\"")
                .replace("\"headline\":", "\"subtitle\": \"new in 1.3\",\n    \"headline\":");

        assertThat(refusal(newer)).hasMessageContaining("upgrade Tearsheet");
        assertThat(reader.read(minor.getBytes(StandardCharsets.UTF_8)).metadata().headline())
                .isEqualTo(TestArticles.everything().metadata().headline());
    }

    @Test
    void readsDocumentsWrittenInVersionOneZero() throws java.io.IOException {
        try (java.io.InputStream old = getClass().getResourceAsStream("everything-1.0.json")) {
            byte[] bytes = old.readAllBytes();

            assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\"formatVersion\": \"1.0\"");
            assertThat(reader.read(bytes)).isEqualTo(TestArticles.everything());
            assertThat(SchemaValidation.errors(bytes)).isEmpty();
        }
    }

    @Test
    void readsWhatOneOneAddedBack() {
        Article article = TestArticles.everything().toBuilder()
                .metadata(TestArticles.everything().metadata().toBuilder()
                        .alternativeHeadline("Night Boats Are Back").credit("Harbour Wire").credit("Reporting by Ada Park")
                        .build())
                .provenance(io.tearsheet.model.Provenance.builder()
                        .archive(new io.tearsheet.model.ArchiveRecord("crawl-00001.warc.gz", 4_294_967_296L, "response",
                                "<urn:uuid:0b7e1a52-3c4d-4e5f-8a9b-0c1d2e3f4a5b>", "https://example.org/ferries",
                                "2024-05-01T10:11:12Z", "sha1:ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"))
                        .build())
                .build();
        byte[] json = new JsonExporter().toBytes(article);

        assertThat(reader.read(json)).isEqualTo(article);
        assertThat(SchemaValidation.errors(json)).isEmpty();
        assertThat(new String(json, StandardCharsets.UTF_8)).contains("\"alternativeHeadline\": \"Night Boats Are Back\"",
                "\"offset\": 4294967296");
    }

    @Test
    void refusesUnknownMembersInThisVersion() {
        ReadException e = refusal(everything().replace("\"headline\":", "\"hedline\": \"typo\",\n    \"headline\":"));

        assertThat(e.location()).isEqualTo("/metadata/hedline");
    }

    @Test
    void refusesDanglingIds() {
        ReadException source = refusal(everything().replace("\"source\": \"s1\"", "\"source\": \"s99\""));
        ReadException span = refusal(everything().replace("\"quote\": \"q2\"", "\"quote\": \"q99\""));

        assertThat(source).hasMessageContaining("source 's99' does not exist");
        assertThat(source.location()).isEqualTo("/quotes/1");
        assertThat(span).hasMessageContaining("quote span 'q99' names no quote");
    }

    @Test
    void refusesOffsetsThatDisagreeWithTheText() {
        ReadException e = refusal(everything().replace("\"start\": 1,", "\"start\": 2,"));

        assertThat(e).hasMessageContaining("does not match paragraph");
    }

    @Test
    void refusesHostileNesting() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);

        assertThat(refusal(deep)).hasMessageContaining("exceeds a limit").hasMessageContaining("nesting depth");
    }

    @Test
    void refusesHugeNumbersAndStrings() {
        ReadException number = refusal(everything().replace("\"paragraph\": 4,", "\"paragraph\": 1" + "0".repeat(40) + ","));
        JsonArticleReader small = JsonArticleReader.builder().maxStringLength(1000).build();
        String huge = everything().replace("\"headline\": \"", "\"headline\": \"" + "x".repeat(5000));

        assertThat(number).hasMessageContaining("from 0 to 2147483647");
        assertThatThrownBy(() -> small.read(huge.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ReadException.class).hasMessageContaining("exceeds a limit");
    }

    @Test
    void refusesWholeNumbersWrittenWithHugeExponentsWithoutExpandingThem() {
        for (String number : new String[] {"1e999999999", "1E+2147483647", "5e20", "-1e30"}) {
            ReadException e = refusal(everything().replace("\"paragraph\": 4,", "\"paragraph\": " + number + ","));

            assertThat(e).as(number).hasMessageContaining("expected a whole number from 0 to 2147483647");
            assertThat(e.location()).isEqualTo("/quotes/4/paragraph");
        }
        assertThat(reader.read(everything().replace("\"paragraph\": 4,", "\"paragraph\": 0.04e2,")
                .getBytes(StandardCharsets.UTF_8)).quotes().get(4).paragraph()).isEqualTo(4);
    }

    @Test
    void refusesNumbersWhoseExponentIsBeyondAnyRange() {
        String exponent = "5e" + "5".repeat(40);
        ReadException member = refusal(everything().replace("\"paragraph\": 4,", "\"paragraph\": " + exponent + ","));
        ReadException root = refusal(exponent);

        assertThat(member).hasMessageContaining("a number beyond any range");
        assertThat(member.location()).isEqualTo("/quotes/4/paragraph");
        assertThat(root).hasMessageContaining("a number beyond any range");
    }

    @Test
    void refusesContentAfterTheDocument() {
        assertThat(refusal("{} " + everything())).hasMessageContaining("more content after the document's value");
        assertThat(refusal(everything() + everything())).hasMessageContaining("more content after the document's value");
        assertThat(refusal(everything() + " 1")).hasMessageContaining("more content after the document's value");
        assertThat(reader.read((everything() + "\n\n  ").getBytes(StandardCharsets.UTF_8)).metadata().headline())
                .isEqualTo(TestArticles.everything().metadata().headline());
    }

    @Test
    void refusesDocumentsOverTheSizeLimitBeforeParsing() {
        JsonArticleReader small = JsonArticleReader.builder().maxDocumentBytes(100).build();

        assertThatThrownBy(() -> small.read(everything().getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("more than the limit of 100");
    }

    @Test
    void refusesDuplicateMembers() {
        assertThat(refusal("{\"format\": \"tearsheet-article\", \"format\": \"x\"}"))
                .hasMessageContaining("Duplicate field 'format'");
    }

    @Test
    void refusesEmptyInputAndNonObjects() {
        assertThat(refusal("")).hasMessageContaining("no JSON value");
        assertThat(refusal("[1, 2]")).hasMessageContaining("expected an object, found an array");
    }

    @Test
    void refusesBrokenModelValues() {
        ReadException e = refusal(everything().replace("\"language\": \"en-GB\"", "\"language\": \"not a tag\""));

        assertThat(e.location()).isEqualTo("/metadata");
        assertThat(e).hasMessageContaining("is not a BCP 47 tag");
    }
}
