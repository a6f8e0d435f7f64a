package io.tearsheet.cli;

import io.tearsheet.io.AtomicFiles;
import io.tearsheet.json.JsonArticleReader;
import io.tearsheet.json.JsonExporter;
import io.tearsheet.testing.TestArticles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ConvertCommandTest {
    @TempDir
    Path dir;

    private Path writeJsonArticle(String name) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, new JsonExporter().toBytes(TestArticles.everything()));
        return file;
    }

    @Test
    void writesEachFormatWithAChecksumBeside() throws IOException {
        Path input = writeJsonArticle("story.json");
        Path out = dir.resolve("out");

        CommandRun run = CommandRun.of("convert", input.toString(), "--to", "json,jsonld", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(out.resolve("story.json")).exists();
        assertThat(out.resolve("story.jsonld")).exists();
        assertThat(AtomicFiles.isComplete(out.resolve("story.json"))).isTrue();
        assertThat(JsonArticleReader.create().read(out.resolve("story.json"))).isEqualTo(TestArticles.everything());
    }

    @Test
    void mirrorsSubfoldersOfAnInputFolder() throws IOException {
        Files.createDirectories(dir.resolve("in/2025"));
        Files.write(dir.resolve("in/2025/a.json"), new JsonExporter().toBytes(TestArticles.minimal()));
        Files.writeString(dir.resolve("in/notes.md"), "not an article");

        CommandRun run = CommandRun.of("convert", dir.resolve("in").toString(), "--to", "json",
                "--out", dir.resolve("out").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(dir.resolve("out/2025/a.json")).exists();
        assertThat(dir.resolve("out/notes.json")).doesNotExist();
    }

    @Test
    void badInputPrintsOneLineNamingTheFileAndFails() throws IOException {
        Path bad = dir.resolve("broken.json");
        Files.writeString(bad, "{\"format\": \"tearsheet-article\", \"formatVersion\": \"9.0\"}");

        CommandRun run = CommandRun.of("convert", bad.toString(), "--to", "json", "--out", dir.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err().lines()).singleElement().asString()
                .startsWith("tearsheet: " + bad + ": ").contains("formatVersion 9.0 is not readable");
        assertThat(dir.resolve("broken.json.sha256")).doesNotExist();
    }

    @Test
    void aMissingInputIsNamed() {
        CommandRun run = CommandRun.of("convert", dir.resolve("nowhere.txt").toString(), "--out", dir.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("nowhere.txt: no such file or folder");
    }

    @Test
    void anUnknownFormatIsAUsageError() throws IOException {
        CommandRun run = CommandRun.of("convert", writeJsonArticle("a.json").toString(), "--to", "docx");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("unknown format 'docx'");
    }

    @Test
    void twoInputsWithTheSameNameAreRefusedBeforeAnythingIsWritten() throws IOException {
        Files.createDirectories(dir.resolve("a"));
        Files.createDirectories(dir.resolve("b"));
        Files.write(dir.resolve("a/x.json"), new JsonExporter().toBytes(TestArticles.minimal()));
        Files.write(dir.resolve("b/x.json"), new JsonExporter().toBytes(TestArticles.minimal()));

        CommandRun run = CommandRun.of("convert", dir.resolve("a/x.json").toString(), dir.resolve("b/x.json").toString(),
                "--to", "json", "--out", dir.resolve("out").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("would write the same outputs");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void helpAndVersionWork() {
        CommandRun help = CommandRun.of("convert", "--help");
        CommandRun version = CommandRun.of("--version");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("--to=FORMAT", "Examples:");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("tearsheet ");
    }
}
