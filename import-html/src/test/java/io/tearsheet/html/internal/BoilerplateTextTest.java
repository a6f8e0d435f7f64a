package io.tearsheet.html.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BoilerplateTextTest {
    @Test
    void recognisesLabelsAndPrompts() {
        assertThat(BoilerplateText.of("Advertisement")).isEqualTo(RemovalReason.ADS);
        assertThat(BoilerplateText.of("Publicité")).isEqualTo(RemovalReason.ADS);
        assertThat(BoilerplateText.of("Story continues below advertisement")).isEqualTo(RemovalReason.ADS);
        assertThat(BoilerplateText.of("Sign up for our free morning newsletter.")).isEqualTo(RemovalReason.NEWSLETTER);
        assertThat(BoilerplateText.of("Already a subscriber? Log in")).isEqualTo(RemovalReason.PAYWALL);
        assertThat(BoilerplateText.of("Read more: What the night bus plan means")).isEqualTo(RemovalReason.RELATED);
        assertThat(BoilerplateText.of("5 min read")).isEqualTo(RemovalReason.LABEL);
        assertThat(BoilerplateText.of("© 2024 The Mountain Times. Privacy Terms")).isEqualTo(RemovalReason.COPYRIGHT);
    }

    @Test
    void leavesSentencesAlone() {
        assertThat(BoilerplateText.of("Share prices fell by a tenth on Tuesday.")).isNull();
        assertThat(BoilerplateText.of("The band lost a copyright case in 2019.")).isNull();
        assertThat(BoilerplateText.of("Subscribers to the water scheme will pay less next year, the council said, "
                + "after a long argument over the budget that lasted most of the winter and the spring.")).isNull();
    }
}
