package io.tearsheet.bench.extraction;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A page's HTML turned into the plain text that reaches the plain-text reader in the wild, three ways:
 * <ul>
 *   <li>{@link Style#DOM}: a DOM text dump, one block element a paragraph, blank lines between (a browser's
 *       select-all copy, {@code innerText}, most scrapers);</li>
 *   <li>{@link Style#LYNX}: as {@code lynx -dump} prints a page: paragraphs indented and wrapped at 78 columns,
 *       links numbered in brackets with a References list at the end, list items bulleted, images as their
 *       alternative text in brackets;</li>
 *   <li>{@link Style#WET}: as a Common Crawl WET record holds it: the page title on the first line, then every
 *       block of visible text on a line of its own, no blank lines.</li>
 * </ul>
 * Hidden content (scripts, styles, templates, {@code hidden} elements, {@code display:none}) is left out, as a
 * browser leaves it out.
 */
final class TextDumps {
    enum Style {
        DOM, LYNX, WET,
        /**
         * What the {@code lynx} program itself prints ({@link BrowserProgram}), where {@link #LYNX} is our imitation
         * of it: only when asked for, as lynx must be installed.
         */
        LYNX_PROGRAM,
        /** What the {@code w3m} program prints ({@link BrowserProgram}): only when asked for. */
        W3M_PROGRAM;

        /** Whether a program on the machine makes this style's dumps, not this class. */
        boolean byProgram() {
            return this == LYNX_PROGRAM || this == W3M_PROGRAM;
        }

        /** The styles this class makes itself: the harnesses' defaults and what the models are fitted on. */
        static final List<Style> MADE_HERE = List.of(DOM, LYNX, WET);

        String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        static Style ofLabel(String label) {
            return valueOf(label.toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }

    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "head", "svg",
            "iframe", "object", "embed", "select", "option", "canvas", "video", "audio", "map", "title", "math");
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
            "ol", "table", "tr", "td", "th", "thead", "tbody", "tfoot", "caption", "blockquote", "pre", "section",
            "article", "header", "footer", "nav", "aside", "main", "figure", "figcaption", "form", "dl", "dt", "dd",
            "address", "hr", "center", "fieldset", "legend", "details", "summary", "body", "dialog", "menu");
    private static final int LYNX_WIDTH = 78;

    private TextDumps() {
    }

    static String dump(Document page, Style style) {
        List<Block> blocks = blocks(page, style == Style.LYNX);
        StringBuilder out = new StringBuilder();
        switch (style) {
            case DOM -> {
                for (Block block : blocks) {
                    out.append(block.text).append("\n\n");
                }
            }
            case WET -> {
                String title = page.title().strip();
                if (!title.isEmpty()) {
                    out.append(title).append('\n');
                }
                for (Block block : blocks) {
                    out.append(block.text).append('\n');
                }
            }
            case LYNX_PROGRAM, W3M_PROGRAM -> throw new IllegalArgumentException(style.label()
                    + " dumps come from BrowserProgram");
            case LYNX -> {
                for (int i = 0; i < blocks.size(); i++) {
                    wrap(blocks.get(i), out);
                    boolean listGoesOn = blocks.get(i).tag.equals("li") && i + 1 < blocks.size()
                            && blocks.get(i + 1).tag.equals("li");
                    if (!listGoesOn) {
                        out.append('\n');
                    }
                }
                List<String> links = links(page);
                if (!links.isEmpty()) {
                    out.append("References\n\n");
                    for (int i = 0; i < links.size(); i++) {
                        out.append(String.format(Locale.ROOT, "%4d. %s%n", i + 1, links.get(i)));
                    }
                }
            }
            default -> throw new IllegalStateException();
        }
        return out.toString();
    }

    private record Block(String tag, String text) {
    }

    private static List<Block> blocks(Document page, boolean lynx) {
        List<Block> blocks = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        String[] blockTag = {"p"};
        int[] linkNumber = {0};
        Element body = page.body();
        if (body == null) {
            return blocks;
        }
        NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element element) {
                    String tag = element.normalName();
                    if (SKIPPED.contains(tag) || hidden(element)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (BLOCKS.contains(tag)) {
                        flush(blocks, line, blockTag[0]);
                        blockTag[0] = tag;
                    } else if (tag.equals("br")) {
                        flush(blocks, line, blockTag[0]);
                    } else if (tag.equals("img")) {
                        String alt = element.attr("alt").strip();
                        if (lynx && !alt.isEmpty()) {
                            line.append(" [").append(alt).append("] ");
                        }
                    } else if (lynx && tag.equals("a") && element.hasAttr("href")
                            && !element.attr("href").startsWith("#") && !element.text().isBlank()) {
                        line.append('[').append(++linkNumber[0]).append(']');
                    }
                } else if (node instanceof TextNode text) {
                    line.append(text.getWholeText());
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                    flush(blocks, line, blockTag[0]);
                }
                return FilterResult.CONTINUE;
            }
        }, body);
        flush(blocks, line, blockTag[0]);
        return blocks;
    }

    private static boolean hidden(Element element) {
        if (element.hasAttr("hidden") || "true".equals(element.attr("aria-hidden")) && element.text().isBlank()) {
            return true;
        }
        String style = element.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
        return style.contains("display:none") || style.contains("visibility:hidden");
    }

    private static void flush(List<Block> blocks, StringBuilder line, String tag) {
        String text = line.toString().replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
        line.setLength(0);
        if (!text.isEmpty()) {
            blocks.add(new Block(tag, text));
        }
    }

    private static void wrap(Block block, StringBuilder out) {
        String indent = switch (block.tag) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> "";
            case "li" -> "     * ";
            default -> "   ";
        };
        String continuation = " ".repeat(indent.length());
        StringBuilder current = new StringBuilder(indent);
        boolean empty = true;
        for (String word : block.text.split(" ")) {
            if (!empty && current.length() + 1 + word.length() > LYNX_WIDTH) {
                out.append(current).append('\n');
                current = new StringBuilder(continuation);
                empty = true;
            }
            if (!empty) {
                current.append(' ');
            }
            current.append(word);
            empty = false;
        }
        out.append(current).append('\n');
    }

    private static List<String> links(Document page) {
        List<String> links = new ArrayList<>();
        for (Element a : page.select("body a[href]")) {
            String href = a.attr("href");
            if (!href.startsWith("#") && !a.text().isBlank() && a.closest("script, style, noscript, template") == null) {
                links.add(href);
            }
        }
        return links;
    }
}
