package io.tearsheet.read.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BreadcrumbsTest {

    @Test
    void takesTheLastStepOfATrailAsTheHeadline() {
        assertThat(Breadcrumbs.lastStep("Home » Harbour » Ferries Return to the River"))
                .isEqualTo("Ferries Return to the River");
        assertThat(Breadcrumbs.lastStep("home / News / Ferries Return")).isEqualTo("Ferries Return");
        assertThat(Breadcrumbs.lastStep("Home>Articles>Ferries Return to the River"))
                .isEqualTo("Ferries Return to the River");
    }

    @Test
    void leavesAHeadlineWithOneSlashAndATrailOfSectionsAlone() {
        assertThat(Breadcrumbs.lastStep("Can Fish Feel Pain / Fear?")).isNull();
        assertThat(Breadcrumbs.lastStep("Home › News › Harbour")).isNull();
        assertThat(Breadcrumbs.lastStep("Speed>Safety: Why the Ferry Waits")).isNull();
    }
}
