package io.tearsheet.html.internal;

import io.tearsheet.Tearsheet;
import io.tearsheet.io.Sha256;
import io.tearsheet.model.Article;
import io.tearsheet.model.Block;
import io.tearsheet.model.BlockQuote;
import io.tearsheet.model.Figure;
import io.tearsheet.model.InvalidArticleException;
import io.tearsheet.model.ListBlock;
import io.tearsheet.model.Metadata;
import io.tearsheet.model.Paragraph;
import io.tearsheet.model.Provenance;
import io.tearsheet.model.Section;
import io.tearsheet.model.SectionKind;
import io.tearsheet.quotes.QuoteAttributor;
import io.tearsheet.read.ReadException;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One read of one page, from bytes to article: decode, parse, read the metadata, clean, locate the article, map its
 * blocks, trim the edges, assemble, finish (typography and quotations). Made per call and used once.
 */
public final class PageReading {
    /** The reader's name in provenance. */
    public static final String READER_NAME = "tearsheet-html";
    private static final Pattern SAVED_FROM = Pattern.compile(
            "(?:saved from url=\\(\\d+\\)|Page saved with SingleFile\\s+url:)\\s*(\\S+)", Pattern.CASE_INSENSITIVE);
    private static final int FALLBACK_HEADLINE_CHARS = 80;

    private final byte[] input;
    private final URI givenUrl;
    private final Path folder;
    private final QuoteAttributor attributor;

    /**
     * @param input    the page's bytes
     * @param givenUrl the page's address as the caller knows it, or null
     * @param folder   the folder of the saved page, or null when read from bytes
     * @param attributor the quotation pass to run on the article
     */
    public PageReading(byte[] input, URI givenUrl, Path folder, QuoteAttributor attributor) {
        this.input = input;
        this.givenUrl = givenUrl;
        this.folder = folder;
        this.attributor = attributor;
    }

    /**
     * @throws ReadException when the page is not HTML or holds no article
     */
    public Article read() {
        PageDecoder.Decoded decoded = PageDecoder.decode(input);
        Document document = Parser.htmlParser().parseInput(decoded.html(), givenUrl == null ? "" : givenUrl.toString());
        PageSignals signals = PageSignals.read(document);
        URI pageUrl = pageUrl(document, signals);
        if (pageUrl != null) {
            document.setBaseUri(pageUrl.toString());
        }
        ReadContext context = new ReadContext(pageUrl, folder);
        decoded.notes().forEach(context::note);

        Element body = document.body();
        PageCleaner.rescueNoscriptImages(body);
        PageCleaner.unfoldBodyTemplates(body);
        String bodyKey = signals.declaredBody() == null ? null : Texts.key(signals.declaredBody());
        TextMeasure rawMeasure = TextMeasure.of(body, bodyKey);
        VisibleMetadata visible = VisibleMetadata.find(document, MetadataAssembler.declaredHeadline(signals),
                signals.title(), rawMeasure);
        PageCleaner.clean(body, context, rawMeasure);

        TextMeasure measure = TextMeasure.of(body, bodyKey);
        ContentLocator.Choice choice = ContentLocator.locate(body, measure);
        List<PlacedBlock> placed = choice == null ? List.of()
                : SplitParagraphs.join(BodyMapper.map(choice.container(), choice.leadFigures(), measure, context));
        if (DeclaredBody.shouldReplace(signals.declaredBody(), visibleChars(placed))) {
            placed = DeclaredBody.blocks(signals.declaredBody());
            context.note("the page shows little or none of its article; the body was taken from its JSON-LD"
                    + " articleBody");
        } else if (choice == null) {
            throw new ReadException("no article found: the page has no running text");
        }
        String headline = MetadataAssembler.headline(signals, visible);
        BodyEdges.Known known = new BodyEdges.Known(headline, visible.headline(),
                MetadataAssembler.deck(signals, visible, headline), MetadataAssembler.kicker(signals, visible),
                visible.deckNamedLead());
        BodyEdges.Result edges = BodyEdges.trim(placed, known, context);
        List<Section> sections = SectionAssembler.assemble(DatelineRemoval.apply(edges.blocks(), edges.dateline()));
        requireArticle(sections);

        Metadata metadata = MetadataAssembler.assemble(signals, visible, edges, context, fallbackHeadline(sections));
        sections = ClosingBios.drop(sections, metadata.bylines(), context.removals());
        Provenance provenance = Provenance.builder()
                .inputSha256(Sha256.hex(input))
                .mediaType("text/html")
                .reader(READER_NAME, Tearsheet.version())
                .removed(context.removals().removals())
                .notes(context.notes())
                .build();
        try {
            Article article = Article.builder().metadata(metadata).sections(sections).provenance(provenance).build();
            return ArticleFinisher.finish(article, attributor);
        } catch (InvalidArticleException e) {
            throw new ReadException("the page could not be read into a valid article: " + e.getMessage(), null, e);
        }
    }

    /**
     * The page's address: the caller's, else the page's {@code <base href>}, else the address a browser wrote when
     * saving it, else its canonical link or Open Graph URL.
     */
    private static URI pageUrl(Document document, PageSignals signals) {
        List<String> candidates = new ArrayList<>();
        candidates.add(document.location());
        Element base = document.selectFirst("base[href]");
        if (base != null) {
            candidates.add(base.absUrl("href"));
        }
        candidates.add(savedFrom(document));
        candidates.add(signals.canonical());
        candidates.add(signals.meta().first("og:url"));
        for (String candidate : candidates) {
            String absolute = Addresses.absoluteWeb(candidate);
            if (absolute != null) {
                try {
                    return new URI(absolute);
                } catch (URISyntaxException e) {
                    // not usable; try the next
                }
            }
        }
        return null;
    }

    /** The address in a "saved from url=" (browsers) or "Page saved with SingleFile" comment, or null. */
    private static String savedFrom(Document document) {
        int looked = 0;
        for (Node node : document.childNodes()) {
            if (node instanceof Comment comment) {
                Matcher matcher = SAVED_FROM.matcher(comment.getData());
                if (matcher.find()) {
                    return matcher.group(1);
                }
            }
            if (++looked > 10) {
                break;
            }
        }
        Element html = document.firstElementChild();
        if (html != null) {
            for (Node node : html.childNodes()) {
                if (node instanceof Comment comment) {
                    Matcher matcher = SAVED_FROM.matcher(comment.getData());
                    if (matcher.find()) {
                        return matcher.group(1);
                    }
                }
                if (++looked > 20) {
                    break;
                }
            }
        }
        return null;
    }

    private static int visibleChars(List<PlacedBlock> placed) {
        int chars = 0;
        for (PlacedBlock block : placed) {
            if (block.block() instanceof Paragraph paragraph) {
                chars += Texts.nonSpace(paragraph.plainText());
            }
        }
        return chars;
    }

    private static void requireArticle(List<Section> sections) {
        for (Section section : sections) {
            if (section.kind() != SectionKind.BODY) {
                continue;
            }
            for (Block block : section.blocks()) {
                if (block instanceof Paragraph || block instanceof Figure || block instanceof ListBlock
                        || block instanceof BlockQuote) {
                    return;
                }
            }
        }
        throw new ReadException("no article found: nothing on the page reads as an article's body");
    }

    private static String fallbackHeadline(List<Section> sections) {
        for (Section section : sections) {
            for (Block block : section.blocks()) {
                if (block instanceof Paragraph paragraph) {
                    return Texts.shorten(paragraph.plainText(), FALLBACK_HEADLINE_CHARS);
                }
            }
        }
        return "Untitled";
    }
}
