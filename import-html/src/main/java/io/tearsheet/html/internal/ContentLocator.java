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
    /** A wrapper is left for its main part when the rest adds at most this share of the part's score. */
    static final double REST_SHARE = 0.15;
    /** A part whose score is at least this share of its characters is mostly running text. */
    static final double DENSE_SCORE = 0.5;
    /** How many levels the container may step down to its main part. */
    private static final int MAX_CORE_LEVELS = 12;
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
            best = narrowToCore(narrowToTextRun(best, measure), measure);
        }
        return new Choice(best, leadFigures(best, measure));
    }

    /**
     * Steps down from a wrapper to the one part of it that holds its article, while what the wrapper adds besides
     * that part earns it little: a page's column wrapper takes in the sidebar beside the story (a blog's recent posts
     * with their summaries, an "about" box), whose few sentences outweigh its links and so win the wrapper the
     * highest score by a small margin. The step is taken only when the rest adds at most {@link #REST_SHARE} of the
     * part's score, nothing beside the part continues its text ({@link #continues}), and the part's own names do not
     * call it furniture (a sidebar that outweighs a short story is no reason to leave the story).
     */
    private static Element narrowToCore(Element container, TextMeasure measure) {
        Element current = container;
        for (int level = 0; level < MAX_CORE_LEVELS; level++) {
            TextMeasure.Stats stats = measure.of(current);
            if (stats.shape() == BlockShape.TEXT) {
                return current;
            }
            Element core = null;
            for (Element child : current.children()) {
                if (core == null || measure.of(child).treeGoodChars() > measure.of(core).treeGoodChars()) {
                    core = child;
                }
            }
            if (core == null || measure.of(core).treeGoodChars() == 0) {
                return current;
            }
            double coreScore = measure.of(core).treeScore();
            double rest = stats.treeScore() - coreScore;
            if (coreScore <= 0 || rest > REST_SHARE * coreScore || continues(current, core, measure)
                    || BoilerplateSignals.reasonOf(core) != null || core.normalName().equals("aside")) {
                return current;
            }
            current = core;
        }
        return current;
    }

    /**
     * Whether a part of {@code parent} beside {@code core} carries on the core's text: a paragraph standing directly
     * beside it, a part that is mostly running text (at least {@link #DENSE_SCORE} of its characters count for it:
     * the second half of a story behind a "more" anchor, the header with its byline line), or a part holding
     * paragraphs in the same kind of element as the core's (a story split in two by an advertisement box). A
     * sidebar's summaries are short sentences among headings, dates and links, so its score is a small share of its
     * text.
     */
    private static boolean continues(Element parent, Element core, TextMeasure measure) {
        java.util.Set<String> kinds = new java.util.HashSet<>();
        for (Element element : core.getAllElements()) {
            if (measure.of(element).shape() == BlockShape.TEXT && element.parent() != null) {
                kinds.add(kindOf(element));
            }
        }
        for (Element sibling : parent.children()) {
            TextMeasure.Stats stats = measure.of(sibling);
            if (sibling == core || stats.treeGoodChars() == 0) {
                continue;
            }
            if (stats.shape() == BlockShape.TEXT || stats.treeScore() >= DENSE_SCORE * stats.treeChars()) {
                return true;
            }
            for (Element element : sibling.getAllElements()) {
                if (measure.of(element).shape() == BlockShape.TEXT && kinds.contains(kindOf(element))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A paragraph's tag and the tag and class of the element holding it, which the paragraphs of one story share. */
    private static String kindOf(Element block) {
        Element parent = block.parent();
        return block.normalName() + "<" + parent.normalName() + "." + parent.className();
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
            if (isArticleElement(up) || up.normalName().equals("main")) {
                article = up;
                break;
            }
        }
        if (article == null && isArticleElement(container) && container.parent() != null) {
            article = container.parent(); // the body's own element: its lead picture stands before it, beside it
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

    /** An {@code <article>}, or an element named for the article ({@code itemprop="articleBody"} among them). */
    private static boolean isArticleElement(Element element) {
        return element.normalName().equals("article") || BoilerplateSignals.namesArticle(element);
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
