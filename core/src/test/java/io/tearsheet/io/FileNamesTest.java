package io.tearsheet.io;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FileNamesTest {

    @Test
    void slugsAHeadline() {
        assertThat(FileNames.slug("Making Room for the ‘Quiet Carriage’")).isEqualTo("making-room-for-the-quiet-carriage");
        assertThat(FileNames.slug("Café Müller öffnet")).isEqualTo("cafe-muller-offnet");
    }

    @Test
    void slugsNeverClimbOutOrUseReservedNames() {
        assertThat(FileNames.slug("../../etc/passwd")).isEqualTo("etc-passwd");
        assertThat(FileNames.slug("CON")).isEqualTo("con-");
        assertThat(FileNames.slug("……")).isEqualTo("article");
        assertThat(FileNames.slug("x".repeat(10_000))).hasSize(FileNames.MAX_LENGTH);
    }

    @Test
    void safeNamesKeepScriptsButNotSeparators() {
        assertThat(FileNames.safeName("北京 报道.txt")).isEqualTo("北京_报道.txt");
        assertThat(FileNames.safeName("../secret")).isEqualTo("secret");
        assertThat(FileNames.safeName("nul.txt")).isEqualTo("_nul.txt");
        assertThat(FileNames.stem(Path.of("news", "a.b.txt"))).isEqualTo("a.b");
    }

    @Test
    void resolveInsideRefusesEscapes() {
        Path out = Path.of("out");

        assertThat(FileNames.resolveInside(out, "a.json")).isEqualTo(out.toAbsolutePath().normalize().resolve("a.json"));
        assertThatThrownBy(() -> FileNames.resolveInside(out, "../a.json")).hasMessageContaining("outside");
        assertThatThrownBy(() -> FileNames.resolveInside(out, "/etc/passwd")).hasMessageContaining("outside");
    }

    @Property
    void anySlugOrSafeNameStaysInsideItsFolder(@ForAll String text) {
        Path out = Path.of("out").toAbsolutePath();

        assertThat(FileNames.resolveInside(out, FileNames.slug(text)).getParent()).isEqualTo(out);
        assertThat(FileNames.resolveInside(out, FileNames.safeName(text)).getParent()).isEqualTo(out);
    }
}
