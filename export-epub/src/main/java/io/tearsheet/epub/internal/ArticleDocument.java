package io.tearsheet.epub.internal;

import io.tearsheet.export.DisplayText;
import io.tearsheet.model.Article;
import io.tearsheet.model.Byline;
import io.tearsheet.model.Metadata;
import io.tearsheet.model.Section;
import io.tearsheet.model.Series;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes one article as an XHTML content document: a masthead (kicker, headline, deck, byline, dateline, date,
 * publisher, series), the sections in order, each as the element its kind calls for under its title (a note
 * without one under the label of its kind), and a footer with the rights statement and the original address.
 */
final class ArticleDocument {
    private final XmlWriter out;
    private final ExportContext context;
    private final Article article;
    private final ArticleQuotes quotes;
    private final FigureFiles images;

    private ArticleDocument(XmlWriter out, ExportContext context, Article article, ArticleQuotes quotes,
                            FigureFiles images) {
        this.out = out;
        this.images = images;
        this.context = context;
        this.article = article;
        this.quotes = quotes;
    }

    static void write(XmlWriter out, ExportContext context, Article article, ArticleQuotes quotes,
                      FigureFiles images) {
        new ArticleDocument(out, context, article, quotes, images).write();
    }

    private void write() {
        Metadata m = article.metadata();
        String headline = CleanText.orFallback(out, m.headline(), DisplayText.UNTITLED);
        XhtmlPage.begin(out, Languages.of(m), headline, "bodymatter", "article-page");
        out.start("article", "class", "article").newline();
        masthead(m, headline);
        BlockRenderer blocks = new BlockRenderer(out, context, quotes, images, Languages.of(m));
        for (Section section : article.sections()) {
            section(section, blocks);
        }
        footer(m);
        out.endLine();
        XhtmlPage.end(out);
    }

    private void masthead(Metadata m, String headline) {
        out.start("header", "class", "masthead").newline();
        if (CleanText.hasText(out, m.kicker())) {
            out.element("p", m.kicker(), "class", "kicker").newline();
        }
        out.element("h1", headline, "class", "headline").newline();
        if (CleanText.hasText(out, m.deck())) {
            out.element("p", m.deck(), "class", "deck").newline();
        }
        byline(m.bylines());
        dateline(m);
        credits(m.credits());
        Series series = m.series();
        if (series != null && CleanText.hasText(out, series.title())) {
            out.start("p", "class", "series");
            out.text(DisplayText.seriesPosition(series)).start("cite").text(series.title()).end();
            out.endLine();
        }
        out.endLine();
    }

    private void byline(List<Byline> bylines) {
        List<Byline> shown = new ArrayList<>();
        for (Byline byline : bylines) {
            if (CleanText.hasText(out, byline.name())) {
                shown.add(byline);
            }
        }
        if (shown.isEmpty()) {
            return;
        }
        out.start("p", "class", "byline").text(DisplayText.BY);
        for (int i = 0; i < shown.size(); i++) {
            if (i > 0) {
                out.text(DisplayText.separator(i, shown.size()));
            }
            Byline byline = shown.get(i);
            out.element("span", byline.name(), "class", "author");
            if (CleanText.hasText(out, byline.role())) {
                out.text(", ").element("span", byline.role(), "class", "role");
            }
        }
        out.endLine();
    }

    private void dateline(Metadata m) {
        List<Runnable> parts = new ArrayList<>();
        if (CleanText.hasText(out, m.dateline())) {
            parts.add(() -> out.element("span", m.dateline(), "class", "dateline"));
        }
        if (m.published() != null) {
            parts.add(() -> out.element("time", DisplayText.date(m.published()),
                    "class", "published", "datetime", MachineDates.of(m.published()).orElse(null)));
        }
        if (CleanText.hasText(out, m.publisher())) {
            parts.add(() -> out.element("span", m.publisher(), "class", "publisher"));
        }
        separated("filed", parts);
    }

    /** "PTI", "(Reporting by …; Editing by …)": the credits that are not authors, as the PDF prints them. */
    private void credits(List<String> credits) {
        List<Runnable> parts = new ArrayList<>();
        for (String credit : credits) {
            if (CleanText.hasText(out, credit)) {
                parts.add(() -> out.text(credit));
            }
        }
        separated("credits", parts);
    }

    /** A paragraph of the given class holding the parts with a dot between them; nothing when there are none. */
    private void separated(String cssClass, List<Runnable> parts) {
        if (parts.isEmpty()) {
            return;
        }
        out.start("p", "class", cssClass);
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                out.raw(" ").element("span", "·", "class", "separator", "aria-hidden", "true").raw(" ");
            }
            parts.get(i).run();
        }
        out.endLine();
    }

    private void section(Section section, BlockRenderer blocks) {
        String element;
        String type = null;
        String role = null;
        switch (section.kind()) {
            case BODY -> element = section.title() == null ? "div" : "section";
            case SIDEBAR, SERIES_NOTE, EDITORS_NOTE, AUTHOR_NOTE -> element = "aside";
            case CORRECTION -> {
                element = "section";
                type = "errata";
                role = "doc-errata";
            }
            case UPDATE -> element = "section";
            default -> throw new IllegalStateException("unknown section kind " + section.kind());
        }
        String kindClass = section.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        out.start(element, "class", kindClass, "epub:type", type, "role", role).newline();
        sectionTitle(section).ifPresent(title -> out.element("h2", title, "class", "section-title").newline());
        blocks.render(section.blocks());
        out.endLine();
    }

    /**
     * The section's own title, else the label a note of its kind is shown under ("Correction", "Editor’s note"…),
     * as the PDF shows it; none for an untitled body, sidebar or series note.
     */
    private Optional<String> sectionTitle(Section section) {
        if (CleanText.hasText(out, section.title())) {
            return Optional.of(section.title());
        }
        return DisplayText.sectionLabel(section.kind());
    }

    private void footer(Metadata m) {
        boolean rights = CleanText.hasText(out, m.rights());
        boolean web = m.canonicalUrl() != null && LinkTargets.isWeb(m.canonicalUrl());
        boolean sources = quotes.files().sources() != null;
        boolean updated = m.modified() != null;
        if (!rights && !web && !sources && !updated) {
            return;
        }
        out.start("footer", "class", "article-footer").newline();
        if (updated) {
            out.start("p", "class", "updated").text("Updated ");
            out.element("time", DisplayText.date(m.modified()),
                    "datetime", MachineDates.of(m.modified()).orElse(null));
            out.endLine();
        }
        if (sources) {
            out.start("p", "class", "sources-link");
            out.element("a", SourcesDocument.TITLE, "href", quotes.files().sources());
            out.endLine();
        }
        if (web) {
            out.start("p", "class", "original").text("Originally published at ");
            String url = LinkTargets.usable(m.canonicalUrl()).orElseThrow();
            out.element("a", m.canonicalUrl(), "href", url);
            out.endLine();
        }
        if (rights) {
            out.element("p", m.rights(), "class", "rights").newline();
        }
        out.endLine();
    }
}
