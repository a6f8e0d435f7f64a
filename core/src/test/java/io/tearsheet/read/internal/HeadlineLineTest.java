package io.tearsheet.read.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HeadlineLineTest {

    @Test
    void leavesOffADateStampThePagePrintsOnTheHeadlinesLine() {
        assertThat(HeadlineLine.withoutDateStamp("23.01.2022 - Ferry crews cheer the first night crossing"))
                .isEqualTo("Ferry crews cheer the first night crossing");
        assertThat(HeadlineLine.withoutDateStamp("Ferry crews cheer the first night crossing 2022-04-26 21:21:50"))
                .isEqualTo("Ferry crews cheer the first night crossing");
        assertThat(HeadlineLine.withoutDateStamp("Ferry crews cheer the first night crossing (12.02.2021)"))
                .isEqualTo("Ferry crews cheer the first night crossing");
    }

    @Test
    void keepsADateThatBelongsToTheHeadline() {
        assertThat(HeadlineLine.withoutDateStamp("Results: harbour regatta, Millbrook, 19.5.2007"))
                .isEqualTo("Results: harbour regatta, Millbrook, 19.5.2007");
        assertThat(HeadlineLine.withoutDateStamp("Harbour budget 2023 - 2024")).isEqualTo("Harbour budget 2023 - 2024");
        assertThat(HeadlineLine.withoutDateStamp("2022-04-26")).isEqualTo("2022-04-26");
        assertThat(HeadlineLine.withoutDateStamp("12.02.2021 - Ferries")).isEqualTo("12.02.2021 - Ferries");
    }
}
