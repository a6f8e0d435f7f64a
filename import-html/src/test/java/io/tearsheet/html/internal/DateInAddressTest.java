package io.tearsheet.html.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.tearsheet.model.ArticleDate;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

/** The day an article's address files it under, when the page states no date of its own. */
class DateInAddressTest {

    @Test
    void readsAYearMonthAndDayFiledAsPathSegments() {
        assertThat(MetadataAssembler.dateInAddress("https://harbour.example/2019/08/02/the-new-quay/"))
                .isEqualTo(ArticleDate.of(LocalDate.of(2019, 8, 2)));
        assertThat(MetadataAssembler.dateInAddress("http://news.example/news/2012-06/04/content_7.htm"))
                .isEqualTo(ArticleDate.of(LocalDate.of(2012, 6, 4)));
        assertThat(MetadataAssembler.dateInAddress("https://blog.example/2007/05/20"))
                .isEqualTo(ArticleDate.of(LocalDate.of(2007, 5, 20)));
    }

    @Test
    void readsNoDayFromNumbersThatAreNotOne() {
        assertThat(MetadataAssembler.dateInAddress("https://harbour.example/2019/08/the-new-quay/")).isNull();
        assertThat(MetadataAssembler.dateInAddress("https://harbour.example/2019/02/30/no-such-day/")).isNull();
        assertThat(MetadataAssembler.dateInAddress("https://harbour.example/story/20190802/quay")).isNull();
        assertThat(MetadataAssembler.dateInAddress("https://harbour.example/item/1234/2019/08/021/")).isNull();
        assertThat(MetadataAssembler.dateInAddress(null)).isNull();
        assertThat(MetadataAssembler.dateInAddress("not an address at all")).isNull();
    }
}
