package io.tearsheet.pdf.internal.scratch;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccess;
import org.apache.pdfbox.io.RandomAccessReadView;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Streams kept in one temporary file read back what was written, and the file goes when it is closed. */
class ScratchFileTest {

    private static byte[] bytes(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] readAll(RandomAccess buffer) throws Exception {
        buffer.seek(0);
        byte[] all = new byte[(int) buffer.length()];
        int at = 0;
        while (at < all.length) {
            at += buffer.read(all, at, Math.min(777, all.length - at));
        }
        return all;
    }

    @Test
    void buffersWrittenInTurnsReadBackTheirOwnBytes() throws Exception {
        Random random = new Random(7);
        try (ScratchFile file = ScratchFile.create()) {
            List<RandomAccess> buffers = new ArrayList<>();
            List<java.io.ByteArrayOutputStream> expected = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                buffers.add(file.createBuffer());
                expected.add(new java.io.ByteArrayOutputStream());
            }
            for (int round = 0; round < 200; round++) {
                int which = random.nextInt(buffers.size());
                byte[] chunk = bytes(random, random.nextInt(3 * ScratchFile.PAGE_SIZE));
                if (chunk.length % 5 == 0 && chunk.length > 0) {
                    for (byte b : chunk) {
                        buffers.get(which).write(b);
                    }
                } else {
                    buffers.get(which).write(chunk);
                }
                expected.get(which).write(chunk);
            }
            for (int i = 0; i < buffers.size(); i++) {
                assertThat(buffers.get(i).length()).isEqualTo(expected.get(i).size());
                assertThat(readAll(buffers.get(i))).isEqualTo(expected.get(i).toByteArray());
            }
        }
    }

    @Test
    void readingPastTheEndAndViewsBehaveLikeAnyRandomAccess() throws Exception {
        try (ScratchFile file = ScratchFile.create()) {
            RandomAccess buffer = file.createBuffer();
            byte[] data = bytes(new Random(1), 10_000);
            buffer.write(data);
            assertThat(buffer.isEOF()).isTrue();
            assertThat(buffer.read()).isEqualTo(-1);
            buffer.seek(4095);
            assertThat(buffer.read()).isEqualTo(data[4095] & 0xff);
            assertThat(buffer.peek()).isEqualTo(data[4096] & 0xff);
            buffer.seek(20_000);
            assertThat(buffer.getPosition()).isEqualTo(10_000);
            RandomAccessReadView view = buffer.createView(5000, 100);
            byte[] part = new byte[100];
            assertThat(view.read(part, 0, 100)).isEqualTo(100);
            assertThat(part).isEqualTo(java.util.Arrays.copyOfRange(data, 5000, 5100));
        }
    }

    @Test
    void clearedAndClosedBuffersGiveTheirPagesToTheNext() throws Exception {
        try (ScratchFile file = ScratchFile.create()) {
            RandomAccess first = file.createBuffer();
            first.write(new byte[3 * ScratchFile.PAGE_SIZE]);
            first.clear();
            assertThat(first.length()).isZero();
            byte[] again = bytes(new Random(2), 2 * ScratchFile.PAGE_SIZE + 3);
            first.write(again);
            first.close();
            RandomAccess second = file.createBuffer();
            byte[] data = bytes(new Random(3), 5 * ScratchFile.PAGE_SIZE);
            second.write(data);
            assertThat(readAll(second)).isEqualTo(data);
            assertThat(Files.size(file.path())).isLessThanOrEqualTo(5L * ScratchFile.PAGE_SIZE);
            assertThatThrownBy(() -> first.read()).isInstanceOf(java.io.IOException.class);
        }
    }

    @Test
    void theFileIsDeletedWhenClosed() throws Exception {
        ScratchFile file = ScratchFile.create();
        Path path = file.path();
        file.createBuffer().write(new byte[100]);
        assertThat(path).exists();
        assertThat(TemporaryFiles.isPending(path)).isTrue();
        file.close();
        assertThat(path).doesNotExist();
        assertThat(TemporaryFiles.isPending(path)).isFalse();
        assertThatThrownBy(file::createBuffer).isInstanceOf(java.io.IOException.class);
    }

    @Test
    void aDocumentsStreamsRoundTripThroughTheFile() throws Exception {
        byte[] data = bytes(new Random(4), 50_000);
        Path[] path = new Path[1];
        try (PDDocument document = new PDDocument(() -> {
            ScratchFile file = ScratchFile.create();
            path[0] = file.path();
            return file;
        })) {
            COSStream stream = document.getDocument().createCOSStream();
            try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                out.write(data);
            }
            try (InputStream in = stream.createInputStream()) {
                assertThat(in.readAllBytes()).isEqualTo(data);
            }
            assertThat(path[0]).exists();
        }
        assertThat(path[0]).doesNotExist();
    }
}
