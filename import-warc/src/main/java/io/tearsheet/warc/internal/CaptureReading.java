package io.tearsheet.warc.internal;

import io.tearsheet.html.HtmlReader;
import io.tearsheet.io.Sha256;
import io.tearsheet.model.ArchiveRecord;
import io.tearsheet.model.Article;
import io.tearsheet.model.Provenance;
import io.tearsheet.read.NoArticleException;
import io.tearsheet.read.PlainTextReader;
import io.tearsheet.read.ReadException;
import org.netpreserve.jwarc.MessageHeaders;
import org.netpreserve.jwarc.URIs;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRevisit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the article of one record from the record's own bytes (a WARC file of that one record, compressed or not;
 * for a revisit, followed by the record of the capture it revisits). An HTML page goes through the HTML reader with
 * the capture's address as its base, a WET conversion record through the plain-text reader. The article's
 * provenance gets the record ({@link ArchiveRecord}), the SHA-256 of the page's bytes (the payload with transfer and
 * content encodings undone, so a page has the same digest in an archive and saved as a file) and notes on anything
 * doubtful. A page that is not an article ends as {@link NoArticleException}, never as an empty article.
 *
 * <p>Immutable and thread-safe.
 */
public final class CaptureReading {
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final HtmlReader html;
    private final PlainTextReader text;
    private final long maxPayloadBytes;
    private final int minWords;
    private final double maxLinkShare;

    public CaptureReading(HtmlReader html, PlainTextReader text, long maxPayloadBytes, int minWords,
                          double maxLinkShare) {
        this.html = html;
        this.text = text;
        this.maxPayloadBytes = maxPayloadBytes;
        this.minWords = minWords;
        this.maxLinkShare = maxLinkShare;
    }

    /**
     * The article of the record in {@code recordBytes}, which was found at {@code offset} in the file
     * {@code fileName}.
     *
     * @throws NoArticleException when the page holds no article
     * @throws ReadException      when the record is damaged or its page cannot be read
     */
    public Article read(byte[] recordBytes, String fileName, long offset) {
        String where = fileName + "@" + offset;
        try (WarcReader reader = new WarcReader(new ByteArrayInputStream(recordBytes))) {
            reader.setLenient(true);
            WarcRecord record = reader.next().orElseThrow(() -> new ReadException("no WARC record at " + where));
            MessageHeaders h = record.headers();
            List<String> notes = new ArrayList<>();
            WarcRecord holder = record;
            if (record instanceof WarcRevisit) {
                record.body().consume();
                holder = reader.next().orElseThrow(() -> new ReadException("the revisit record at " + where
                        + " comes without the capture it revisits"));
                notes.add("the page is the payload of the capture " + holder.headers().first("WARC-Record-ID")
                        .orElse("?") + ", which this revisit record refers to; it was not converted itself");
            }
            Payload payload = Payloads.of(holder, maxPayloadBytes);
            notes.addAll(payload.notes());
            String target = h.first("WARC-Target-URI").orElse(null);
            Article article = holder instanceof WarcConversion
                    ? readText(payload, notes)
                    : readHtml(payload, pageAddress(target), notes);
            ArchiveRecord archive = new ArchiveRecord(fileName, offset, h.first("WARC-Type").orElse("unknown"),
                    h.first("WARC-Record-ID").orElse("unknown"), target, h.first("WARC-Date").orElse(null),
                    h.first("WARC-Payload-Digest").orElse(null));
            Provenance provenance = article.provenance().toBuilder()
                    .inputSha256(Sha256.hex(payload.bytes()))
                    .notes(notes)
                    .archive(archive)
                    .build();
            return new Article(article.metadata(), article.sections(), article.sources(), article.quotes(),
                    provenance);
        } catch (IOException e) {
            throw new ReadException("damaged record at offset " + offset + " of " + fileName + ": "
                    + RecordScanner.damage(e), null, e);
        }
    }

    private Article readHtml(Payload payload, URI page, List<String> notes) {
        byte[] bytes = withHeaderCharset(payload, notes);
        Article article;
        try {
            article = html.read(bytes, page);
        } catch (NoArticleException e) {
            throw e;
        } catch (ReadException e) {
            throw noArticle(e);
        }
        return checked(article);
    }

    private Article readText(Payload payload, List<String> notes) {
        Charset charset = ContentTypes.charsetLabel(payload.contentType()).flatMap(ContentTypes::charset)
                .orElse(StandardCharsets.UTF_8);
        String content = new String(payload.bytes(), charset);
        String paragraphs = linesAsParagraphs(content);
        if (!paragraphs.equals(content)) {
            notes.add("each line of the extracted text is taken as a paragraph, as Common Crawl's extractor writes"
                    + " one block per line");
        }
        Article article;
        try {
            article = text.read(paragraphs.getBytes(StandardCharsets.UTF_8));
        } catch (NoArticleException e) {
            throw e;
        } catch (ReadException e) {
            throw noArticle(e);
        }
        return checked(article);
    }

    private Article checked(Article article) {
        Optional<String> why = ArticleShape.notAnArticle(article, minWords, maxLinkShare);
        if (why.isPresent()) {
            throw new NoArticleException(why.get());
        }
        return article;
    }

    /** A reader's "no article" becomes the typed outcome; every other reading problem stays what it is. */
    private static ReadException noArticle(ReadException e) {
        String message = String.valueOf(e.getMessage());
        if (message.toLowerCase(Locale.ROOT).startsWith("no article")) {
            return new NoArticleException(message, e);
        }
        return e;
    }

    /**
     * The page's bytes for the HTML reader with the charset the HTTP header declares made binding: the header comes
     * before the page's own {@code <meta charset>} (as browsers read it), and the reader takes a byte-order mark
     * over the page's declaration, so a page in a declared charset is given as UTF-8 behind a byte-order mark. A
     * page with its own byte-order mark keeps it (it wins over the header), and a page that is not valid in the
     * declared charset is left to the reader's own detection.
     */
    private static byte[] withHeaderCharset(Payload payload, List<String> notes) {
        byte[] bytes = payload.bytes();
        if (hasByteOrderMark(bytes)) {
            return bytes;
        }
        Optional<String> label = ContentTypes.charsetLabel(payload.contentType());
        if (label.isEmpty()) {
            return bytes;
        }
        Optional<Charset> charset = ContentTypes.charset(label.get());
        if (charset.isEmpty()) {
            notes.add("the HTTP header names the charset \"" + label.get() + "\", which is unknown; the page's own"
                    + " declaration was used");
            return bytes;
        }
        String decoded;
        try {
            decoded = charset.get().newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            notes.add("the page is not valid " + charset.get().name() + " as its HTTP header says; the page's own"
                    + " declaration was used");
            return bytes;
        }
        if (!charset.get().equals(StandardCharsets.UTF_8)) {
            notes.add("decoded as " + charset.get().name() + ", the charset its HTTP header declares");
        }
        byte[] utf8 = decoded.getBytes(StandardCharsets.UTF_8);
        byte[] marked = new byte[UTF8_BOM.length + utf8.length];
        System.arraycopy(UTF8_BOM, 0, marked, 0, UTF8_BOM.length);
        System.arraycopy(utf8, 0, marked, UTF8_BOM.length, utf8.length);
        return marked;
    }

    private static boolean hasByteOrderMark(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == UTF8_BOM[0] && bytes[1] == UTF8_BOM[1] && bytes[2] == UTF8_BOM[2]
                || bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE));
    }

    /** Text with one block per line and no blank lines gets a blank line between its lines. */
    static String linesAsParagraphs(String content) {
        String normalized = content.replace("\r\n", "\n").replace('\r', '\n');
        if (normalized.contains("\n\n") || normalized.strip().indexOf('\n') < 0) {
            return content;
        }
        return normalized.strip().replace("\n", "\n\n") + "\n";
    }

    /** The capture's address as the HTML reader's base, or null when it is not an absolute web address. */
    static URI pageAddress(String target) {
        if (target == null || target.isBlank()) {
            return null;
        }
        try {
            URI uri = URIs.parseLeniently(target.strip());
            return uri.isAbsolute() && uri.getHost() != null ? uri : null;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
