package io.tearsheet.html.internal;

import io.tearsheet.model.Figure;
import io.tearsheet.model.Inline;
import io.tearsheet.model.Text;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a {@code <figure>}, a captioned image wrapper ({@code <div class="wp-caption">}) or a lone image into a
 * {@link Figure}, with the caption, the credit and the alternative text kept apart: the credit from an element named
 * for it ({@code class="credit"}, a {@code <cite>} or {@code <small>} in the caption) or from the end of the caption
 * ("Photo: Jane Doe/Reuters"); the alternative text from {@code alt}. Icons, avatars, logos and tracking pixels are
 * not figures.
 */
final class FigureMapper {
    private static final Set<String> CREDIT_WORDS = Set.of("credit", "credits", "copyright", "photographer",
            "attribution", "byline", "courtesy", "rights");
    private static final Set<String> CAPTION_WORDS = Set.of("caption", "figcaption", "legend", "cutline");
    private static final Set<String> WRAPPER_WORDS = Set.of("caption", "figure", "image", "photo", "picture",
            "media", "img", "inline", "lead", "hero", "gallery", "slide");
    private static final Set<String> NOT_PICTURE_WORDS = Set.of("avatar", "logo", "icon", "emoji", "author",
            "headshot", "mugshot", "sprite", "badge", "spinner");
    private static final int MAX_WRAPPER_TEXT = 600;
    private static final int MAX_CREDIT_CHARS = 120;

    private final ImageLocator locator;

    FigureMapper(ReadContext context) {
        this.locator = new ImageLocator(context);
    }

    /** Whether the element is an image, or a figure-like wrapper around exactly one image and its caption. */
    static boolean isFigure(Element element, TextMeasure measure) {
        String tag = element.normalName();
        if (isImage(element)) {
            return true;
        }
        if (measure.of(element).treeImages() == 0) {
            return false;
        }
        if (tag.equals("figure")) {
            return images(element).size() == 1;
        }
        if (measure.of(element).treeImages() > 2 || measure.of(element).treeChars() > MAX_WRAPPER_TEXT
                || measure.of(element).treeGoodChars() > MAX_WRAPPER_TEXT / 2) {
            return false;
        }
        boolean named = false;
        for (String word : BoilerplateSignals.words(element)) {
            if (WRAPPER_WORDS.contains(word)) {
                named = true;
                break;
            }
        }
        return named && images(element).size() == 1;
    }

    static boolean isImage(Element element) {
        String tag = element.normalName();
        return tag.equals("img") || tag.equals("amp-img") || tag.equals("picture");
    }

    /** Whether an element marks a caption ({@code <figcaption>}, {@code class="caption"}). */
    static boolean isCaption(Element element) {
        if (element.normalName().equals("figcaption")) {
            return true;
        }
        for (String word : BoilerplateSignals.words(element)) {
            if (CAPTION_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether an element marks a photo credit. */
    static boolean isCredit(Element element) {
        for (String word : BoilerplateSignals.words(element)) {
            if (CREDIT_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** The figure for an image or wrapper, or empty when it shows no real picture. */
    Optional<Figure> map(Element element) {
        Element image = isImage(element) ? element : images(element).stream().findFirst().orElse(null);
        if (image == null) {
            return Optional.empty();
        }
        Element img = image.normalName().equals("picture") ? image.selectFirst("img") : image;
        if (img == null || ImageSources.isTiny(img) || notAPicture(img)) {
            return Optional.empty();
        }
        String source = locator.locate(ImageSources.candidates(img));
        if (source == null) {
            return Optional.empty();
        }
        Element captionElement = null;
        Element creditElement = null;
        if (!isImage(element)) {
            captionElement = firstMatching(element, FigureMapper::isCaption);
            creditElement = firstMatching(element, FigureMapper::isCredit);
            if (creditElement == null && captionElement != null) {
                creditElement = firstMatching(captionElement,
                        e -> e.normalName().equals("cite") || e.normalName().equals("small"));
            }
        }
        String captionText = captionElement == null ? "" : textExcluding(captionElement, creditElement);
        String credit = creditElement == null ? null : Texts.clean(creditElement.text());
        if ((credit == null || credit.isEmpty()) && captionElement != null) {
            // text in the figure beside its caption (an "Image source" line) is the credit
            String beside = textExcluding(element, captionElement);
            credit = beside.isEmpty() || beside.length() > MAX_CREDIT_CHARS ? null : beside;
        }
        if (credit == null || credit.isEmpty()) {
            CreditParser.Split split = CreditParser.split(captionText);
            captionText = split.caption();
            credit = split.credit();
        }
        credit = unwrapped(credit);
        List<Inline> caption = captionText.isBlank() ? List.of() : List.of(new Text(Texts.clean(captionText)));
        String alt = Texts.clean(img.attr("alt"));
        return Optional.of(new Figure(source, caption, credit, alt.isEmpty() ? null : alt));
    }

    /** A credit without the brackets pages put around it: "(Jane Doe/Reuters)" gives "Jane Doe/Reuters". */
    static String unwrapped(String credit) {
        if (credit == null) {
            return null;
        }
        String clean = Texts.clean(credit);
        while (clean.length() > 2 && (clean.startsWith("(") && clean.endsWith(")")
                || clean.startsWith("[") && clean.endsWith("]"))) {
            clean = clean.substring(1, clean.length() - 1).strip();
        }
        return clean.isEmpty() ? null : clean;
    }

    /** A caption found beside an image rather than inside its wrapper, split into caption and credit. */
    static CreditParser.Split captionOf(Element captionElement) {
        Element credit = firstMatching(captionElement, FigureMapper::isCredit);
        String text = textExcluding(captionElement, credit);
        if (credit != null) {
            return new CreditParser.Split(Texts.clean(text), unwrapped(credit.text()));
        }
        return CreditParser.split(text);
    }

    private static boolean notAPicture(Element img) {
        Element up = img;
        for (int level = 0; up != null && level < 3; level++, up = up.parent()) {
            for (String word : BoilerplateSignals.words(up)) {
                if (NOT_PICTURE_WORDS.contains(word)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<Element> images(Element element) {
        List<Element> images = new ArrayList<>();
        for (Element candidate : element.getAllElements()) {
            String tag = candidate.normalName();
            if ((tag.equals("img") || tag.equals("amp-img")) && !ImageSources.candidates(candidate).isEmpty()
                    && !ImageSources.isTiny(candidate)) {
                images.add(candidate);
                if (images.size() > 1) {
                    break;
                }
            }
        }
        return images;
    }

    private static Element firstMatching(Element root, java.util.function.Predicate<Element> test) {
        for (Element candidate : root.getAllElements()) {
            if (candidate != root && test.test(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** The element's text, whitespace collapsed, leaving out one descendant's subtree. */
    static String textExcluding(Element root, Element excluded) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node == excluded) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (node instanceof TextNode text) {
                    out.append(text.getWholeText());
                } else if (node instanceof Element element && !HtmlTags.isInline(element)) {
                    out.append(' ');
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, root);
        return Texts.clean(out.toString());
    }
}
