package io.tearsheet.read.conventions;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class RemovalReasonTest {

    @Test
    void labelsAreLowerCaseWordsJoinedByHyphens() {
        assertThat(RemovalReason.QR_CODE.label()).isEqualTo("qr-code");
        assertThat(RemovalReason.READING_AID.label()).isEqualTo("reading-aid");
        assertThat(Arrays.stream(RemovalReason.values()).map(RemovalReason::label))
                .allMatch(label -> label.matches("[a-z]+(?:-[a-z]+)*"))
                .doesNotHaveDuplicates();
    }

    @Test
    void findsAReasonByItsLabel() {
        assertThat(RemovalReason.ofLabel("advertisement")).isEqualTo(RemovalReason.ADVERTISEMENT);
        assertThat(RemovalReason.ofLabel("ads")).isNull();
    }

    @Test
    void onlyTheRegionsOfAPageAreRegions() {
        assertThat(Arrays.stream(RemovalReason.values()).filter(RemovalReason::isRegion))
                .containsExactly(RemovalReason.HEADER, RemovalReason.FOOTER, RemovalReason.SIDEBAR);
    }
}
