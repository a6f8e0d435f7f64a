package io.tearsheet.html.internal;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Measures the text of a page, element by element, in one iterative pass: for every block (an element that is not
 * inline) the text that belongs to it directly and how much of that is link text; for every element the sums over
 * its subtree and its content score ({@link BlockShape}). Whitespace is not counted, so the measures do not depend
 * on how the page is indented.
 */
public final class TextMeasure {
    /** A row of teaser cards has at least this many. */
    static final int MIN_CARDS = 2;
    /** A teaser card is short… */
    static final int MAX_CARD_CHARS = 600;
    /** …opens with a headline of at least this many characters (or its first heading does, below a date)… */
    static final int MIN_CARD_HEADLINE = 15;
    /** …that is this much link text. */
    static final double CARD_LINK_SHARE = 0.5;

    private final Map<Element, Stats> stats = new IdentityHashMap<>();
    private final Stats empty = new Stats();

    private TextMeasure() {
    }

    /**
     * Measures {@code root}'s subtree.
     *
     * @param bodyKey the letters and digits of the article body the page declares in its metadata, or null; blocks
     *                whose text it contains count as article text whatever their shape
     */
    public static TextMeasure of(Element root, String bodyKey) {
        TextMeasure measure = new TextMeasure();
        NodeTraversor.filter(new Pass(measure.stats, bodyKey), root);
        return measure;
    }

    /** The measures of an element; all zero for one that was not measured (no text, or skipped). */
    public Stats of(Element element) {
        return stats.getOrDefault(element, empty);
    }

    /** Mutable while measuring, read-only afterwards. */
    public static final class Stats {
        int ownChars;
        int ownLinkChars;
        char ownLastChar;
        int ownWords;
        BlockShape shape = BlockShape.NONE;
        int treeChars;
        int treeLinkChars;
        int treeGoodChars;
        double treeScore;
        int treeImages;
        /** Where this block's own text starts, counted in text nodes from the top of the page; -1 for none. */
        long ownFirstText = -1;
        /** The first text-bearing block of the subtree: where it starts, its size and its link text. */
        long firstText = -1;
        int firstChars;
        int firstLinkChars;
        /** The subtree's first heading ({@code h1}…{@code h6}): where it starts, its size and its link text. */
        long headingText = -1;
        int headingChars;
        int headingLinkChars;
        boolean card;

        /** Non-space characters whose nearest block is this element. */
        public int ownChars() {
            return ownChars;
        }

        /** How this element's own text reads, as a block. */
        public BlockShape shape() {
            return shape;
        }

        /** Non-space characters in the whole subtree. */
        public int treeChars() {
            return treeChars;
        }

        /** Characters of the subtree inside links. */
        public int treeLinkChars() {
            return treeLinkChars;
        }

        /** Characters of the subtree in blocks that read as article text. */
        public int treeGoodChars() {
            return treeGoodChars;
        }

        /** The content score of the subtree: article text counts for it, link lists and fragments against it. */
        public double treeScore() {
            return treeScore;
        }

        /**
         * Whether this element is one of a row of teaser cards (a linked headline and a blurb, repeated): its text
         * counts against the content score, however well written the blurbs are.
         */
        public boolean isCard() {
            return card;
        }

        /** Images in the subtree. */
        public int treeImages() {
            return treeImages;
        }

        /** The share of the subtree's text that is link text. */
        public double linkDensity() {
            return treeChars == 0 ? 0 : (double) treeLinkChars / treeChars;
        }

        /** The share of this block's own text that is link text. */
        public double ownLinkDensity() {
            return ownChars == 0 ? 0 : (double) ownLinkChars / ownChars;
        }
    }

    private static final class Pass implements NodeFilter {
        private final Map<Element, Stats> stats;
        private final String bodyKey;
        private final Deque<Element> blocks = new ArrayDeque<>();
        private final Deque<Element> open = new ArrayDeque<>();
        private final Deque<StringBuilder> blockTexts = new ArrayDeque<>();
        private int linkDepth;
        private long textNodes;

        Pass(Map<Element, Stats> stats, String bodyKey) {
            this.stats = stats;
            this.bodyKey = bodyKey == null || bodyKey.length() < 200 ? null : bodyKey;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode text) {
                countText(text.getWholeText());
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element element)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (HtmlTags.hasNoText(element)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            stats.put(element, new Stats());
            open.push(element);
            if (HtmlTags.isLink(element)) {
                linkDepth++;
            }
            if (element.normalName().equals("img") || element.normalName().equals("amp-img")) {
                stats.get(element).treeImages = 1;
            }
            if (!HtmlTags.isInline(element)) {
                blocks.push(element);
                blockTexts.push(new StringBuilder());
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (!(node instanceof Element element)) {
                return FilterResult.CONTINUE;
            }
            Stats own = stats.get(element);
            if (own == null) {
                return FilterResult.CONTINUE;
            }
            if (HtmlTags.isLink(element)) {
                linkDepth--;
            }
            open.pop();
            if (!blocks.isEmpty() && blocks.peek() == element) {
                blocks.pop();
                String text = blockTexts.pop().toString();
                own.ownWords = Texts.words(text);
                own.shape = BlockShape.of(element, own.ownChars, own.ownLinkChars, own.ownLastChar, own.ownWords,
                        bodyKey != null && inBody(text), text);
                // a picture's caption is the picture's, not running text: it does not make its part the article
                own.treeScore += element.normalName().equals("figcaption") && own.shape == BlockShape.TEXT ? 0
                        : own.shape.score(own.ownChars);
                if (own.shape == BlockShape.TEXT) {
                    own.treeGoodChars += own.ownChars;
                }
                if (own.ownChars > 0 && (own.firstText < 0 || own.ownFirstText < own.firstText)) {
                    own.firstText = own.ownFirstText;
                    own.firstChars = own.ownChars;
                    own.firstLinkChars = own.ownLinkChars;
                }
                if (own.ownChars > 0 && HtmlTags.headingLevel(element) > 0) {
                    own.headingText = own.ownFirstText;
                    own.headingChars = own.ownChars;
                    own.headingLinkChars = own.ownLinkChars;
                }
                demoteCards(element, own);
            }
            Element parent = element.parent();
            Stats up = parent == null ? null : stats.get(parent);
            if (up != null) {
                if (own.firstText >= 0 && (up.firstText < 0 || own.firstText < up.firstText)) {
                    up.firstText = own.firstText;
                    up.firstChars = own.firstChars;
                    up.firstLinkChars = own.firstLinkChars;
                }
                if (own.headingText >= 0 && (up.headingText < 0 || own.headingText < up.headingText)) {
                    up.headingText = own.headingText;
                    up.headingChars = own.headingChars;
                    up.headingLinkChars = own.headingLinkChars;
                }
                up.treeChars += own.treeChars;
                up.treeLinkChars += own.treeLinkChars;
                up.treeGoodChars += own.treeGoodChars;
                up.treeScore += own.treeScore;
                up.treeImages += own.treeImages;
            }
            return FilterResult.CONTINUE;
        }

        /**
         * Teaser cards come in rows: when at least {@link #MIN_CARDS} children of a block each open with a linked
         * headline and go on to a short blurb, their blurbs are other stories' summaries, not this one's text.
         */
        private void demoteCards(Element element, Stats own) {
            int cards = 0;
            for (Element child : element.children()) {
                Stats c = stats.get(child);
                if (c != null && isCardLike(child, c)) {
                    cards++;
                }
            }
            if (cards < MIN_CARDS) {
                return;
            }
            for (Element child : element.children()) {
                Stats c = stats.get(child);
                if (c != null && isCardLike(child, c)) {
                    own.treeScore += -c.treeChars - c.treeScore;
                    own.treeGoodChars -= c.treeGoodChars;
                    c.card = true;
                    c.treeGoodChars = 0;
                    c.treeScore = -c.treeChars;
                }
            }
        }

        private static boolean isCardLike(Element element, Stats stats) {
            if (HtmlTags.isInline(element) || stats.treeChars > MAX_CARD_CHARS || stats.treeGoodChars <= 0) {
                return false;
            }
            if (stats.firstChars >= MIN_CARD_HEADLINE) {
                return isLinkedHeadline(stats.firstChars, stats.firstLinkChars, stats);
            }
            // a date or a kicker above the headline: the card's first heading is its headline
            return stats.headingText > stats.firstText && isLinkedHeadline(stats.headingChars, stats.headingLinkChars, stats);
        }

        private static boolean isLinkedHeadline(int chars, int linkChars, Stats card) {
            return chars >= MIN_CARD_HEADLINE && linkChars >= CARD_LINK_SHARE * chars
                    && card.treeChars > chars + MIN_CARD_HEADLINE;
        }

        private boolean inBody(String text) {
            String key = Texts.key(text);
            return key.length() >= 12 && bodyKey.contains(key);
        }

        private void countText(String text) {
            Element block = blocks.peek();
            if (block == null) {
                return;
            }
            Stats own = stats.get(block);
            StringBuilder blockText = blockTexts.peek();
            int chars = 0;
            char last = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (!Texts.isSpace(c)) {
                    chars++;
                    last = c;
                }
            }
            if (chars == 0) {
                blockText.append(' ');
                return;
            }
            if (own.ownFirstText < 0) {
                own.ownFirstText = textNodes;
            }
            textNodes++;
            own.ownChars += chars;
            Stats direct = stats.get(open.peek());
            direct.treeChars += chars;
            if (linkDepth > 0) {
                own.ownLinkChars += chars;
                direct.treeLinkChars += chars;
            }
            own.ownLastChar = last;
            if (blockText.length() < 100_000) {
                blockText.append(text);
            }
        }
    }
}
