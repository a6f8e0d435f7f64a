package io.tearsheet.read.internal;

import io.tearsheet.read.conventions.RemovalReason;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Where the located body starts: its run of prose, moved back over a first paragraph the prose model doubted. */
class BodyStartTest {
    private static final String HEADLINE = "Ferries Return to the River After Ten Years";
    private static final String LEDE = "It takes four minutes to cross the river by ferry, but it took ten years to "
            + "bring the boats back.";
    private static final String PROSE = "The river ferries that stopped running a decade ago will carry passengers "
            + "again from Monday, the town council said on Tuesday.";

    private static List<PageUnit> units(String... texts) {
        List<PageUnit> units = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            units.add(new PageUnit(i, i, texts[i], Words.count(texts[i]), texts[i].length(), 0, 0));
        }
        return units;
    }

    private static int start(List<PageUnit> units, double[] prose, RemovalReason... furniture) {
        RemovalReason[] kinds = furniture.length == 0 ? new RemovalReason[units.size()] : furniture;
        return PageLocator.extendStart(units, prose, kinds, new boolean[units.size()], 3);
    }

    @Test
    void movesBackOverAOneSentenceLedeThatTheModelDoubted() {
        List<PageUnit> units = units(HEADLINE, "By Ana Roe", LEDE, PROSE);

        assertThat(start(units, new double[] {0.1, 0.1, 0.4, 0.9})).isEqualTo(2);
    }

    @Test
    void leavesACaptionAHeaderLineAndFurnitureAboveTheBody() {
        assertThat(start(units(HEADLINE, "By Ana Roe", "The first ferry at the station quay on Monday", PROSE),
                new double[] {0.1, 0.1, 0.4, 0.9})).as("no sentence").isEqualTo(3);
        assertThat(start(units(HEADLINE, LEDE, "By Ana Roe", PROSE), new double[] {0.1, 0.4, 0.4, 0.9}))
                .as("a byline").isEqualTo(3);
        assertThat(start(units(HEADLINE, "By Ana Roe", LEDE, PROSE), new double[] {0.1, 0.1, 0.2, 0.9}))
                .as("hardly prose").isEqualTo(3);
        assertThat(start(units(HEADLINE, "By Ana Roe", LEDE, PROSE), new double[] {0.1, 0.1, 0.4, 0.9},
                null, null, RemovalReason.CAPTION, null)).as("furniture").isEqualTo(3);
    }
}
