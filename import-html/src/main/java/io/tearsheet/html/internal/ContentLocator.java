package io.tearsheet.html.internal;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the element that holds the article: the one whose subtree has the highest content score (running text
 * counts for it; link lists and fragments against it, see {@link BlockShape}). Adding a wrapper around the article
 * only adds what else the wrapper holds, so the best element is the smallest one that takes in all of the article's
 * running text and as little else as possible; among equals the deepest wins.
 *
 * <p>Pictures that belong to the article but stand before its container (a lead image in the article's header) are
 * returned beside it.
 */
final class ContentLocator {
    /** How far up from the container an enclosing article element is looked for, to find its lead image. */
    private static final int LEAD_IMAGE_LEVELS = 4;
    /** What each block that is not running text costs a run of text, beyond its own score, in characters. */
    static final double GAP = 25;
    /** Narrowing to the best run of text must keep at least this share of the container's running text. */
    static final double KEPT_SHARE = 0.75;
    /** …or taking in the rest must lower the run's score by at least this share of it… */
    static final double FAR_SHARE = 0.3;
    /** …while the run still keeps at least this share: a far-away part is a small part. */
    static final double FAR_KEPT_SHARE = 0.5;
    /** The marked article body must hold this share of the running text of the scores' choice. */
    private static final double MARKED_SHARE = 0.8;

    private ContentLocator() {
    }

    /**
     * The article's container, or null when the page has no running text at all.
     */
    static Choice locate(Element body, TextMeasure measure) {
        Element best = null;
        double bestScore = 0;
        for (Element element : body.getAllElements()) {
            TextMeasure.Stats stats = measure.of(element);
            if (stats.treeGoodChars() == 0 && stats.treeImages() == 0) {
                continue;
            }
            double score = stats.treeScore();
            if (score >= bestScore && score > 0) {
                best = element;
                bestScore = score;
            }
        }
        if (best == null) {
            return null;
        }
        Element marked = markedBody(body, measure, best);
        if (marked != null) {
            best = marked;
        } else {
            best = narrowToTextRun(best, measure);
        }
        return new Choice(best, leadFigures(best, measure));
    }

    /**
     * The smallest element around the best run of running text inside {@code container}. The content score adds up
     * everything under an element, so a container can win by taking in a far-away block of text (a disclaimer, a
     * sidebar paragraph) along with the link lists between it and the article. Read in document order, the article is
     * one run of running text interrupted only briefly (an advertisement, a picture, a subheading); every block that
     * is not running text costs the run its size plus {@link #GAP} characters, so a long stretch of other things ends
     * it. The best run is found in one pass (the maximum-sum segment), and the container shrinks to the element that
     * holds exactly that run.
     */
    private static Element narrowToTextRun(Element container, TextMeasure measure) {
        List<Element> blocks = new ArrayList<>();
        for (Element element : container.getAllElements()) {
            if (measure.of(element).ownChars() > 0 || FigureMapper.isImage(element)) {
                blocks.add(element);
            }
        }
        double bestSum = 0;
        double total = 0;
        double sum = 0;
        int start = 0;
        int bestStart = -1;
        int bestEnd = -1;
        for (int i = 0; i < blocks.size(); i++) {
            TextMeasure.Stats stats = measure.of(blocks.get(i));
            double value = stats.ownChars() == 0 ? -GAP : switch (stats.shape()) {
                case TEXT -> stats.ownChars();
                case HEADING -> -GAP / 2.0;
                default -> stats.shape().score(stats.ownChars()) - GAP;
            };
            total += value;
            if (sum <= 0) {
                sum = 0;
                start = i;
            }
            sum += value;
            if (sum > bestSum) {
                bestSum = sum;
                bestStart = start;
                bestEnd = i;
            }
        }
        if (bestStart < 0) {
            return container;
        }
        if (splitsSiblings(blocks, bestStart, bestEnd, measure)) {
            return container;
        }
        Element narrowed = commonAncestor(blocks.get(bestStart), blocks.get(bestEnd), container);
        // narrow to cut off a small part, or a part so far away that taking it in costs much of what it adds;
        // never to choose between two large parts close together
        int kept = measure.of(narrowed).treeGoodChars();
        int all = measure.of(container).treeGoodChars();
        boolean keepsMostText = kept >= KEPT_SHARE * all;
        boolean restIsFar = bestSum - total >= FAR_SHARE * bestSum && kept >= FAR_KEPT_SHARE * all;
        return keepsMostText || restIsFar ? narrowed : container;
    }

    /**
     * Whether the run leaves out running text that stands beside its own, in the same parent: then the text around it
     * belongs to the same flow, however long the interruption, and the run is no reason to narrow.
     */
    private static boolean splitsSiblings(List<Element> blocks, int start, int end, TextMeasure measure) {
        java.util.Set<Element> parents = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (int i = start; i <= end; i++) {
            if (measure.of(blocks.get(i)).shape() == BlockShape.TEXT) {
                parents.add(blocks.get(i).parent());
            }
        }
        for (int i = 0; i < blocks.size(); i++) {
            boolean outside = i < start || i > end;
            if (outside && measure.of(blocks.get(i)).shape() == BlockShape.TEXT
                    && parents.contains(blocks.get(i).parent())) {
                return true;
            }
        }
        return false;
    }

    /** The lowest element that holds both {@code a} and {@code b}, at most {@code limit}. */
    private static Element commonAncestor(Element a, Element b, Element limit) {
        java.util.Set<Element> chain = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Element up = a; up != null; up = up.parent()) {
            chain.add(up);
            if (up == limit) {
                break;
            }
        }
        for (Element up = b; up != null; up = up.parent()) {
            if (chain.contains(up)) {
                return up;
            }
            if (up == limit) {
                break;
            }
        }
        return limit;
    }

    /**
     * The element the page marks as the article body ({@code itemprop="articleBody"}), when it holds most of the
     * running text the scores found: the page's own statement beats the scores' guess at the edges (a disclaimer or
     * a sidebar paragraph that the scores took in).
     */
    private static Element markedBody(Element body, TextMeasure measure, Element best) {
        int bestGood = measure.of(best).treeGoodChars();
        for (Element marked : body.getElementsByAttributeValue("itemprop", "articleBody")) {
            int good = measure.of(marked).treeGoodChars();
            boolean containsOrInside = marked == best || best.parents().contains(marked)
                    || marked.parents().contains(best);
            if (containsOrInside && good >= MARKED_SHARE * bestGood && good > 0) {
                return marked;
            }
        }
        return null;
    }

    /** Figures before the container inside the same article element (its header's lead image). */
    private static List<Element> leadFigures(Element container, TextMeasure measure) {
        Element article = null;
        Element up = container.parent();
        for (int level = 0; up != null && level < LEAD_IMAGE_LEVELS; level++, up = up.parent()) {
            if (up.normalName().equals("article") || "articleBody".equalsIgnoreCase(up.attr("itemprop"))
                    || up.normalName().equals("main") || BoilerplateSignals.namesArticle(up)) {
                article = up;
                break;
            }
        }
        List<Element> leads = new ArrayList<>();
        if (article == null) {
            return leads;
        }
        for (Element candidate : article.getAllElements()) {
            if (candidate == container) {
                break;
            }
            if (candidate.normalName().equals("figure") && FigureMapper.isFigure(candidate, measure)
                    && !isInside(candidate, leads)) {
                leads.add(candidate);
            }
        }
        return leads;
    }

    private static boolean isInside(Element candidate, List<Element> found) {
        for (Element element : found) {
            if (candidate.parents().contains(element)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The located article.
     *
     * @param container   the element holding the article's body
     * @param leadFigures figures of the article that stand before the container
     */
    record Choice(Element container, List<Element> leadFigures) {
    }
}
