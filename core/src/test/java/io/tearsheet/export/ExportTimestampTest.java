package io.tearsheet.export;

import io.tearsheet.model.ArticleDate;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExportTimestampTest {

    @Test
    void parsesSourceDateEpoch() {
        assertThat(ExportTimestamp.parse("1700000000")).contains(Instant.ofEpochSecond(1_700_000_000L));
        assertThat(ExportTimestamp.parse(null)).isEmpty();
        assertThatThrownBy(() -> ExportTimestamp.parse("yesterday")).hasMessageContaining("whole number of seconds");
    }

    @Test
    void aBookTakesItsLatestDate() {
        List<ArticleDate> dates = Arrays.asList(new ArticleDate("1989-02-14"), null,
                new ArticleDate("1989-03-01T10:00:00+08:00"));

        Instant expected = ExportTimestamp.sourceDateEpoch().orElse(Instant.parse("1989-03-01T02:00:00Z"));
        assertThat(ExportTimestamp.ofLatest(dates)).isEqualTo(expected);
    }
}
