package io.tearsheet.warc.internal;

import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.MessageHeaders;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipException;

/**
 * Walks the records of one WARC or WET file, compressed or not, and says what each one is, where it starts and how
 * long it is, reading no more of a payload than the first bytes needed to tell HTML from anything else. Memory is that
 * of one record's headers, whatever the file's size.
 *
 * <p>Damage costs only the damaged record. A record whose gzip member ends early, whose header cannot be parsed, or
 * that does not end where its {@code Content-Length} says (its trailing blank lines are not there) is reported with
 * its offset and the reason, and scanning goes on from the next place a record starts ({@link RecordStarts}). A
 * record is reported only once the next one has been reached, since only then is it known to end well.
 *
 * <p>Not thread-safe; one scanner per file.
 */
public final class RecordScanner implements Closeable {
    private static final int SNIFF_BYTES = 512;
    private static final String BAD_TRAILER = "invalid record trailer";
    private static final String WRONG_LENGTH = "wrong length, the record does not end where its Content-Length says";

    private final SeekableByteChannel channel;
    private final long size;
    private final boolean gzip;
    private final List<String> warnings = new ArrayList<>();
    private final Deque<Scanned> ready = new ArrayDeque<>();
    private WarcReader reader;
    private WarcRecord pending;
    private long pendingOffset;
    private long restartAt;

    /** A scanner over {@code channel}, from its start. The channel is closed with the scanner. */
    public RecordScanner(SeekableByteChannel channel) throws IOException {
        this.channel = channel;
        this.size = channel.size();
        this.gzip = startsWithGzipMagic(channel);
        this.restartAt = 0;
    }

    /** Whether the file is gzip-compressed (one gzip member per record, as ISO 28500 recommends). */
    public boolean compressed() {
        return gzip;
    }

    /**
     * The bytes of a record already returned by {@link #next()} (whose length is known), read without disturbing the
     * scan.
     */
    public byte[] bytesOf(RecordFacts record) throws IOException {
        long position = channel.position();
        try {
            return RecordBytes.read(channel, record.offset(), record.length());
        } finally {
            channel.position(position);
        }
    }

    /** The next record, or null after the last one. */
    public Scanned next() throws IOException {
        while (ready.isEmpty()) {
            if (pending == null && !start()) {
                return null;
            }
            if (pending != null) {
                scanPending();
            }
        }
        return ready.poll();
    }

    /** Starts a reader at {@link #restartAt} and reads the first record there; false when there is nothing left. */
    private boolean start() throws IOException {
        if (restartAt < 0 || restartAt >= size) {
            return false;
        }
        long at = restartAt;
        restartAt = -1;
        try {
            channel.position(at);
            reader = new WarcReader(channel);
            // Old tools wrote LF line ends and stray control characters; such headers are still read.
            reader.setLenient(true);
            reader.onWarning(warnings::add);
            Optional<WarcRecord> first = reader.next();
            if (first.isPresent()) {
                pending = first.get();
                pendingOffset = reader.position();
            }
        } catch (IOException | RuntimeException e) {
            ready.add(new Scanned(RecordFacts.unknown(at), damage(e)));
            resync(at + 1);
        }
        return true;
    }

    private void scanPending() throws IOException {
        WarcRecord record = pending;
        long offset = pendingOffset;
        pending = null;
        RecordFacts facts = headerFacts(record, offset);
        String httpProblem = null;
        try {
            facts = payloadFacts(record, facts);
        } catch (IOException | RuntimeException e) {
            httpProblem = "bad HTTP header (" + message(e) + ")";
        }
        try {
            record.body().consume();
        } catch (IOException | RuntimeException e) {
            ready.add(new Scanned(facts, damage(e)));
            resync(offset + 1);
            return;
        }
        warnings.clear();
        Optional<WarcRecord> following;
        try {
            following = reader.next();
        } catch (IOException | RuntimeException e) {
            long at = reader.position();
            if (at > offset && !badTrailer()) {
                ready.add(new Scanned(facts.withLength(at - offset), httpProblem));
                ready.add(new Scanned(RecordFacts.unknown(at), damage(e)));
                resync(at + 1);
            } else {
                ready.add(new Scanned(facts, badTrailer() ? WRONG_LENGTH : damage(e)));
                resync(offset + 1);
            }
            return;
        }
        long end = reader.position();
        if (badTrailer() || end > size) {
            ready.add(new Scanned(facts, end > size
                    ? "truncated, the file ends " + (end - size) + " bytes before the record does"
                    : WRONG_LENGTH));
            resync(offset + 1);
            return;
        }
        ready.add(new Scanned(facts.withLength(end - offset), httpProblem));
        if (following.isPresent()) {
            pending = following.get();
            pendingOffset = end;
        }
    }

    private boolean badTrailer() {
        return warnings.stream().anyMatch(w -> w.contains(BAD_TRAILER));
    }

    private void resync(long from) throws IOException {
        pending = null;
        reader = null;
        restartAt = from >= size ? -1 : RecordStarts.next(channel, from, gzip);
    }

    private static RecordFacts headerFacts(WarcRecord record, long offset) {
        MessageHeaders h = record.headers();
        String type = h.first("WARC-Type").orElse(null);
        String contentType = h.first("Content-Type").orElse(null);
        PayloadKind kind = PayloadKind.NONE;
        if (record instanceof WarcConversion) {
            kind = contentType == null || ContentTypes.isPlainText(contentType) ? PayloadKind.TEXT : PayloadKind.OTHER;
        } else if (record instanceof WarcResource) {
            kind = ContentTypes.isHtml(contentType) ? PayloadKind.HTML : PayloadKind.OTHER;
        } else if (record instanceof WarcResponse) {
            kind = PayloadKind.OTHER;
        }
        return new RecordFacts(offset, -1, type, h.first("WARC-Record-ID").orElse(null),
                h.first("WARC-Target-URI").orElse(null), h.first("WARC-Date").orElse(null),
                h.first("WARC-Payload-Digest").orElse(null), 0,
                record instanceof WarcResponse || record instanceof WarcRevisit ? null : contentType, kind,
                h.first("WARC-Refers-To").orElse(null), h.first("WARC-Refers-To-Target-URI").orElse(null),
                h.first("WARC-Refers-To-Date").orElse(null), h.first("WARC-Truncated").orElse(null),
                h.first("WARC-Segment-Number").isPresent());
    }

    /** Adds what the HTTP header of a response or revisit says, and sniffs payloads that do not say what they are. */
    private static RecordFacts payloadFacts(WarcRecord record, RecordFacts facts) throws IOException {
        boolean http = "application/http".equals(ContentTypes.base(record.headers().first("Content-Type")
                .orElse(null)));
        if (record instanceof WarcResponse response && http) {
            HttpResponse head = response.http();
            String type = head.headers().first("Content-Type").orElse(null);
            PayloadKind kind;
            if (type == null || ContentTypes.base(type) == null) {
                kind = looksLikeHtml(head.bodyDecoded()) ? PayloadKind.HTML : PayloadKind.OTHER;
            } else {
                kind = ContentTypes.isHtml(type) ? PayloadKind.HTML : PayloadKind.OTHER;
            }
            return with(facts, head.status(), type, kind);
        }
        if (record instanceof WarcRevisit revisit && http && record.body().size() > 0) {
            HttpResponse head = revisit.http();
            String type = head.headers().first("Content-Type").orElse(null);
            PayloadKind kind = type == null ? PayloadKind.NONE
                    : ContentTypes.isHtml(type) ? PayloadKind.HTML : PayloadKind.OTHER;
            return with(facts, head.status(), type, kind);
        }
        if (record instanceof WarcResource && facts.contentType() == null
                && looksLikeHtml(record.body())) {
            return with(facts, 0, null, PayloadKind.HTML);
        }
        return facts;
    }

    private static RecordFacts with(RecordFacts f, int status, String contentType, PayloadKind kind) {
        return new RecordFacts(f.offset(), f.length(), f.type(), f.recordId(), f.targetUri(), f.date(),
                f.payloadDigest(), status, contentType, kind, f.refersTo(), f.refersToTargetUri(), f.refersToDate(),
                f.truncated(), f.segmented());
    }

    private static boolean looksLikeHtml(MessageBody body) throws IOException {
        ByteBuffer head = ByteBuffer.allocate(SNIFF_BYTES);
        while (head.hasRemaining() && body.read(head) >= 0) {
            // fill up to the sniffing length
        }
        byte[] bytes = java.util.Arrays.copyOf(head.array(), head.position());
        return io.tearsheet.MediaTypes.HTML.equals(io.tearsheet.MediaTypes.detect(null, bytes));
    }

    private static boolean startsWithGzipMagic(SeekableByteChannel channel) throws IOException {
        ByteBuffer magic = ByteBuffer.allocate(2);
        channel.position(0);
        while (magic.hasRemaining() && channel.read(magic) >= 0) {
            // read the two bytes of the gzip magic, if there are two
        }
        channel.position(0);
        return magic.position() == 2 && (magic.get(0) & 0xff) == 0x1f && (magic.get(1) & 0xff) == 0x8b;
    }

    /** The one-line reason a record is damaged, for "damaged record at offset N of FILE: REASON". */
    static String damage(Throwable e) {
        Throwable cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        String what;
        if (cause instanceof java.io.EOFException) {
            what = "truncated, the file ends inside it";
        } else if (cause instanceof ZipException) {
            what = "bad gzip data";
        } else if (cause instanceof org.netpreserve.jwarc.ParsingException) {
            what = "bad header";
        } else {
            what = "unreadable";
        }
        return what + " (" + message(cause) + ")";
    }

    private static String message(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
