package io.tearsheet.pdf.internal.output;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.COSWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.zip.DeflaterOutputStream;

/**
 * Writes a PDF as its parts are finished instead of all at once, so that memory does not grow with the document:
 * {@link #write} sends an object and every indirect object it reaches to the file, then empties them, and only
 * their object numbers and file offsets stay. Objects that will still change (the page tree, the catalog, fonts
 * until they are subset) are <em>deferred</em>: referenced by number when met and written only by
 * {@link #finish}.
 *
 * <p>What is indirect follows PDFBox's writer: streams always; dictionaries unless marked direct; arrays only once
 * numbered ({@link #number}), so a caller can make one indirect in order to write it early. Objects are numbered
 * in the order they are first met, so the same calls give the same bytes. As in PDFBox's compressed saves, objects
 * other than streams are packed into compressed object streams, and the cross-reference table is a stream
 * (PDF 1.5). One document's; not thread-safe.
 */
public final class StreamingPdfWriter {
    private static final byte[] BINARY_COMMENT = {'%', (byte) 0xE2, (byte) 0xE3, (byte) 0xCF, (byte) 0xD3, '\n'};
    /** The most objects one object stream holds. */
    private static final int PACK_LIMIT = 500;
    /** Marks an offset entry as the place of an object inside an object stream: its number, then its index. */
    private static final long PACKED = 1L << 62;

    private final CountingOutput file;
    /** Where objects are serialized: the file, or the object stream being filled. */
    private OutputStream out;
    private final Predicate<COSDictionary> deferred;
    /** By object number: the file offset, or {@link #PACKED} with the object stream and index. */
    private long[] offsets = new long[1024];
    private int next = 1;
    private final BitSet written = new BitSet();
    private final BitSet held = new BitSet();
    private final List<COSBase> heldObjects = new ArrayList<>();
    private final ArrayDeque<COSBase> queue = new ArrayDeque<>();
    private final ByteArrayOutputStream packed = new ByteArrayOutputStream();
    private final StringBuilder packedIndex = new StringBuilder();
    private final List<Integer> packedNumbers = new ArrayList<>();
    private boolean finishing;

    /**
     * @param out      where the file goes; not closed
     * @param version  the header's version, such as "1.7" (object streams need 1.5 or later)
     * @param deferred dictionaries to write only at {@link #finish}, whenever they are met
     */
    public StreamingPdfWriter(OutputStream out, String version, Predicate<COSDictionary> deferred)
            throws IOException {
        this.file = new CountingOutput(out);
        this.out = file;
        this.deferred = deferred;
        file.write(("%PDF-" + version + "\n").getBytes(StandardCharsets.US_ASCII));
        file.write(BINARY_COMMENT);
    }

    /** The object number of {@code object}, given now if it has none: from here on it is written by reference. */
    public int number(COSBase object) {
        COSObjectKey key = object.getKey();
        if (key == null) {
            key = new COSObjectKey(reserve(), 0);
            object.setKey(key);
        }
        return (int) key.getNumber();
    }

    private int reserve() {
        if (next == offsets.length) {
            offsets = Arrays.copyOf(offsets, offsets.length * 2);
        }
        return next++;
    }

    /** Keeps {@code object} out of the file until {@link #finish}, though others may refer to it before. */
    public void defer(COSBase object) {
        int number = number(object);
        if (!written.get(number) && !held.get(number)) {
            held.set(number);
            heldObjects.add(object);
        }
    }

    /** Whether {@code object} is in the file already. */
    public boolean isWritten(COSBase object) {
        return object.getKey() != null && written.get((int) object.getKey().getNumber());
    }

    /**
     * Writes {@code object} and every indirect object it reaches that is neither written nor deferred, then
     * empties each of them (image and form XObjects excepted, which later pages may draw again): they must not
     * change afterwards, and anything that still refers to them keeps only an empty shell and its number.
     * Streams go to the file as they are; other objects are packed, compressed, into object streams.
     */
    public void write(COSBase object) throws IOException {
        COSBase target = resolved(object);
        if (target == null) {
            return;
        }
        number(target);
        queue.add(target);
        List<COSBase> done = new ArrayList<>();
        while (!queue.isEmpty()) {
            COSBase next = queue.poll();
            int number = number(next);
            if (written.get(number)) {
                continue;
            }
            written.set(number);
            if (next instanceof COSStream stream) {
                writeStream(number, stream);
            } else {
                pack(number, next);
            }
            done.add(next);
        }
        closeObjectStream();
        for (COSBase base : done) {
            empty(base);
        }
    }

    /**
     * Writes the deferred objects and what they reach, then the cross-reference stream, which carries the
     * trailer's entries ({@code /Root}, {@code /ID}, {@code /Info}; values written by reference where indirect).
     */
    public void finish(COSDictionary trailer) throws IOException {
        finishing = true;
        for (COSBase object : heldObjects) {
            held.clear(number(object));
        }
        List<COSBase> last = new ArrayList<>(heldObjects);
        heldObjects.clear();
        for (COSBase value : trailer.getValues()) {
            if (isIndirect(value)) {
                last.add(resolved(value));
            }
        }
        for (COSBase object : last) {
            write(object);
        }
        int xref = reserve();
        long start = file.count();
        offsets[xref] = start;
        written.set(xref);
        ByteArrayOutputStream table = new ByteArrayOutputStream();
        try (DeflaterOutputStream entries = new DeflaterOutputStream(table)) {
            entries.write(new byte[] {0, 0, 0, 0, 0, 0, (byte) 0xFF, (byte) 0xFF});
            for (int number = 1; number < next; number++) {
                if (!written.get(number)) {
                    throw new IllegalStateException("object " + number + " was referred to but never written");
                }
                long entry = offsets[number];
                if ((entry & PACKED) != 0) {
                    entries.write(2);
                    writeBytes(entries, (entry & ~PACKED) >>> 16, 5);
                    writeBytes(entries, entry & 0xFFFF, 2);
                } else {
                    entries.write(1);
                    writeBytes(entries, entry, 5);
                    writeBytes(entries, 0, 2);
                }
            }
        }
        COSDictionary dictionary = new COSDictionary();
        dictionary.setItem(COSName.TYPE, COSName.XREF);
        dictionary.setInt(COSName.SIZE, next);
        dictionary.setItem(COSName.W, new COSArray(List.of(COSInteger.ONE, COSInteger.get(5), COSInteger.TWO)));
        for (COSName key : List.of(COSName.ROOT, COSName.INFO, COSName.ID)) {
            COSBase value = trailer.getItem(key);
            if (value != null) {
                dictionary.setItem(key, value);
            }
        }
        dictionary.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        dictionary.setInt(COSName.LENGTH, table.size());
        file.write((xref + " 0 obj\n").getBytes(StandardCharsets.US_ASCII));
        writeDictionary(dictionary);
        file.write("\nstream\n".getBytes(StandardCharsets.US_ASCII));
        table.writeTo(file);
        file.write(("\nendstream\nendobj\nstartxref\n" + start + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII));
        file.flush();
    }

    private static void writeBytes(OutputStream to, long value, int count) throws IOException {
        for (int shift = 8 * (count - 1); shift >= 0; shift -= 8) {
            to.write((int) (value >>> shift) & 0xFF);
        }
    }

    /** Serializes a non-stream object into the object stream being filled, closing it when full. */
    private void pack(int number, COSBase object) throws IOException {
        if (packedNumbers.size() == PACK_LIMIT) {
            closeObjectStream();
        }
        packedNumbers.add(number);
        packedIndex.append(number).append(' ').append(packed.size()).append(' ');
        out = packed;
        try {
            if (object instanceof COSDictionary dictionary) {
                writeDictionary(dictionary);
            } else if (object instanceof COSArray array) {
                writeArray(array);
            } else {
                writeValue(object);
            }
            packed.write('\n');
        } finally {
            out = file;
        }
    }

    /** Writes the object stream being filled, if any, and records where its objects are. */
    private void closeObjectStream() throws IOException {
        if (packedNumbers.isEmpty()) {
            return;
        }
        int number = reserve();
        written.set(number);
        for (int index = 0; index < packedNumbers.size(); index++) {
            offsets[packedNumbers.get(index)] = PACKED | ((long) number << 16) | index;
        }
        byte[] header = packedIndex.toString().getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflater = new DeflaterOutputStream(compressed)) {
            deflater.write(header);
            packed.writeTo(deflater);
        }
        offsets[number] = file.count();
        file.write((number + " 0 obj\n<</Type /ObjStm /N " + packedNumbers.size() + " /First " + header.length
                + " /Filter /FlateDecode /Length " + compressed.size() + ">>\nstream\n")
                .getBytes(StandardCharsets.US_ASCII));
        compressed.writeTo(file);
        file.write("\nendstream\nendobj\n".getBytes(StandardCharsets.US_ASCII));
        packed.reset();
        packedIndex.setLength(0);
        packedNumbers.clear();
    }

    /**
     * Writes a stream as it is stored (already encoded). Its {@code /Length}, which PDFBox sets when the stream's
     * output is closed, is checked against the bytes copied rather than found by reading the stream twice.
     */
    private void writeStream(int number, COSStream stream) throws IOException {
        long length = stream.getLength();
        offsets[number] = file.count();
        file.write((number + " 0 obj\n").getBytes(StandardCharsets.US_ASCII));
        writeDictionary(stream);
        file.write("\nstream\n".getBytes(StandardCharsets.US_ASCII));
        long copied;
        try (InputStream raw = stream.createRawInputStream()) {
            copied = raw.transferTo(file);
        }
        if (copied != length) {
            throw new IllegalStateException("stream " + number + " holds " + copied + " bytes but its /Length says "
                    + length);
        }
        file.write("\nendstream\nendobj\n".getBytes(StandardCharsets.US_ASCII));
    }

    private void writeDictionary(COSDictionary dictionary) throws IOException {
        out.write('<');
        out.write('<');
        for (Map.Entry<COSName, COSBase> entry : dictionary.entrySet()) {
            if (entry.getValue() == null) {
                continue;
            }
            entry.getKey().writePDF(out);
            out.write(' ');
            writeValue(entry.getValue());
            out.write('\n');
        }
        out.write('>');
        out.write('>');
    }

    private void writeArray(COSArray array) throws IOException {
        out.write('[');
        for (int i = 0; i < array.size(); i++) {
            if (i > 0) {
                out.write(' ');
            }
            writeValue(array.get(i));
        }
        out.write(']');
    }

    private void writeValue(COSBase value) throws IOException {
        if (value == null || value instanceof COSNull) {
            COSNull.NULL.writePDF(out);
        } else if (isIndirect(value)) {
            writeReference(resolved(value));
        } else if (value instanceof COSDictionary dictionary) {
            writeDictionary(dictionary);
        } else if (value instanceof COSArray array) {
            writeArray(array);
        } else if (value instanceof COSName name) {
            name.writePDF(out);
        } else if (value instanceof COSString string) {
            COSWriter.writeString(string, out);
        } else if (value instanceof COSInteger integer) {
            integer.writePDF(out);
        } else if (value instanceof COSFloat real) {
            real.writePDF(out);
        } else if (value instanceof COSBoolean bool) {
            bool.writePDF(out);
        } else {
            throw new IllegalArgumentException("cannot write a " + value.getClass().getSimpleName());
        }
    }

    /** The object a reference stands for; any other object itself. */
    private static COSBase resolved(COSBase value) {
        return value instanceof COSObject reference ? reference.getObject() : value;
    }

    private static boolean isIndirect(COSBase value) {
        return value instanceof COSObject || value instanceof COSStream
                || (value instanceof COSDictionary dictionary && !dictionary.isDirect())
                || (value instanceof COSArray && value.getKey() != null);
    }

    private void writeReference(COSBase target) throws IOException {
        if (target == null) {
            COSNull.NULL.writePDF(out);
            return;
        }
        int number = number(target);
        if (!written.get(number) && !held.get(number)) {
            if (!finishing && target instanceof COSDictionary dictionary && deferred.test(dictionary)) {
                defer(target);
            } else {
                queue.add(target);
            }
        }
        out.write((number + " 0 R").getBytes(StandardCharsets.US_ASCII));
    }

    private static void empty(COSBase object) throws IOException {
        if (object instanceof COSStream stream) {
            if (isXObject(stream)) {
                return;
            }
            stream.close();
            stream.clear();
        } else if (object instanceof COSDictionary dictionary) {
            dictionary.clear();
        } else if (object instanceof COSArray array) {
            array.clear();
        }
    }

    /** An image or form, which PDFBox reads again (its size, its resources) each time a page draws it. */
    private static boolean isXObject(COSStream stream) {
        COSName subtype = stream.getCOSName(COSName.SUBTYPE);
        return COSName.XOBJECT.equals(stream.getCOSName(COSName.TYPE))
                || COSName.IMAGE.equals(subtype) || COSName.FORM.equals(subtype);
    }

    /** Counts what passes, for the offsets. */
    private static final class CountingOutput extends OutputStream {
        private final OutputStream out;
        private final byte[] buffer = new byte[1 << 16];
        private int used;
        private long count;

        CountingOutput(OutputStream out) {
            this.out = out;
        }

        long count() {
            return count;
        }

        @Override
        public void write(int b) throws IOException {
            if (used == buffer.length) {
                drain();
            }
            buffer[used++] = (byte) b;
            count++;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (length > buffer.length - used) {
                drain();
                if (length > buffer.length) {
                    out.write(bytes, offset, length);
                    count += length;
                    return;
                }
            }
            System.arraycopy(bytes, offset, buffer, used, length);
            used += length;
            count += length;
        }

        private void drain() throws IOException {
            out.write(buffer, 0, used);
            used = 0;
        }

        @Override
        public void flush() throws IOException {
            drain();
            out.flush();
        }
    }
}
