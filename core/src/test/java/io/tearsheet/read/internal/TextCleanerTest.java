package io.tearsheet.read.internal;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TextCleanerTest {

    private static String clean(String text) {
        return TextCleaner.clean(text, new ArrayList<>());
    }

    @Test
    void partsAPostsDateFromItsUpdateWhereATextDumpRanThemTogether() {
        List<String> notes = new ArrayList<>();

        assertThat(TextCleaner.clean("Veröffentlicht am 22. Dezember 201922. Dezember 2019 von Anna Berg", notes))
                .isEqualTo("Veröffentlicht am 22. Dezember 2019 22. Dezember 2019 von Anna Berg");
        assertThat(clean("August 2, 2019August 2, 2019 by Jane Doe")).isEqualTo("August 2, 2019 August 2, 2019 by Jane Doe");
        assertThat(clean("28. Juni 201914. Januar 2020 | Anna Berg")).isEqualTo("28. Juni 2019 14. Januar 2020 | Anna Berg");
        assertThat(notes).containsExactly("parted 1 date run into the next (\"2019August 2\")");
    }

    @Test
    void leavesNumbersThatAreNoGluedDatesAlone() {
        assertThat(clean("/kino-news/will-smith-205331.html")).isEqualTo("/kino-news/will-smith-205331.html");
        assertThat(clean("In 2019 12 boats ran; in 2020, 15.")).isEqualTo("In 2019 12 boats ran; in 2020, 15.");
        assertThat(clean("Order 201912.Item 4")).isEqualTo("Order 201912.Item 4");
        assertThat(clean("The 2019Ferry Report")).isEqualTo("The 2019Ferry Report");
    }

    @Test
    void turnsNonBreakingSpacesIntoSpacesAndDropsInvisibleCharacters() {
        assertThat(clean("a\u00A0statement\u00AD on\u200B the quay")).isEqualTo("a statement on the quay");
    }
}
