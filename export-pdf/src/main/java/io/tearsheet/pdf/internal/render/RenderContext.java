package io.tearsheet.pdf.internal.render;

import io.tearsheet.export.XmlText;
import io.tearsheet.pdf.internal.font.FontSet;
import io.tearsheet.pdf.internal.page.PageComposer;
import io.tearsheet.pdf.internal.tagging.StructureTree;
import io.tearsheet.pdf.internal.text.ParagraphSetter;

import java.util.ArrayList;
import java.util.List;

/**
 * The state of one export: the document's fonts, structure tree, page composer and what to report.
 * Made per call and never shared.
 */
final class RenderContext {
    final FontSet fonts;
    final StructureTree tree;
    final PageComposer composer;
    final Typography type;
    final boolean hyphenate;
    final XmlText text = new XmlText();
    final List<String> warnings = new ArrayList<>();
    final List<OutlineEntry> outline = new ArrayList<>();
    /** The figures' pictures, embedded once per document. */
    final FigurePictures pictures;
    /** Headings waiting to be placed, to be bookmarked where they land. */
    final java.util.Map<io.tearsheet.pdf.internal.page.FlowItem, String> pendingHeadings = new java.util.IdentityHashMap<>();

    RenderContext(FontSet fonts, StructureTree tree, PageComposer composer, Typography type, boolean hyphenate,
                  FigurePictures pictures) {
        this.fonts = fonts;
        this.pictures = pictures;
        this.tree = tree;
        this.composer = composer;
        this.type = type;
        this.hyphenate = hyphenate;
    }

    /** Text for metadata, alt text and bookmarks: without what XML forbids (controls, unpaired surrogates). */
    String clean(String value) {
        return value == null ? null : text.clean(value);
    }

    ParagraphSetter setter(io.tearsheet.pdf.internal.hyphenation.Hyphenator hyphenator) {
        return new ParagraphSetter(fonts, hyphenate ? hyphenator : io.tearsheet.pdf.internal.hyphenation.Hyphenator.NONE);
    }
}
