package io.tearsheet.pdf.internal.scratch;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class TemporaryFilesTest {

    @Test
    void aFileIsPendingUntilDeleted() throws Exception {
        Path path = TemporaryFiles.create("tearsheet-test-", ".tmp");
        assertThat(path).exists();
        assertThat(TemporaryFiles.isPending(path)).isTrue();
        TemporaryFiles.delete(path);
        assertThat(path).doesNotExist();
        assertThat(TemporaryFiles.isPending(path)).isFalse();
    }
}
