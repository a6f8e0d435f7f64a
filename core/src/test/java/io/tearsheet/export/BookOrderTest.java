package io.tearsheet.export;

import io.tearsheet.model.ArticleDate;
import io.tearsheet.model.Metadata;
import io.tearsheet.model.Series;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BookOrderTest {

    private static Metadata article(String headline, Integer part, String date) {
        return Metadata.builder().headline(headline)
                .series(part == null ? null : new Series("s", part, 4))
                .published(date == null ? null : new ArticleDate(date)).build();
    }

    @Test
    void ordersBySeriesPartThenDateThenAsGiven() {
        List<Metadata> given = List.of(
                article("undated", null, null),
                article("part 3", 3, "1989-01-01"),
                article("later", null, "1990-01-01"),
                article("part 1", 1, "1989-05-01"),
                article("undated too", null, null),
                article("earlier", null, "1988-01-01"));

        int[] order = BookOrder.permutation(given);

        assertThat(order).containsExactly(3, 1, 5, 2, 0, 4);
    }
}
