package io.tearsheet.html.internal;

import org.jsoup.nodes.Element;

import java.util.Set;

/** How the reader treats each HTML tag: as inline text, as a block, or as something without readable text. */
public final class HtmlTags {
    /** Tags that flow inside a line of text; everything else starts a block of its own. */
    private static final Set<String> INLINE = Set.of("a", "abbr", "acronym", "b", "bdi", "bdo", "big", "br", "cite",
            "code", "data", "del", "dfn", "em", "font", "i", "ins", "kbd", "label", "mark", "nobr", "q", "s", "samp",
            "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr", "img", "picture",
            "output", "ruby", "rt", "rp");

    /** Tags whose content is never article text (code, styles, media players, form controls). */
    private static final Set<String> NO_TEXT = Set.of("script", "style", "noscript", "template", "svg", "math",
            "canvas", "iframe", "object", "embed", "link", "meta", "base", "input", "button", "select", "option",
            "optgroup", "textarea", "datalist", "dialog", "map", "area", "audio", "video", "track", "param",
            "frame", "frameset", "head", "title", "applet", "portal", "slot");

    private HtmlTags() {
    }

    /** Whether the element is inline (part of the line of text around it). */
    public static boolean isInline(Element element) {
        return INLINE.contains(element.normalName());
    }

    /** Whether the element holds no article text at all. */
    public static boolean hasNoText(Element element) {
        return NO_TEXT.contains(element.normalName());
    }

    /** The level of an {@code h1}…{@code h6} element, or 0 for any other. */
    public static int headingLevel(Element element) {
        String name = element.normalName();
        if (name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6') {
            return name.charAt(1) - '0';
        }
        return 0;
    }

    /** Whether the element is a link with a target. */
    public static boolean isLink(Element element) {
        return element.normalName().equals("a") && element.hasAttr("href");
    }
}
