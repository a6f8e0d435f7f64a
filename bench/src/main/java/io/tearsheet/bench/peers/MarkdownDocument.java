package io.tearsheet.bench.peers;

import io.tearsheet.model.Article;
import io.tearsheet.model.Figure;
import io.tearsheet.model.Inline;
import io.tearsheet.model.Inlines;
import io.tearsheet.model.Metadata;
import io.tearsheet.model.Section;

import java.util.List;

/**
 * An article as pandoc Markdown, pandoc's input for the EPUB comparison: a YAML title block (title, subtitle,
 * author, lang), then the body. What pandoc is given is what our EPUB exporter is given, less the quotation
 * model, which Markdown cannot hold.
 */
public final class MarkdownDocument extends ArticleOutline {
    private String linePrefix = "";

    private MarkdownDocument() {
    }

    /** The Markdown for {@code article}. */
    public static String of(Article article) {
        return new MarkdownDocument().write(article);
    }

    @Override
    protected void begin(Metadata m) {
        out.append("---\n");
        yaml("title", m.headline());
        if (m.deck() != null) {
            yaml("subtitle", m.deck());
        }
        String names = bylineNames(m);
        if (names != null) {
            yaml("author", names);
        }
        yaml("lang", m.language() == null ? "en" : m.language());
        out.append("---\n\n");
    }

    private void yaml(String key, String value) {
        out.append(key).append(": \"").append(value.replace("\\", "\\\\").replace("\"", "\\\"")).append("\"\n");
    }

    @Override
    protected void header(Metadata m) {
        if (m.kicker() != null) {
            out.append("**").append(escape(m.kicker())).append("**\n\n");
        }
        if (m.dateline() != null) {
            out.append('*').append(escape(m.dateline())).append("*\n\n");
        }
    }

    @Override
    protected void sectionStart(Section section) {
        if (section.title() != null) {
            out.append("## ").append(escape(section.title())).append("\n\n");
        }
    }

    @Override
    protected void sectionEnd(Section section) {
    }

    @Override
    protected void paragraphStart() {
        out.append(linePrefix);
    }

    @Override
    protected void paragraphEnd() {
        out.append("\n").append(linePrefix.strip()).append("\n");
    }

    @Override
    protected void headingStart(int level) {
        out.append(linePrefix).append("#".repeat(level)).append(' ');
    }

    @Override
    protected void headingEnd(int level) {
        out.append("\n\n");
    }

    @Override
    protected void quoteStart() {
        linePrefix = linePrefix + "> ";
    }

    @Override
    protected void quoteEnd() {
        linePrefix = linePrefix.substring(2);
        out.append('\n');
    }

    @Override
    protected void listStart(boolean ordered) {
    }

    @Override
    protected void item(int number, boolean ordered, List<Inline> content) {
        out.append(linePrefix).append(ordered ? number + ". " : "- ");
        inlines(content);
        out.append('\n');
    }

    @Override
    protected void listEnd(boolean ordered) {
        out.append('\n');
    }

    @Override
    protected void figure(Figure figure) {
        out.append("![").append(escape(Inlines.plainText(figure.caption()))).append("](")
                .append(figure.source()).append(")\n\n");
    }

    @Override
    protected void divider() {
        out.append("* * *\n\n");
    }

    @Override
    protected void text(String text) {
        out.append(escape(text));
    }

    @Override
    protected void emphasis(boolean open) {
        out.append('*');
    }

    @Override
    protected void strong(boolean open) {
        out.append("**");
    }

    @Override
    protected void link(String href, boolean open) {
        out.append(open ? "[" : "](" + href + ")");
    }

    @Override
    protected void sourcesStart() {
        out.append("## Sources quoted\n\n");
    }

    @Override
    protected void source(String name, String description, String quoteNumbers) {
        out.append("- **").append(escape(name)).append("**");
        if (description != null) {
            out.append(", ").append(escape(description));
        }
        out.append(" (").append(quoteNumbers).append(")\n");
    }

    @Override
    protected void sourcesEnd() {
        out.append('\n');
    }

    @Override
    protected void end() {
    }

    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("\\`*_{}[]<>#|$~^".indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c == '\n' ? ' ' : c);
        }
        return escaped.toString();
    }
}
