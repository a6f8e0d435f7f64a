package io.tearsheet.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The README's library example is the code of the first example project, which CI builds and runs. */
class UsageExampleTest {

    private static Path root() {
        Path root = Path.of(System.getProperty("tearsheet.root.dir", ".."));
        assumeTrue(Files.isRegularFile(root.resolve("README.md")), "repository root not found");
        return root;
    }

    @Test
    void readmeShowsTheFirstExampleVerbatim() throws IOException {
        Path root = root();
        List<String> example = Files.readAllLines(root.resolve(
                "examples/convert-article/src/main/java/example/ConvertArticle.java"));
        String snippet = example.subList(indexOf(example, "// README:convert:start") + 1,
                        indexOf(example, "// README:convert:end")).stream()
                .map(line -> line.replaceFirst("^ {8}", "")).collect(Collectors.joining("\n"));

        assertThat(Files.readString(root.resolve("README.md"))).contains("```java\n" + snippet + "\n```");
    }

    private static int indexOf(List<String> lines, String marker) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(marker)) {
                return i;
            }
        }
        throw new AssertionError("marker " + marker + " missing from the example");
    }
}
