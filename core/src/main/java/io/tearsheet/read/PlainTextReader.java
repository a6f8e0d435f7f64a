package io.tearsheet.read;

import io.tearsheet.io.Sha256;
import io.tearsheet.model.Article;
import io.tearsheet.model.Block;
import io.tearsheet.model.Byline;
import io.tearsheet.model.InvalidArticleException;
import io.tearsheet.model.Metadata;
import io.tearsheet.model.Paragraph;
import io.tearsheet.model.Provenance;
import io.tearsheet.model.Removal;
import io.tearsheet.model.Section;
import io.tearsheet.model.SectionKind;
import io.tearsheet.model.Series;
import io.tearsheet.quotes.QuoteAttributor;
import io.tearsheet.read.conventions.AuthorBios;
import io.tearsheet.read.conventions.Datelines;
import io.tearsheet.read.conventions.RemovalReason;
import io.tearsheet.read.conventions.SeriesNotes;
import io.tearsheet.read.internal.BodyCredits;
import io.tearsheet.read.internal.HeaderParser;
import io.tearsheet.read.internal.InputDecoder;
import io.tearsheet.read.internal.LanguageGuesser;
import io.tearsheet.read.internal.Line;
import io.tearsheet.read.internal.PageText;
import io.tearsheet.read.internal.ParagraphAssembler;
import io.tearsheet.read.internal.TextCleaner;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads a scraped news article from plain text: headline, deck and kicker, bylines and dateline, blank-line
 * paragraphs, a series note, and the site furniture around it (paywall and subscribe prompts, QR-code lines,
 * share buttons, cookie notices, "Advertisement", related links, copyright and "Source:" footers), which is
 * removed and recorded in {@link Provenance#removed()}. Quotation marks are made typographic
 * ({@link Typography}), and the quotations and their speakers are found by a {@link QuoteAttributor}.
 *
 * <pre>{@code
 * Article article = PlainTextReader.create().read(Path.of("article.txt"));
 * PlainTextReader strict = PlainTextReader.builder().maxInputBytes(1 << 20).defaultLanguage("en").build();
 * }</pre>
 *
 * <p>Input is UTF-8 with or without a byte-order mark, or UTF-16/UTF-32 with one; line breaks may be LF, CRLF or
 * CR. Input that is larger than the limit, has more paragraphs than the paragraph limit, binary (file signatures, NUL bytes, many control characters), not
 * valid in its encoding, or without article text is refused with a {@link ReadException} naming the problem
 * and, where there is one, the place. The reader either returns a complete, valid article or throws: never a
 * half-built article. Reading is linear in the size of the input.
 *
 * <p>Immutable and safe to share between threads: every call works on its own state.
 *
 * @since 0.1.0
 */
public final class PlainTextReader implements ArticleReader {
    /** The reader's name in {@link Provenance#reader()}. */
    public static final String NAME = "tearsheet-plain-text";
    /** The reader's version in {@link Provenance#readerVersion()}: Tearsheet's own version. */
    public static final String VERSION = io.tearsheet.Tearsheet.version();
    /** The media type this reader reads. */
    public static final String MEDIA_TYPE = "text/plain";
    /** The default limit on input size: 64 MiB. */
    public static final long DEFAULT_MAX_INPUT_BYTES = 64L * 1024 * 1024;
    /**
     * The default limit on paragraphs (blocks of text between blank lines): 100,000, far more than any article, and
     * few enough that reading stays within a few hundred megabytes of heap. A million short paragraphs fit in a few
     * dozen megabytes of text but would take over half a gigabyte to read.
     */
    public static final int DEFAULT_MAX_PARAGRAPHS = 100_000;

    private final long maxInputBytes;
    private final int maxParagraphs;
    private final String defaultLanguage;
    private final boolean detectLanguage;
    private final Charset fallbackCharset;
    private final QuoteAttributor attributor;

    /**
     * A reader with the defaults, the same as {@link #create()}; public so that {@link java.util.ServiceLoader}
     * can make one for {@code Tearsheet.read}.
     */
    public PlainTextReader() {
        this(new Builder());
    }

    private PlainTextReader(Builder builder) {
        this.maxInputBytes = builder.maxInputBytes;
        this.maxParagraphs = builder.maxParagraphs;
        this.defaultLanguage = builder.defaultLanguage;
        this.detectLanguage = builder.detectLanguage;
        this.fallbackCharset = builder.fallbackCharset;
        this.attributor = builder.attributor;
    }

    /**
     * A reader with the defaults: 64 MiB and 100,000 paragraph limits, English detected, no fallback charset, quotes
     * attributed.
     */
    public static PlainTextReader create() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String mediaType() {
        return MEDIA_TYPE;
    }

    /**
     * Reads a file; a file larger than the limit is refused before it is read.
     *
     * @throws IOException   when the file cannot be read
     * @throws ReadException when its content is not an article this reader can read
     */
    @Override
    public Article read(Path file) throws IOException {
        long size = Files.size(file);
        if (size > maxInputBytes) {
            throw tooLarge(size);
        }
        return read(Files.readAllBytes(file));
    }

    /**
     * Reads an article from text already in memory; its provenance digest is that of the text's UTF-8 bytes.
     *
     * @throws ReadException when the text is too large, holds an unpaired surrogate or no article text
     */
    public Article read(String text) {
        Objects.requireNonNull(text, "text must not be null");
        if ((long) text.length() > maxInputBytes) {
            throw tooLarge(text.length());
        }
        ByteBuffer encoded;
        try {
            encoded = StandardCharsets.UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(text));
        } catch (CharacterCodingException e) {
            throw new ReadException("text holds an unpaired surrogate character, which no encoding can write");
        }
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        return read(bytes);
    }

    @Override
    public Article read(byte[] input) {
        Objects.requireNonNull(input, "input must not be null");
        if (input.length > maxInputBytes) {
            throw tooLarge(input.length);
        }
        try {
            return attributor.attribute(readStructure(input));
        } catch (ReadException e) {
            throw e;
        } catch (InvalidArticleException e) {
            throw new ReadException("the input does not make a valid article: " + e.getMessage(), null, e);
        } catch (RuntimeException e) {
            throw new ReadException("internal error while reading (please report it with the input): " + e, null, e);
        }
    }

    private Article readStructure(byte[] input) {
        List<String> notes = new ArrayList<>();
        List<Line> lines = decodeLines(input, notes);
        List<String> located = new ArrayList<>(notes);
        PageText page = PageText.of(lines, located);
        HeaderParser.Header header = HeaderParser.parse(page.lines(), located);
        List<ParagraphAssembler.Assembled> body = header == null ? List.of() : ParagraphAssembler.assemble(
                page.lines().subList(header.bodyStart(), page.lines().size()));
        if (body.isEmpty() && header != null) {
            // what the locator took for the article was a headline alone: better the page whole than nothing
            notes.add("the article found in the page's text held no paragraph: the page is read whole");
            page = PageText.whole(lines, notes);
            header = HeaderParser.parse(page.lines(), notes);
            body = header == null ? List.of() : ParagraphAssembler.assemble(
                    page.lines().subList(header.bodyStart(), page.lines().size()));
        } else {
            notes.clear();
            notes.addAll(located);
        }
        if (header == null) {
            throw new ReadException(page.removed().isEmpty() ? "no article text: the input is empty or blank"
                    : "no article text: every line of the input is site boilerplate ("
                    + page.removed().size() + " lines)");
        }
        if (body.isEmpty()) {
            throw new ReadException("no article text: the input holds a headline but no paragraphs");
        }
        List<String> paragraphs = new ArrayList<>(body.size());
        for (ParagraphAssembler.Assembled paragraph : body) {
            paragraphs.add(paragraph.text());
        }

        String dateline = null;
        Datelines.Dateline split = Datelines.find(paragraphs.get(0)).orElse(null);
        if (split != null) {
            dateline = split.text();
            paragraphs.set(0, split.rest(paragraphs.get(0)));
            notes.add("dateline '" + dateline + "' split from the first paragraph (line " + body.get(0).line() + ")");
        }

        SeriesNotes.SeriesNote series = null;
        String seriesNote = null;
        boolean noteFirst = false;
        if (paragraphs.size() > 1) {
            series = SeriesNotes.parse(paragraphs.get(paragraphs.size() - 1)).orElse(null);
            if (series != null) {
                seriesNote = paragraphs.remove(paragraphs.size() - 1);
                notes.add("series note read from line " + body.get(body.size() - 1).line());
            } else if (split == null && (series = SeriesNotes.parse(paragraphs.get(0)).orElse(null)) != null) {
                seriesNote = paragraphs.remove(0);
                noteFirst = true;
                notes.add("series note read from line " + body.get(0).line());
            }
        }

        List<Removal> removed = new ArrayList<>(page.removed());
        AuthorBios.Range bios = AuthorBios.closingBios(paragraphs, header.bylines());
        if (bios != null) {
            List<String> dropped = paragraphs.subList(bios.from(), bios.to());
            for (String bio : dropped) {
                removed.add(new Removal(bio, RemovalReason.BIO.label()));
            }
            dropped.clear();
            notes.add("the author's bio after the article was taken out");
        }

        List<Byline> bylines = header.bylines();
        BodyCredits.Credit credit = bylines.isEmpty() ? BodyCredits.find(paragraphs) : null;
        if (credit != null) {
            // a byline under a standfirst or a caption the header did not reach: metadata, not a paragraph
            bylines = credit.bylines();
            removed.add(new Removal(paragraphs.remove(credit.paragraph()), RemovalReason.BYLINE.label()));
            notes.add("byline read from the body's paragraph " + (credit.paragraph() + 1));
        }
        List<Byline> above = bylines.isEmpty() ? BodyCredits.above(page.above()) : null;
        if (above != null) {
            bylines = above;
            notes.add("byline read from a line above the headline");
        }
        List<Byline> below = bylines.isEmpty() ? BodyCredits.below(page.below()) : null;
        if (below != null) {
            bylines = below;
            notes.add("byline read from a credit closing the article");
        }

        List<Block> blocks = new ArrayList<>(paragraphs.size());
        for (String paragraph : paragraphs) {
            blocks.add(Paragraph.of(Typography.curl(paragraph)));
        }
        List<Section> sections = new ArrayList<>();
        Section noteSection = seriesNote == null ? null
                : Section.of(SectionKind.SERIES_NOTE, Paragraph.of(Typography.curl(seriesNote)));
        if (noteSection != null && noteFirst) {
            sections.add(noteSection);
        }
        sections.add(Section.body(blocks));
        if (noteSection != null && !noteFirst) {
            sections.add(noteSection);
        }

        String language = detectLanguage ? LanguageGuesser.guess(paragraphs) : null;
        // a kicker the page printed on the headline's line, split from it there, unless the header has one of its own
        String kicker = header.kicker() != null || page.kicker() == null ? header.kicker()
                : Typography.curl(page.kicker());
        Metadata metadata = Metadata.builder()
                .headline(header.headline())
                .deck(header.deck())
                .kicker(kicker)
                .bylines(bylines)
                .dateline(dateline)
                .published(header.published())
                .modified(header.modified())
                .language(language != null ? language : defaultLanguage)
                .series(series == null || series.title() == null ? null
                        : new Series(Typography.curl(series.title()), series.part(), series.parts()))
                .credits(curled(concat(header.credits(), page.credits())))
                .rights(page.rights() == null ? null : Typography.curl(page.rights()))
                .build();
        Provenance provenance = Provenance.builder()
                .inputSha256(Sha256.hex(input))
                .mediaType(MEDIA_TYPE)
                .reader(NAME, VERSION)
                .removed(removed)
                .notes(notes)
                .build();
        return Article.builder().metadata(metadata).sections(sections).provenance(provenance).build();
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> both = new ArrayList<>(first);
        both.addAll(second);
        return both;
    }

    private static List<String> curled(List<String> texts) {
        List<String> curled = new ArrayList<>(texts.size());
        for (String text : texts) {
            curled.add(Typography.curl(text));
        }
        return curled;
    }

    /** The input's lines; the decoded and cleaned copies of the whole text are garbage once this returns. */
    private List<Line> decodeLines(byte[] input, List<String> notes) {
        String text = TextCleaner.clean(InputDecoder.decode(input, fallbackCharset, notes), notes);
        int paragraphs = countParagraphs(text);
        if (paragraphs > maxParagraphs) {
            throw new ReadException("input has more than " + maxParagraphs + " paragraphs (" + paragraphs
                    + "); PlainTextReader.builder().maxParagraphs(…) raises the limit");
        }
        return Line.split(text);
    }

    /** Blocks of non-blank lines between blank lines, counted before any line is kept. */
    static int countParagraphs(String text) {
        int paragraphs = 0;
        boolean inParagraph = false;
        boolean lineHasText = false;
        for (int i = 0; i <= text.length(); i++) {
            char c = i == text.length() ? '\n' : text.charAt(i);
            if (c == '\n') {
                if (lineHasText && !inParagraph) {
                    paragraphs++;
                }
                inParagraph = lineHasText;
                lineHasText = false;
            } else if (!Character.isWhitespace(c)) {
                lineHasText = true;
            }
        }
        return paragraphs;
    }


    private ReadException tooLarge(long size) {
        return new ReadException("input is " + size + " bytes, more than the limit of " + maxInputBytes
                + " bytes (PlainTextReader.builder().maxInputBytes(…) raises it)");
    }

    /** Configures a {@link PlainTextReader}; every option has a default. */
    public static final class Builder {
        private long maxInputBytes = DEFAULT_MAX_INPUT_BYTES;
        private int maxParagraphs = DEFAULT_MAX_PARAGRAPHS;
        private String defaultLanguage;
        private boolean detectLanguage = true;
        private Charset fallbackCharset;
        private QuoteAttributor attributor = QuoteAttributor.create();

        private Builder() {
        }

        /** The largest input read, in bytes; larger input is refused before decoding. Default 64 MiB. */
        public Builder maxInputBytes(long maxInputBytes) {
            if (maxInputBytes < 1) {
                throw new IllegalArgumentException("maxInputBytes must be positive, was " + maxInputBytes);
            }
            this.maxInputBytes = maxInputBytes;
            return this;
        }

        /**
         * The most paragraphs (blocks of text between blank lines, the headline's and byline's included) read;
         * input with more is refused before its lines are kept, so that memory stays bounded. Default {@link PlainTextReader#DEFAULT_MAX_PARAGRAPHS}.
         */
        public Builder maxParagraphs(int maxParagraphs) {
            if (maxParagraphs < 1) {
                throw new IllegalArgumentException("maxParagraphs must be positive, was " + maxParagraphs);
            }
            this.maxParagraphs = maxParagraphs;
            return this;
        }

        /**
         * The BCP 47 language tag for articles whose language is not detected (default null: unknown). English is
         * detected from its common words unless {@link #detectLanguage(boolean)} turns that off.
         */
        public Builder defaultLanguage(String defaultLanguage) {
            this.defaultLanguage = defaultLanguage;
            return this;
        }

        /** Whether to detect English from its common words (default true). */
        public Builder detectLanguage(boolean detectLanguage) {
            this.detectLanguage = detectLanguage;
            return this;
        }

        /**
         * The charset for input that has no byte-order mark and is not valid UTF-8, for example
         * {@code windows-1252} for old pages (default null: such input is refused). The choice is noted in
         * provenance.
         */
        public Builder fallbackCharset(Charset fallbackCharset) {
            this.fallbackCharset = fallbackCharset;
            return this;
        }

        /** The quote attribution pass (default {@link QuoteAttributor#create()}). */
        public Builder quoteAttributor(QuoteAttributor attributor) {
            this.attributor = Objects.requireNonNull(attributor, "attributor must not be null");
            return this;
        }

        public PlainTextReader build() {
            return new PlainTextReader(this);
        }
    }
}
