package io.tearsheet.pdf.internal.render;

import io.tearsheet.export.ArticleExporter;
import io.tearsheet.export.Book;
import io.tearsheet.export.BookIndex;
import io.tearsheet.export.DisplayText;
import io.tearsheet.export.ExportReport;
import io.tearsheet.export.ExportTimestamp;
import io.tearsheet.export.FigureImages;
import io.tearsheet.export.Format;
import io.tearsheet.model.Article;
import io.tearsheet.model.ArticleDate;
import io.tearsheet.model.Metadata;
import io.tearsheet.pdf.internal.PdfSettings;
import io.tearsheet.pdf.internal.archive.ArchiveParts;
import io.tearsheet.pdf.internal.archive.XmpPacket;
import io.tearsheet.pdf.internal.font.FontSet;
import io.tearsheet.pdf.internal.hyphenation.Hyphenator;
import io.tearsheet.pdf.internal.output.StreamingPdfWriter;
import io.tearsheet.pdf.internal.page.FlowItem;
import io.tearsheet.pdf.internal.page.ItemStream;
import io.tearsheet.pdf.internal.page.PageComposer;
import io.tearsheet.pdf.internal.page.SpaceItem;
import io.tearsheet.pdf.internal.page.TextLineItem;
import io.tearsheet.pdf.internal.scratch.ScratchFile;
import io.tearsheet.pdf.internal.scratch.TemporaryFiles;
import io.tearsheet.pdf.internal.tagging.StructNode;
import io.tearsheet.pdf.internal.text.Alignment;
import io.tearsheet.pdf.internal.text.Glyphs;
import io.tearsheet.pdf.internal.text.ParagraphSetter;
import io.tearsheet.pdf.internal.text.Span;
import io.tearsheet.pdf.internal.text.TextStyle;
import io.tearsheet.pdf.internal.text.TypesetLine;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a book: a title page, the contents with page numbers, then each article from a new page (a right-hand
 * page when two-sided), each with its own bookmark and embedded source. Articles are read one at a time (twice:
 * once for the contents, once to set them), and the file is written as the book is made
 * ({@link StreamingPdfWriter}): each page as soon as it is drawn, each article's structure elements once it is
 * set, the contents and the index entry by entry, bookmarks one article at a time; the catalog, the page tree,
 * the structure tree's root and the fonts (subset across the whole book) come last. Stream content waits in a
 * temporary file ({@link ScratchFile}), never in the heap. What the heap keeps per article is small: a number
 * and an offset per object, each article's metadata and bookmarks, and what the index of who is quoted needs.
 * The file goes to a temporary file first and is copied to the caller's stream only when complete; both
 * temporary files are deleted after success, failure or an interrupted run ({@link TemporaryFiles}).
 */
public final class BookRenderer {
    private static final String PRODUCER = "Tearsheet PDF exporter";
    private static final String WHO_IS_QUOTED = "Who is quoted";

    private BookRenderer() {
    }

    public static ExportReport render(Book book, PdfSettings settings, OutputStream out) throws IOException {
        ArticleExporter attachmentExporter = Attachments.exporter(settings.attachment());
        int count = book.articles().size();
        List<Metadata> metadata = new ArrayList<>(count);
        List<ArticleDate> dates = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Metadata md = book.articles().get(i).metadata();
            metadata.add(md);
            if (md.published() != null) {
                dates.add(md.published());
            }
        }
        Instant timestamp = settings.timestamp() != null ? settings.timestamp() : ExportTimestamp.ofLatest(dates);
        Path temporary = TemporaryFiles.create("tearsheet-book-", ".pdf");
        List<String> warnings = new ArrayList<>();
        FontSet fonts = null;
        try {
            try (PDDocument document = new PDDocument(ScratchFile::create);
                 OutputStream file = Files.newOutputStream(temporary)) {
                StreamingPdfWriter writer = new StreamingPdfWriter(file, "1.7", BookRenderer::isFont);
                // Written last: the catalog gains its entries at the end, and the page tree its pages.
                writer.defer(document.getDocumentCatalog().getCOSObject());
                writer.defer(document.getPages().getCOSObject());
                fonts = DocumentSetup.fonts(document, settings);
                RenderContext context = DocumentSetup.context(document, settings, fonts);
                context.composer.sink(page -> writer.write(page.getCOSObject()));
                ArticleFurniture furniture = DocumentSetup.furniture(context);
                ParagraphSetter setter = context.setter(Hyphenator.NONE);
                StructNode root = context.tree.document();
                String bookTitle = context.clean(book.title()).strip();
                if (bookTitle.isEmpty()) {
                    bookTitle = DisplayText.UNTITLED;
                }

                context.composer.newPage(false);
                furniture.blank(context.composer.pageNumber());
                context.composer.beginSpanning();
                context.outline.add(new OutlineEntry(bookTitle, context.composer.page(), 0, 0));
                context.composer.place(titlePage(context, setter, book, bookTitle, root));
                context.composer.endSpanning();
                // Draw the title page now, so its elements precede the contents in the structure tree.
                context.composer.finishPage();

                StructNode contentsHeading = root.child("H2");
                StructNode toc = root.child("TOC");
                context.tree.attach(contentsHeading);
                context.tree.attach(toc);
                int tocPages = contentsPages(context, setter, contentsHeading, toc, metadata);
                if (settings.twoSided()) {
                    // The contents open on a right-hand page, after a blank verso behind the title page.
                    if (context.composer.pageNumber() % 2 == 1) {
                        context.composer.reserve(1);
                    }
                }
                int firstTocPage = context.composer.pageNumber() + 1;
                List<PDPage> reserved = context.composer.reserve(tocPages);

                MessageDigest digest = DocumentSetup.digest(settings, timestamp);
                digest.update(context.clean(book.title()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                List<PDComplexFileSpecification> attachments = new ArrayList<>(count);
                List<String> attachmentNames = new ArrayList<>(count);
                int[] startPages = new int[count];
                BookIndex index = new BookIndex();
                List<QuotePages> quotePages = new ArrayList<>(count);
                String width = Integer.toString(count);
                for (int i = 0; i < count; i++) {
                    Article article = book.articles().get(i);
                    Metadata md = article.metadata();
                    context.composer.newPage(true);
                    startPages[i] = context.composer.pageNumber();
                    furniture.opening(startPages[i]);
                    String title = ArticleLayout.headline(context, md);
                    furniture.heads(bookTitle, title);
                    StructNode art = root.child("Art");
                    int before = context.fonts.changes();
                    FigureImages pictures = context.pictures.find(article, book.articles().images(i));
                    for (String note : pictures.notes()) {
                        warnings.add("article " + (i + 1) + ": " + note);
                    }
                    ArticleLayout layout = new ArticleLayout(context, article, art, pictures);
                    layout.layout();
                    // The article is complete: its last page and its structure elements go to the file now.
                    context.composer.finishPage();
                    context.tree.flush(art, writer);
                    index.add(i, article);
                    quotePages.add(QuotePages.of(layout.quotePages()));
                    byte[] source = Attachments.bytes(attachmentExporter, article);
                    digest.update(source);
                    String name = "article-" + "0".repeat(width.length() - Integer.toString(i + 1).length()) + (i + 1);
                    ArchiveParts.Attachment attachment = ArticleRenderer.attachment(attachmentExporter, name, source,
                            timestamp);
                    PDComplexFileSpecification spec = ArchiveParts.embed(document, attachment);
                    writer.write(spec.getCOSObject());
                    attachments.add(spec);
                    attachmentNames.add(attachment.name());
                    int changed = context.fonts.changes() - before;
                    if (changed > 0) {
                        warnings.add("article " + (i + 1) + ": " + changed
                                + " characters drawn from a fallback font, as placeholders, or dropped (listed below)");
                    }
                }
                List<BookIndex.Entry> quoted = index.entries();
                if (!quoted.isEmpty()) {
                    context.composer.newPage(true);
                    furniture.opening(context.composer.pageNumber());
                    furniture.heads(bookTitle, WHO_IS_QUOTED);
                    context.composer.beginSpanning();
                    context.outline.add(new OutlineEntry(WHO_IS_QUOTED, context.composer.page(),
                            context.composer.cursor(), 0));
                    StructNode sect = root.child("Sect");
                    context.composer.place(indexHeading(context, setter, sect));
                    context.composer.endSpanning();
                    ItemStream indexItems = new ItemStream(context.composer,
                            () -> context.tree.flushFinished(sect, writer));
                    whoIsQuoted(context, setter, sect, quoted, quotePages, indexItems::add);
                    indexItems.flush();
                    context.composer.finishPage();
                    context.tree.flush(sect, writer);
                }
                context.composer.finishPage();

                PageComposer tocComposer = context.composer.onReserved(furniture, reserved, firstTocPage);
                furniture.heads(bookTitle, "Contents");
                tocComposer.beginSpanning();
                ItemStream tocItems = new ItemStream(tocComposer, () -> context.tree.flushFinished(toc, writer));
                contents(context, setter, contentsHeading, toc, metadata, startPages, tocItems::add);
                tocItems.flush();
                tocComposer.finishPage();
                context.tree.flush(contentsHeading, writer);
                context.tree.flush(toc, writer);

                String language = book.language() != null ? book.language()
                        : ArticleRenderer.language(metadata.isEmpty() ? null : metadata.get(0).language());
                List<String> authors = new ArrayList<>();
                for (String author : book.authors()) {
                    String cleaned = context.clean(author).strip();
                    if (!cleaned.isEmpty()) {
                        authors.add(cleaned);
                    }
                }
                XmpPacket xmp = new XmpPacket(bookTitle, authors, context.clean(book.subtitle()), language,
                        context.clean(book.rights()), timestamp, PRODUCER);
                Finisher.complete(document, context, xmp, language, attachments, attachmentNames, digest.digest(),
                        (done, next) -> {
                            // The outline and the next bookmark still change; this one and its children do not.
                            writer.defer(document.getDocumentCatalog().getDocumentOutline().getCOSObject());
                            writer.defer(next.getCOSObject());
                            writer.write(done.getCOSObject());
                        });
                writer.finish(document.getDocument().getTrailer());
                warnings.addAll(fonts.warnings());
                warnings.addAll(context.text.warnings());
            } finally {
                if (fonts != null) {
                    fonts.close();
                }
            }
            try (InputStream in = Files.newInputStream(temporary)) {
                in.transferTo(out);
            }
            out.flush();
        } finally {
            TemporaryFiles.delete(temporary);
        }
        return new ExportReport(Format.PDF, warnings);
    }

    /** Where the contents and the index put their items: a list to measure, or the pages. */
    private interface ItemSink {
        void add(FlowItem item) throws IOException;
    }

    /** Fonts are subset when the book is complete, so they are written last. */
    private static boolean isFont(COSDictionary dictionary) {
        return COSName.FONT.equals(dictionary.getCOSName(COSName.TYPE));
    }

    private static List<FlowItem> indexHeading(RenderContext context, ParagraphSetter setter, StructNode sect)
            throws IOException {
        Typography type = context.type;
        List<FlowItem> items = new ArrayList<>();
        add(items, setter.set(List.of(Span.added(WHO_IS_QUOTED, type.headline())), context.composer.width(),
                Alignment.LEFT, 0), sect.child("H1"));
        items.add(new SpaceItem(type.em() * 0.6f, true));
        add(items, setter.set(List.of(Span.added("Everyone the articles quote, with the pages of their quotations. "
                + "Unnamed sources are listed for each article apart.", type.deck())), context.composer.width(),
                Alignment.LEFT, 0), sect.child("P"));
        items.add(new io.tearsheet.pdf.internal.page.RuleItem(Rules.HEADER_WEIGHT, Rules.FULL_WIDTH, type.em() * 0.6f,
                type.em(), Palette.HEADER_RULE, false));
        return items;
    }

    /** The index of sources across the book, from core's {@link BookIndex}, with printed page numbers. */
    private static void whoIsQuoted(RenderContext context, ParagraphSetter setter, StructNode sect,
                                    List<BookIndex.Entry> entries, List<QuotePages> quotePages,
                                    ItemSink items) throws IOException {
        Typography type = context.type;
        TextStyle style = type.small();
        StructNode list = sect.child("L");
        for (BookIndex.Entry entry : entries) {
            java.util.TreeSet<Integer> pages = new java.util.TreeSet<>();
            for (BookIndex.Appearance appearance : entry.appearances()) {
                for (int number : appearance.quoteNumbers()) {
                    int page = quotePages.get(appearance.article()).number(number);
                    if (page >= 0) {
                        pages.add(page);
                    }
                }
            }
            StringBuilder where = new StringBuilder();
            for (int page : pages) {
                where.append(where.length() == 0 ? "" : ", ").append(page);
            }
            List<Span> spans = new ArrayList<>();
            spans.add(Span.added(entry.name(), style.withBold(true)));
            if (entry.description() != null) {
                spans.add(Span.added(", " + entry.description(), style));
            }
            if (where.length() > 0) {
                spans.add(Span.added("  " + where, style.withColor(Palette.GREY)));
            }
            StructNode body = list.child("LI").child("LBody");
            List<TypesetLine> lines = setter.set(spans, context.composer.width(), Alignment.LEFT, 0);
            items.add(new SpaceItem(style.leading() * 0.2f, false));
            for (int i = 0; i < lines.size(); i++) {
                items.add(new TextLineItem(lines.get(i), body, i == 0 ? 0 : context.type.em(), -1,
                        i + 1 < lines.size()));
            }
        }
    }

    private static List<FlowItem> titlePage(RenderContext context, ParagraphSetter setter, Book book, String title,
                                            StructNode root) throws IOException {
        Typography type = context.type;
        float width = context.composer.width();
        List<FlowItem> items = new ArrayList<>();
        float height = context.composer.geometry().bottom() - context.composer.geometry().top();
        items.add(new SpaceItem(height * 0.28f, true));
        TextStyle titleStyle = type.headline().withSize(type.headline().size() * 1.15f,
                type.headline().leading() * 1.15f);
        List<TypesetLine> titleLines = setter.set(List.of(Span.added(title, titleStyle)), width, Alignment.CENTERED, 0);
        if (titleLines.isEmpty()) {
            // Nothing of the title can be drawn; the book still needs its H1, first of its headings.
            titleLines = setter.set(List.of(Span.added(DisplayText.UNTITLED, titleStyle)), width, Alignment.CENTERED,
                    0);
        }
        add(items, titleLines, root.child("H1"));
        if (book.subtitle() != null) {
            items.add(new SpaceItem(type.em(), true));
            add(items, setter.set(List.of(Span.added(book.subtitle(), type.deck())), width, Alignment.CENTERED, 0),
                    root.child("P"));
        }
        if (!book.authors().isEmpty()) {
            items.add(new SpaceItem(type.em() * 2, true));
            add(items, setter.set(List.of(Span.added(String.join(", ", book.authors()), type.byline().withSize(
                    type.byline().size() * 1.3f, type.byline().leading() * 1.3f))), width, Alignment.CENTERED, 0),
                    root.child("P"));
        }
        List<String> foot = new ArrayList<>();
        if (book.publisher() != null) {
            foot.add(book.publisher());
        }
        if (book.rights() != null) {
            foot.add(book.rights());
        }
        if (!foot.isEmpty()) {
            items.add(new SpaceItem(type.em() * 4, true));
            add(items, setter.set(List.of(Span.added(String.join("  ·  ", foot), type.dateline())), width,
                    Alignment.CENTERED, 0), root.child("P"));
        }
        return items;
    }

    private static void add(List<FlowItem> items, List<TypesetLine> lines, StructNode node) {
        for (int i = 0; i < lines.size(); i++) {
            items.add(new TextLineItem(lines.get(i), node, 0, -1, true));
        }
    }

    private static float numberColumn(RenderContext context) {
        return context.type.em() * 3;
    }

    /** An article's entry: its headline, then byline and date in small type. */
    private static List<TypesetLine> tocEntry(RenderContext context, ParagraphSetter setter, Metadata md)
            throws IOException {
        Typography type = context.type;
        float width = context.composer.geometry().textWidth() - numberColumn(context);
        List<TypesetLine> lines = new ArrayList<>(setter.set(List.of(Span.added(ArticleLayout.headline(context, md),
                type.body().withSize(type.body().size() * 1.08f, type.body().leading() * 1.05f))), width,
                Alignment.LEFT, 0));
        List<String> details = new ArrayList<>();
        if (!md.bylines().isEmpty()) {
            List<String> names = new ArrayList<>();
            md.bylines().forEach(b -> names.add(b.name()));
            details.add(String.join(", ", names));
        }
        if (md.published() != null) {
            details.add(DisplayText.date(md.published()));
        }
        if (!details.isEmpty()) {
            lines.addAll(setter.set(List.of(Span.added(String.join("  ·  ", details), type.dateline())), width,
                    Alignment.LEFT, 0));
        }
        return lines;
    }

    /** How many pages the contents take: set once without page numbers to measure, and let go. */
    private static int contentsPages(RenderContext context, ParagraphSetter setter, StructNode heading,
                                     StructNode toc, List<Metadata> entries) throws IOException {
        List<FlowItem> items = new ArrayList<>();
        contents(context, setter, heading, toc, entries, null, items::add);
        return context.composer.pagesNeeded(items, context.composer.geometry().top());
    }

    /**
     * The contents: a heading, then one entry per article, each set as it is given to {@code items}; with
     * {@code startPages} null, the numbers are left out (for measuring: they sit in their own column and change
     * no line).
     */
    private static void contents(RenderContext context, ParagraphSetter setter, StructNode heading, StructNode toc,
                                 List<Metadata> entries, int[] startPages, ItemSink items) throws IOException {
        Typography type = context.type;
        for (TypesetLine line : setter.set(List.of(Span.added("Contents", type.heading().withSize(
                type.heading().size() * 1.4f, type.heading().leading() * 1.4f))), context.composer.geometry()
                .textWidth(), Alignment.LEFT, 0)) {
            items.add(new TextLineItem(line, heading, 0, -1, true));
        }
        items.add(new SpaceItem(type.em(), false));
        float textWidth = context.composer.geometry().textWidth();
        TextStyle numberStyle = type.body().withSize(type.body().size() * 1.08f, type.body().leading() * 1.05f);
        for (int i = 0; i < entries.size(); i++) {
            StructNode item = toc.child("TOCI");
            List<TypesetLine> lines = tocEntry(context, setter, entries.get(i));
            if (lines.isEmpty()) {
                continue;
            }
            items.add(new SpaceItem(type.em() * 0.6f, false));
            for (int k = 0; k < lines.size(); k++) {
                TypesetLine line = lines.get(k);
                if (k == 0 && startPages != null) {
                    List<TypesetLine> number = setter.set(List.of(Span.added(Integer.toString(startPages[i]),
                            numberStyle)), numberColumn(context), Alignment.LEFT, 0);
                    if (!number.isEmpty()) {
                        TypesetLine n = number.get(0);
                        List<Glyphs> glyphs = new ArrayList<>(line.glyphs());
                        for (Glyphs g : n.glyphs()) {
                            glyphs.add(g.at(textWidth - n.width() + g.x()));
                        }
                        line = new TypesetLine(glyphs, textWidth, line.ascent(), line.leading(), -1);
                    }
                }
                items.add(new TextLineItem(line, item, 0, -1, k + 1 < lines.size()));
            }
        }
    }
}
