package io.tearsheet.epub.internal;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EpubZipTest {

    @Test
    void entriesGetOneFixedTimeAndNoExtraFieldEvenAtTheDosEpoch() throws IOException {
        for (Instant time : List.of(Instant.parse("1980-01-01T00:00:00Z"), Instant.parse("1970-01-01T00:00:00Z"),
                Instant.parse("2200-01-01T00:00:00Z"), Instant.parse("2025-03-04T04:30:01Z"))) {
            List<ZipEntry> entries = entries(write(time));

            assertThat(entries).extracting(ZipEntry::getName).containsExactly("mimetype", "a.txt", "b.txt");
            assertThat(entries).allSatisfy(e -> {
                assertThat(e.getExtra()).as("%s at %s", e.getName(), time).isNull();
                assertThat(e.getTimeLocal()).isEqualTo(EpubZip.dosTime(time));
            });
        }
    }

    @Test
    void timesAreClampedToWhatDosCanHoldInEvenSeconds() {
        assertThat(EpubZip.dosTime(Instant.parse("1970-01-01T00:00:00Z")))
                .isEqualTo(LocalDateTime.parse("1980-01-01T00:00:02"));
        assertThat(EpubZip.dosTime(Instant.parse("2025-03-04T04:30:01.999Z")))
                .isEqualTo(LocalDateTime.parse("2025-03-04T04:30:00"));
        assertThat(EpubZip.dosTime(Instant.parse("3000-01-01T00:00:00Z")))
                .isEqualTo(LocalDateTime.parse("2107-12-31T23:59:58"));
    }

    @Test
    void mimetypeComesFirstUncompressed() throws IOException {
        byte[] zip = write(Instant.EPOCH);

        assertThat(entries(zip).get(0).getMethod()).isEqualTo(ZipEntry.STORED);
        assertThat(new String(zip, 30, 28, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("mimetypeapplication/epub+zip");
    }

    @Test
    void nameIsWrittenOnlyOnce() throws IOException {
        EpubZip zip = new EpubZip(new ByteArrayOutputStream(), Instant.EPOCH);
        zip.text("a.txt", "a");

        assertThatThrownBy(() -> zip.text("a.txt", "again")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("a.txt");
    }

    @Test
    void callersStreamStaysOpen() throws IOException {
        boolean[] closed = {false};
        ByteArrayOutputStream bytes = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        EpubZip zip = new EpubZip(bytes, Instant.EPOCH);
        try (Writer writer = zip.text("a.txt")) {
            writer.write("a");
        }
        zip.finish();

        assertThat(closed[0]).isFalse();
        assertThat(entries(bytes.toByteArray())).hasSize(2);
    }

    private static byte[] write(Instant time) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EpubZip zip = new EpubZip(out, time);
        zip.text("a.txt", "first");
        zip.text("b.txt", "second");
        zip.finish();
        return out.toByteArray();
    }

    private static List<ZipEntry> entries(byte[] zip) throws IOException {
        List<ZipEntry> entries = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                in.readAllBytes();
                entries.add(entry);
            }
        }
        return entries;
    }
}
