package io.tearsheet.html.internal;

import io.tearsheet.model.Byline;
import io.tearsheet.read.conventions.Bylines;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.List;
import java.util.function.Predicate;

/**
 * Credits printed as plain text, which no class name or microdata marks: "von Anna Berg" in a line of its own under
 * the headline, "Autor: Anna Berg" in the article's box, "<strong>Text:</strong> Anna Berg" closing the article.
 * Only names of two to five capitalised words are taken, since such lines are not known to be credits beforehand.
 */
final class PrintedCredits {
    /** A credit line is short; a longer one is a sentence that happens to start with "Von" or "By". */
    static final int MAX_LINE_CHARS = 80;
    /** The most text read after a label standing alone ("Autor:"), up to the next line break. */
    private static final int MAX_AFTER_LABEL_CHARS = 100;

    private PrintedCredits() {
    }

    /**
     * The credits of an element whose first line opens with "By", "Von", "Par" or a label ("von Anna Berg"), or an
     * empty list. Only the first line is read: a place or a date often follows the names after a line break.
     */
    static List<Byline> ofOpenedLine(Element element) {
        StringBuilder line = new StringBuilder();
        appendUntilBreak(element, line);
        String text = Texts.clean(line.toString());
        return Bylines.opensAsCredit(text) ? people(Bylines.read(text)) : List.of();
    }

    /** Appends the text of a node up to its first line break; true when a break was met. */
    private static boolean appendUntilBreak(Node node, StringBuilder out) {
        if (node instanceof TextNode text) {
            out.append(text.getWholeText());
            return false;
        }
        if (node instanceof Element element) {
            if (element.normalName().equals("br")) {
                return true;
            }
            if (!HtmlTags.isInline(element)) {
                out.append(' ');
            }
            for (Node child : element.childNodes()) {
                if (appendUntilBreak(child, out)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The first labelled credit in the article (short lines only): an element that opens with a label
     * and its colon ("Autor: Anna Berg"), a label standing alone ("Autor:") followed by the names up to the next
     * line break, or a label set as a heading without its colon followed by a block of the names.
     */
    static List<Byline> labelled(List<Element> all, Predicate<Element> isShortLine, Predicate<Element> inArticle) {
        for (Element element : all) {
            if (!isShortLine.test(element)) {
                continue;
            }
            String text = Texts.clean(element.text());
            if (isLabelHeading(element, text) && inArticle.test(element)) {
                // "<h4>Autor</h4><p>Anna Berg</p>": a label set as a heading, the names in the block after it
                Element next = element.nextElementSibling();
                List<Byline> credits = next == null || !isShortLine.test(next) ? List.of()
                        : people(Bylines.read(Texts.clean(next.text())));
                if (!credits.isEmpty()) {
                    return credits;
                }
                continue;
            }
            int colon = text.indexOf(':');
            if (colon <= 0 || !Bylines.isCreditLabel(text.substring(0, colon + 1)) || !inArticle.test(element)) {
                continue;
            }
            String names = colon == text.length() - 1 ? textAfter(element) : text;
            List<Byline> credits = people(Bylines.read(names));
            if (!credits.isEmpty()) {
                return credits;
            }
        }
        return List.of();
    }

    /** A heading or a term of a list that is a credit's label without its colon ("Autor", "Author", "Text"). */
    private static boolean isLabelHeading(Element element, String text) {
        String name = element.normalName();
        boolean heading = name.length() == 2 && name.charAt(0) == 'h' && Character.isDigit(name.charAt(1))
                || name.equals("dt");
        return heading && !text.isEmpty() && text.indexOf(':') < 0 && Bylines.isCreditLabel(text + ":");
    }

    /** The text that follows an element in its line: its next siblings up to a line break or a block. */
    private static String textAfter(Element element) {
        StringBuilder text = new StringBuilder();
        for (Node next = element.nextSibling(); next != null && text.length() < MAX_AFTER_LABEL_CHARS;
             next = next.nextSibling()) {
            if (next instanceof TextNode textNode) {
                text.append(textNode.text());
            } else if (next instanceof Element sibling) {
                if (sibling.normalName().equals("br") || !HtmlTags.isInline(sibling)) {
                    break;
                }
                text.append(' ').append(sibling.text());
            }
        }
        return Texts.clean(text.toString());
    }

    /** The credits, when every one is a person's name as a line of text gives it; otherwise none. */
    private static List<Byline> people(List<Byline> credits) {
        return Bylines.namePeople(credits) ? credits : List.of();
    }
}
