package io.tearsheet.cli;

import io.tearsheet.json.JsonExporter;
import io.tearsheet.testing.TestArticles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class InspectCommandTest {
    @TempDir
    Path dir;

    @Test
    void printsMetadataSectionsAndAQuoteTable() throws IOException {
        Path input = dir.resolve("story.json");
        Files.write(input, new JsonExporter().toBytes(TestArticles.everything()));

        CommandRun run = CommandRun.of("inspect", input.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Headline   Millbrook Bets on the ‘Night Boat’ Again",
                "body            5 paragraphs", "Harriet Okafor", "partial", "fallen in love with");
    }

    @Test
    void printsTheArchiveJson() throws IOException {
        Path input = dir.resolve("story.json");
        byte[] json = new JsonExporter().toBytes(TestArticles.everything());
        Files.write(input, json);

        CommandRun run = CommandRun.of("inspect", "--json", input.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(new String(json, java.nio.charset.StandardCharsets.UTF_8));
    }
}
