package io.tearsheet.read.internal;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProseFeaturesTest {
    private static final int NEAR_STAMPS = ProseFeatures.NAMES.indexOf("near-stamps");
    private static final int NEAR_REPEATED = ProseFeatures.NAMES.indexOf("near-repeated");
    private static final String PROSE = "The ferry will keep its late sailing through the winter, the operator said on "
            + "Tuesday, after residents asked it to reconsider.";

    private static List<PageUnit> units(String... texts) {
        List<PageUnit> units = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            units.add(new PageUnit(i, i, texts[i], texts[i].split(" ").length, texts[i].length(), 0, 0));
        }
        return units;
    }

    private static double[][] features(List<PageUnit> units) {
        int n = units.size();
        return ProseFeatures.of(units, true, new boolean[n], new boolean[n], new boolean[n]);
    }

    @Test
    void aStorysOwnDateLinesDoNotMakeItsLedeLookLikeAComment() {
        double[][] x = features(units("Late ferry stays", "19.10.2019 12:09", "Updated 19.10.2019 14:30", PROSE,
                PROSE, PROSE, PROSE));
        assertThat(x[3][NEAR_STAMPS]).isZero();
        assertThat(x[4][NEAR_STAMPS]).isZero();
    }

    @Test
    void aCommentBetweenTimeStampsStillStandsNearThem() {
        double[][] x = features(units(PROSE, PROSE, "19.10.2019 12:09", PROSE, "19.10.2019 14:30", PROSE,
                "19.10.2019 16:45"));
        assertThat(x[3][NEAR_STAMPS]).isPositive();
        assertThat(x[5][NEAR_STAMPS]).isPositive();
    }

    @Test
    void aPhotoCreditRepeatedAboveTheLedeDoesNotMakeItAMenu() {
        List<PageUnit> page = units("Menu", "News", "Sport", "Photo: Harbour Agency", PROSE, PROSE, PROSE, PROSE,
                "News", "Sport", "Photo: Harbour Agency");
        boolean[] repeated = {false, true, true, true, false, false, false, false, true, true, true};
        double[][] x = ProseFeatures.of(page, true, new boolean[page.size()], repeated, new boolean[page.size()]);
        assertThat(x[4][NEAR_REPEATED]).isZero();
        assertThat(x[2][NEAR_REPEATED]).isPositive();
    }
}
