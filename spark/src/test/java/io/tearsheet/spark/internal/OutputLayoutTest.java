package io.tearsheet.spark.internal;

import io.tearsheet.io.FileNames;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutputLayoutTest {

    @Test
    void filesGoUnderTheirFormatAndTheShardOfTheirId() {
        OutputLayout layout = new OutputLayout(1);
        assertThat(layout.file("json", "story-1", "json")).matches("json/[0-9a-f]{2}/story-1\\.json");
        assertThat(layout.file("pdf", "story-1", "pdf").substring(4, 6))
                .isEqualTo(layout.file("json", "story-1", "json").substring(5, 7));
        assertThat(layout.bag("story-1")).isEqualTo("bag/" + layout.shard("story-1") + "/story-1");
    }

    @Test
    void deeperShardingAddsALevelOf256FoldersEach() {
        assertThat(new OutputLayout(2).file("epub", "story-1", "epub")).matches("epub/[0-9a-f]{2}/[0-9a-f]{2}/story-1\\.epub");
        assertThat(new OutputLayout(3).shard("x")).matches("[0-9a-f]{2}/[0-9a-f]{2}/[0-9a-f]{2}");
        assertThat(new OutputLayout(2).shard("story-1")).startsWith(new OutputLayout(1).shard("story-1"));
        assertThatThrownBy(() -> new OutputLayout(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OutputLayout(4)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void idsSpreadEvenlyOverTheShards() {
        Map<String, Integer> perShard = new HashMap<>();
        OutputLayout layout = new OutputLayout(1);
        for (int i = 0; i < 25_600; i++) {
            perShard.merge(layout.shard("1989/06/story-" + i), 1, Integer::sum);
        }
        assertThat(perShard).hasSize(256);
        assertThat(perShard.values()).allSatisfy(n -> assertThat(n).isBetween(50, 160));
    }

    @Test
    void unsafeIdsGetSafeNamesThatStayApart() {
        Set<String> names = new HashSet<>();
        for (String id : new String[]{"a/b", "a_b", "../../etc/passwd", ".hidden", "CON", "x".repeat(300),
                "x".repeat(301), "Zürich—Genève", "tab\there"}) {
            String name = OutputLayout.name(id);
            assertThat(names.add(name)).as(id).isTrue();
            assertThat(name).as(id).doesNotContain("/").doesNotStartWith(".").hasSizeLessThanOrEqualTo(
                    FileNames.MAX_LENGTH);
            assertThat(FileNames.safeName(name)).as(id).isEqualTo(name);
        }
        assertThat(OutputLayout.name("a_b")).isEqualTo("a_b");
        assertThat(OutputLayout.name("story-12.v2")).isEqualTo("story-12.v2");
        assertThat(OutputLayout.name("a/b")).matches("a_b-[0-9a-f]{16}");
    }
}
