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
        }
        return new Choice(best, leadFigures(best, measure));
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
