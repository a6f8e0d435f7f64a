package io.tearsheet.read.internal;

import io.tearsheet.model.Removal;
import io.tearsheet.read.conventions.Boilerplate;
import io.tearsheet.read.conventions.Boilerplate.Place;
import io.tearsheet.read.conventions.Datelines;
import io.tearsheet.read.conventions.RemovalReason;
import io.tearsheet.read.conventions.SeriesNotes;
import io.tearsheet.read.conventions.StopWords;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.regex.Pattern;
import java.util.Map;

/**
 * Finds the article in the text of a whole page (a browser's select-all copy, a text browser's dump, a DOM text
 * dump, a web-archive text record), where menus, log-in links and section lists stand before the headline,
 * captions and share bars among the paragraphs, and related links, comment forms and footers after them.
 *
 * <p>The page's lines are cut into units (a line, or the lines of a hard-wrapped paragraph); {@link ProseModel}
 * weighs how likely each is prose, from what survives the loss of markup ({@link ProseFeatures}); the body is the run of units that holds the most prose, bridging furniture only
 * where more prose follows; it ends at the first furniture after its last prose paragraph, so a short closing
 * line that is a sentence stays. The headline is the title-like line nearest above the body, preferring one the
 * page repeats (its title and its heading); between the two, bylines, date lines, a kicker and one deck are kept
 * for the header parser and everything else (captions, share bars, reading aids) is removed.
 *
 * <p>A page that is nothing but the article keeps every line: its first line is the headline and its last
 * paragraph the end of the body. Everything removed is recorded with its reason. Linear in the page's size.
 */
final class PageLocator {
    /** A unit that is only a separator between the parts of a meta line ("|", "—", "/"); a bullet is a list's. */
    private static final Pattern SEPARATOR = Pattern.compile("[|·/–—-]+");
    /** A unit with a larger share of its words in links is furniture wherever it stands. */
    private static final double MAX_LINK_DENSITY = 0.2;
    /**
     * A paragraph of sentences in the page's language keeps its links up to this share of its words: a story links
     * names and sources inline ("They lead in [26]Iowa and [27]New Hampshire polls too."), and a text browser's marks
     * do not say how many words a link holds (each is counted as three).
     */
    private static final double MAX_PROSE_LINK_DENSITY = 0.35;
    private static final double MIN_PROSE_STOP_DENSITY = 0.25;
    /**
     * How much lower than the best candidate's the headline model's score of the line above it may be for that line to
     * be the headline instead (log-odds; measured on trafilatura's evaluation pages dumped to text: 1.0, 1.5, 2.0 and
     * 2.5 tried, 1.5 best on all three dumps and on the fifth the models were not fitted on).
     */
    private static final double DECK_BELOW_MARGIN = 1.5;
    /** The least cost of a furniture unit inside the body, so that many tiny menu items add up. */
    private static final int MIN_FURNITURE_COST = 40;
    /**
     * What a unit the model doubts costs the body, as a share of its weighed characters: half, since the model's
     * prose probabilities are modest (a plain paragraph often 0.6) and a photo gallery's captions or a box of links
     * set into a story would otherwise outweigh the paragraphs on one side of it and cut the story in two.
     */
    private static final double DOUBT_COST = 0.5;
    /** Consecutive short non-sentences inside the body that make a box of links rather than the story's own. */
    private static final int LINK_BOX_UNITS = 3;
    /** A box of related links inside the story holds at most this many titles. */
    private static final int MAX_RELATED_BOX_LINKS = 5;
    /** A sentence right above the body that is this likely prose and this long is the story's first paragraph. */
    private static final double MIN_LEDE_PROSE = 0.3;
    private static final int MIN_LEDE_WORDS = 12;
    /** A sentence this long after such a box is the story's, whatever the classifier thought of it so near the end. */
    private static final int MIN_PARAGRAPH_AFTER_BOX = 20;
    private static final int LINK_BOX_MAX_WORDS = 15;
    /** The most short lines between the story's opening paragraph and the body found below them. */
    private static final int MAX_LINES_UNDER_OPENING = 8;
    /** An opening paragraph above such lines has this many words at least. */
    private static final int MIN_OPENING_WORDS = 20;
    /** The page's first units, where a web-archive text puts the page's title line. */
    static final int TITLE_LINE_REACH = 3;
    /** A deck is a sentence of at least this many words. */
    private static final int MIN_DECK_WORDS = 6;
    private static final int MAX_DECK_WORDS = 60;
    private static final int BARE_ARTICLE_MAX_UNITS = 15;
    /** Below this, the likeliest unit of a page is no prose at all, and the page is kept whole. */
    private static final double MIN_BEST_PROSE = 0.15;
    /** A run of this many one- or two-word lines is a menu, which an article alone does not hold. */
    private static final int MIN_MENU_ITEMS = 4;
    private static final int MENU_ITEM_MAX_WORDS = 2;
    private static final int MENU_ITEM_MAX_CHARS = 24;
    /** A sentence this long is the article's, or the page's, not a menu's. */
    private static final int MIN_SENTENCE_WORDS = 8;
    /** A sentence in Chinese or Japanese is one "word" between spaces; this many characters make it one. */
    private static final int MIN_UNSPACED_SENTENCE_CHARS = 8;

    private PageLocator() {
    }

    /**
     * The article's lines (the kicker or headline down to the body's last paragraph, with removed units left as
     * blank lines so paragraphs stay apart) and what was removed, by input line number.
     */
    record Located(List<Line> lines, List<LineRemoval> removed, String kicker) {
        Located(List<Line> lines, List<LineRemoval> removed) {
            this(lines, removed, null);
        }
    }

    /**
     * Finds the article in {@code lines}, the page's lines less the furniture the boilerplate patterns took out at its
     * edges; {@code wholePage} holds every line, those too, to see which names the site prints besides its title line.
     */
    static Located locate(List<Line> lines, List<RemovalReason> lineKinds, int[] links, List<Line> wholePage,
                          List<String> notes) {
        Analysis page = analyse(lines, lineKinds, links);
        if (page == null) {
            return new Located(lines, List.of());
        }
        List<PageUnit> units = page.units();
        int n = units.size();
        if (isBareArticle(page)) {
            return whole(lines, units, wholePage);
        }
        int[] body = body(units, page.prose());
        if (body == null) {
            page = page.relativeToBest();
            body = page == null ? null : body(units, page.prose());
            if (body == null) {
                return whole(lines, units, wholePage);
            }
            notes.add("no block of the page reads surely as prose: its likeliest ones taken as the article's");
        }
        double[] prose = page.prose();
        RemovalReason[] furniture = page.furniture();
        int start = extendStart(units, prose, furniture, page.repeated(), body[0]);
        for (int above = pastBoxAbove(units, prose, furniture, page.repeated(), start); above < start;
                above = pastBoxAbove(units, prose, furniture, page.repeated(), start)) {
            start = extendStart(units, prose, furniture, page.repeated(), above);
        }
        int end = pastRelatedBox(units, prose, furniture, extendEnd(units, prose, furniture, page.repeated(), body[1]));
        int[] chosen = headline(page, start, end);
        int headline = chosen[0];
        int lastHeaderUnit = Math.max(headline, chosen[1]);
        if (lastHeaderUnit >= start) {
            // the model took the headline (or the deck below it) for the body's first paragraph
            start = lastHeaderUnit + 1;
        }
        int regionStart = headline < 0 ? start : kickerAbove(units, headline);
        HeadlineLine headlineLine = headline < 0 ? null
                : HeadlineLine.of(lines, units.get(headline), headline < TITLE_LINE_REACH, wholePage);
        while (headlineLine != null && start < end && units.get(start).text().equalsIgnoreCase(headlineLine.text())) {
            start++; // the page's heading again under the title line taken for the headline: the header's, dropped there
        }

        List<LineRemoval> removed = new ArrayList<>();
        boolean[] drop = new boolean[n];
        for (int i = 0; i < regionStart; i++) {
            drop[i] = true;
            record(removed, lines, units.get(i), furniture[i] != null ? furniture[i] : RemovalReason.HEADER);
        }
        if (headline >= 0) {
            headerZone(units, furniture, headline, start, drop, removed, lines);
        }
        inBody(units, prose, furniture, page.repeated(), start, end, drop, removed, lines);
        for (int i = end + 1; i < n; i++) {
            drop[i] = true;
            record(removed, lines, units.get(i), furniture[i] != null ? furniture[i] : RemovalReason.FOOTER);
        }
        if (regionStart > 0 || end < n - 1) {
            notes.add("article found in the page's text: lines " + lines.get(units.get(regionStart).first()).number()
                    + " to " + lines.get(units.get(end).last()).number() + " of " + lines.get(lines.size() - 1).number()
                    + (page.stopWords().known() ? " (its language's function words: " + page.stopWords().language()
                    + ")" : ""));
        }
        if (headlineLine != null && headlineLine.cut() != null) {
            removed.add(headlineLine.removal(lines));
        }
        if (headlineLine != null && headlineLine.kicker() != null) {
            notes.add("kicker split from the headline's line: the page prints the title alone too");
        }
        return new Located(assemble(lines, units, drop, regionStart, end, headline, chosen[1], headlineLine), removed,
                headlineLine == null ? null : headlineLine.kicker());
    }

    /**
     * All of the lines, for a page the locator cannot weigh or that is the article alone, but for a menu above its
     * first sentence: its first line is the headline, less a breadcrumb trail or the site's name around it.
     */
    private static Located whole(List<Line> lines, List<PageUnit> units, List<Line> wholePage) {
        int from = belowMenu(units);
        List<LineRemoval> removed = new ArrayList<>();
        for (int i = 0; i < from; i++) {
            record(removed, lines, units.get(i), RemovalReason.HEADER);
        }
        HeadlineLine headline = HeadlineLine.of(lines, units.get(from), from < TITLE_LINE_REACH, wholePage);
        if (headline.cut() == null && from == 0) {
            return new Located(lines, List.of());
        }
        List<Line> kept = new ArrayList<>();
        if (headline.cut() == null) {
            kept.addAll(lines.subList(headline.first(), lines.size()));
        } else {
            kept.add(headline.line(lines));
            kept.addAll(lines.subList(headline.last() + 1, lines.size()));
            removed.add(headline.removal(lines));
        }
        return new Located(kept, removed);
    }

    /**
     * The first unit after the last menu (a run of one- and two-word lines) above the page's first sentence of some
     * length, or 0.
     */
    private static int belowMenu(List<PageUnit> units) {
        int from = 0;
        int run = 0;
        for (int i = 0; i < units.size() - 1; i++) {
            PageUnit unit = units.get(i);
            if (unit.words() >= MIN_SENTENCE_WORDS && unit.endsSentence()) {
                break;
            }
            run = isMenuItem(unit) ? run + 1 : 0;
            if (run >= MIN_MENU_ITEMS) {
                from = i + 1;
            }
        }
        return from;
    }

    private static boolean isMenuItem(PageUnit unit) {
        // characters too: a line in a script without spaces is one "word" however long
        return unit.words() <= MENU_ITEM_MAX_WORDS && unit.chars() <= MENU_ITEM_MAX_CHARS && !unit.endsSentence();
    }

    /**
     * A page's units and what the locator knows of each: the furniture the patterns recognise, the short units the
     * page repeats, their features and the probability that each is prose.
     */
    record Analysis(List<PageUnit> units, StopWords stopWords, RemovalReason[] furniture, boolean[] repeated,
                    double[][] features, double[] prose, Layout layout) {
        /**
         * The page with each unit's probability of prose taken relative to the likeliest unit's, for a page on which
         * no unit reads surely as prose (a teaser of one paragraph, text broken into short lines); null when even the
         * likeliest is hardly prose.
         */
        Analysis relativeToBest() {
            double best = 0;
            for (double p : prose) {
                best = Math.max(best, p);
            }
            if (best < MIN_BEST_PROSE) {
                return null;
            }
            double[] relative = new double[prose.length];
            for (int i = 0; i < prose.length; i++) {
                relative[i] = prose[i] / best;
            }
            return new Analysis(units, stopWords, furniture, repeated, features, relative, layout);
        }
    }

    /**
     * The page's units measured and weighed; null for a page without text. {@code lineKinds} gives each line's
     * furniture at a page's edge (or null), already asked of the boilerplate patterns.
     */
    static Analysis analyse(List<Line> lines, List<RemovalReason> lineKinds, int[] links) {
        List<PageUnit> units = units(lines, links);
        if (units.isEmpty()) {
            return null;
        }
        StopWords.Measured measured = StopWords.measure(units.stream().map(PageUnit::text).toList());
        StopWords stopWords = measured.stopWords();
        units = withStops(units, measured.counts());
        int n = units.size();
        RemovalReason[] furniture = new RemovalReason[n];
        boolean[] known = new boolean[n];
        boolean[] repeated = new boolean[n];
        Map<String, Integer> seen = counts(units);
        for (int i = 0; i < n; i++) {
            PageUnit unit = units.get(i);
            furniture[i] = unit.first() == unit.last() ? lineKinds.get(unit.first())
                    : Boilerplate.classify(unit.text(), Place.EDGE);
            known[i] = furniture[i] != null;
            repeated[i] = unit.words() <= LINK_BOX_MAX_WORDS && seen.get(unit.text()) > 1;
        }
        boolean[] comments = new boolean[n];
        for (int i = 0; i < n; i++) {
            comments[i] = furniture[i] == RemovalReason.COMMENTS;
        }
        double[][] features = ProseFeatures.of(units, stopWords.known(), known, repeated, comments);
        double[] prose = new double[n];
        for (int i = 0; i < n; i++) {
            prose[i] = ProseModel.probability(features[i], units.get(i), known[i]);
        }
        return new Analysis(units, stopWords, furniture, repeated, features, prose, Layout.of(units, lines));
    }

    /**
     * A text of a few blocks in which no line is furniture or a link: an article on its own, taken whole, since the model has
     * too little page around it to weigh.
     */
    private static boolean isBareArticle(Analysis page) {
        if (page.units().size() > BARE_ARTICLE_MAX_UNITS) {
            return false;
        }
        int menuRun = 0;
        for (int i = 0; i < page.units().size(); i++) {
            PageUnit unit = page.units().get(i);
            if (page.furniture()[i] != null || unit.links() > 0) {
                return false;
            }
            menuRun = isMenuItem(unit) ? menuRun + 1 : 0;
            if (menuRun >= MIN_MENU_ITEMS) {
                return false; // a menu copied without its links: "Home", "News", "Sport", "Contact"
            }
        }
        return true;
    }

    /** Lines into units: blank-line blocks, each one unit when hard-wrapped, else one unit a line. */
    static List<PageUnit> units(List<Line> lines, int[] links) {
        List<PageUnit> units = new ArrayList<>();
        int blockStart = -1;
        for (int i = 0; i <= lines.size(); i++) {
            boolean blank = i == lines.size() || lines.get(i).isBlank();
            if (!blank && blockStart < 0) {
                blockStart = i;
            } else if (blank && blockStart >= 0) {
                addBlock(lines, links, blockStart, i - 1, units);
                blockStart = -1;
            }
        }
        return units;
    }

    private static void addBlock(List<Line> lines, int[] links, int from, int to, List<PageUnit> units) {
        for (int[] paragraph : ParagraphAssembler.paragraphs(lines.subList(from, to + 1))) {
            int first = from + paragraph[0];
            int last = from + paragraph[1];
            if (first == last) {
                units.add(unit(first, first, lines.get(first).text(), links[first]));
                continue;
            }
            StringBuilder text = new StringBuilder();
            int count = 0;
            for (int i = first; i <= last; i++) {
                if (text.length() > 0) {
                    text.append(' ');
                }
                text.append(lines.get(i).text());
                count += links[i];
            }
            units.add(unit(first, last, text.toString(), count));
        }
    }

    private static PageUnit unit(int first, int last, String text, int links) {
        return new PageUnit(first, last, text, Words.count(text), text.codePointCount(0, text.length()), 0, links);
    }

    private static List<PageUnit> withStops(List<PageUnit> units, int[] stops) {
        List<PageUnit> counted = new ArrayList<>(units.size());
        for (int i = 0; i < units.size(); i++) {
            counted.add(units.get(i).withStops(stops[i]));
        }
        return counted;
    }

    private static Map<String, Integer> counts(List<PageUnit> units) {
        Map<String, Integer> seen = new HashMap<>();
        for (PageUnit unit : units) {
            seen.merge(unit.text(), 1, Integer::sum);
        }
        return seen;
    }

    /**
     * The run of units holding the most prose: the largest sum of each unit's characters weighed by how sure the model
     * is that it is prose (2p − 1), a unit more likely furniture counting at least {@value #MIN_FURNITURE_COST}
     * characters and costing {@value #DOUBT_COST} of its weight; the first and last unit of the run are prose. Null
     * when no unit is more likely prose than not.
     */
    static int[] body(List<PageUnit> units, double[] prose) {
        double best = 0;
        int bestStart = -1;
        int bestEnd = -1;
        double sum = 0;
        int start = 0;
        for (int i = 0; i < units.size(); i++) {
            double weight = 2 * prose[i] - 1;
            double value = weight >= 0 ? units.get(i).chars() * weight
                    : Math.max(units.get(i).chars(), MIN_FURNITURE_COST) * weight * DOUBT_COST;
            if (sum <= 0) {
                sum = value;
                start = i;
            } else {
                sum += value;
            }
            if (sum > best) {
                best = sum;
                bestStart = start;
                bestEnd = i;
            }
        }
        return bestStart < 0 ? null : new int[] {bestStart, bestEnd};
    }

    /** The body's end moved past the short sentences that follow its last prose paragraph, up to furniture. */
    private static int extendEnd(List<PageUnit> units, double[] prose, RemovalReason[] furniture,
                                 boolean[] repeated, int end) {
        int i = end + 1;
        while (i < units.size() && furniture[i] == null && !repeated[i]
                && (isShortSentence(units.get(i)) || SeriesNotes.parse(units.get(i).text()).isPresent())) {
            i++;
        }
        return i - 1;
    }

    /**
     * The body's start moved back over the sentences right above it that read nearly as prose: a story's first
     * paragraph is often one sentence, which the model doubts (0.3-0.5) for its shortness, and it would otherwise be
     * left in the header zone and dropped.
     */
    static int extendStart(List<PageUnit> units, double[] prose, RemovalReason[] furniture,
                           boolean[] repeated, int start) {
        int i = start - 1;
        while (i >= 0 && furniture[i] == null && !repeated[i] && prose[i] >= MIN_LEDE_PROSE
                && units.get(i).words() >= MIN_LEDE_WORDS && isShortSentence(units.get(i))
                && !isHeaderItem(units.get(i))) {
            i--;
        }
        return i + 1;
    }

    /**
     * The unit the body starts at once moved back over a few short lines (a table of contents, a section's heading, a
     * photo's caption) to a paragraph above them that reads as prose: the story's opening, which alone weighs less than
     * the lines under it cost, and without which the section's heading would be taken for the headline. The lines
     * between are then weighed as the body's own (a box of them goes). {@code start} itself when there is none.
     */
    private static int pastBoxAbove(List<PageUnit> units, double[] prose, RemovalReason[] furniture,
                                    boolean[] repeated, int start) {
        int i = start - 1;
        while (i >= 0 && start - 1 - i < MAX_LINES_UNDER_OPENING && isLinkLike(units.get(i)) && !repeated[i]) {
            i--;
        }
        if (i < 0 || i == start - 1) {
            return start;
        }
        PageUnit opening = units.get(i);
        boolean prosePara = furniture[i] == null && prose[i] >= 0.5 && opening.words() >= MIN_OPENING_WORDS
                && opening.endsSentence() && opening.links() == 0 && !repeated[i] && !isHeaderItem(opening);
        return prosePara ? i : start;
    }

    /**
     * The body's end moved past a box of related links set into the story ("Related stories" and a few titles) to
     * the paragraphs of the story after it, when paragraphs follow: the box alone outweighs a last paragraph or two.
     */
    private static int pastRelatedBox(List<PageUnit> units, double[] prose, RemovalReason[] furniture, int end) {
        int label = end + 1;
        if (label >= units.size() || !isBareRelatedLabel(units, furniture, label)) {
            return end;
        }
        int i = label + 1;
        while (i < units.size() && i - label <= MAX_RELATED_BOX_LINKS && isLinkLike(units.get(i))) {
            i++;
        }
        int last = -1;
        while (i < units.size() && furniture[i] == null && units.get(i).endsSentence() && units.get(i).links() == 0
                && (prose[i] >= 0.5 || units.get(i).words() >= MIN_PARAGRAPH_AFTER_BOX)) {
            last = i++;
        }
        return last < 0 ? end : last;
    }

    /**
     * A line that reads as a sentence of the story: it ends a sentence, has no links and a few words (or, in a script
     * written without spaces, a few characters).
     */
    private static boolean isShortSentence(PageUnit unit) {
        return unit.links() == 0 && (unit.words() >= 2 || unit.chars() >= MIN_UNSPACED_SENTENCE_CHARS)
                && unit.endsSentence();
    }

    /** A unit that may be the headline and its features. */
    record Candidate(int unit, double[] features) {
    }

    /**
     * The units that may hold the headline: those in the window above the body's first unit, that unit and the next
     * (a headline the model took for prose), and the page's first lines (its title line, in a web-archive text).
     */
    static List<Candidate> candidates(Analysis page, int bodyStart, int bodyEnd) {
        List<PageUnit> units = page.units();
        List<Candidate> candidates = new ArrayList<>();
        int from = Math.max(0, bodyStart - HeadlineFeatures.WINDOW);
        int rank = 0;
        long between = 0;
        java.util.Set<String> bodyWords = HeadlineFeatures.bodyWords(units, bodyStart);
        NotHeadlines not = NotHeadlines.of(units);
        for (int i = bodyStart - 1; i >= 0; i--) {
            PageUnit unit = units.get(i);
            if ((i >= from || i < TITLE_LINE_REACH) && page.furniture()[i] == null && HeadlineFeatures.isCandidate(unit)
                    && !not.excludes(i)) {
                candidates.add(new Candidate(i, HeadlineFeatures.of(page, i, bodyStart, rank, between, bodyWords)));
            }
            if (HeadlineFeatures.isTitleLike(unit)) {
                rank++;
            }
            between += unit.chars();
        }
        for (int i = bodyStart; i <= Math.min(bodyEnd - 1, bodyStart + 1); i++) { // the body keeps one unit
            if (page.furniture()[i] == null && HeadlineFeatures.isCandidate(units.get(i)) && !not.excludes(i)) {
                candidates.add(new Candidate(i, HeadlineFeatures.of(page, i, bodyStart, 0, 0,
                        HeadlineFeatures.bodyWords(units, i + 1))));
            }
        }
        return candidates;
    }

    /**
     * The unit of the headline and of a deck below it (-1 for none): the candidate the headline model scores highest,
     * or -1 when there is none; but the shorter title-like candidate right above it when that one scores within
     * {@link #DECK_BELOW_MARGIN} of it, the best then being its deck (the model, which weighs nearness to the body,
     * tends to prefer the deck printed between headline and text).
     */
    private static int[] headline(Analysis page, int bodyStart, int bodyEnd) {
        int best = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        Map<Integer, Double> scores = new HashMap<>();
        for (Candidate candidate : candidates(page, bodyStart, bodyEnd)) {
            double score = HeadlineModel.score(candidate.features());
            scores.put(candidate.unit(), score);
            if (score > bestScore) {
                best = candidate.unit();
                bestScore = score;
            }
        }
        Double above = scores.get(best - 1);
        if (above != null && above >= bestScore - DECK_BELOW_MARGIN
                && page.units().get(best - 1).words() < page.units().get(best).words()
                && HeadlineFeatures.isTitleLike(page.units().get(best - 1))) {
            // a shorter title-like line right above, nearly as likely: the headline, and the winner its deck
            return new int[] {best - 1, best};
        }
        return new int[] {best, -1};
    }

    /**
     * Whether the page prints this unit's text again as a title: one of its first lines is the text with a site's
     * name after a separator, or a breadcrumb trail above it ends on the text. (The headline model's weight for this
     * feature was fitted before the trail counted; the trail alone gained 4, 3 and 2 headlines of 845 on trafilatura's
     * pages in the three dump styles, with no page lost.)
     */
    static boolean repeatsTitleLine(List<PageUnit> units, int i) {
        String text = units.get(i).text();
        for (int k = 0; k < Math.min(TITLE_LINE_REACH, i); k++) {
            String other = units.get(k).text();
            if (other.length() > text.length() && other.startsWith(text)
                    && SiteNames.isSeparator(other.substring(text.length()))) {
                return true;
            }
        }
        for (int k = Math.max(0, i - HeadlineFeatures.WINDOW); k < i; k++) {
            if (text.equals(Breadcrumbs.lastStep(units.get(k).text()))) {
                return true; // "Home › Articles › Headline" above the headline itself
            }
        }
        return false;
    }

    /**
     * The unit next to unit {@code i} in the direction {@code step}, past units that are only a separator ("|", "·")
     * a page set between the parts of its meta line; -1 past {@code limit}.
     */
    private static int pastSeparators(List<PageUnit> units, int i, int step, int limit) {
        int k = i + step;
        while ((limit - k) * step > 0 && isSeparator(units.get(k))) {
            k += step;
        }
        return (limit - k) * step >= 0 ? k : -1;
    }

    private static boolean isHeaderItemAt(List<PageUnit> units, int k) {
        return k >= 0 && isHeaderItem(units.get(k));
    }

    private static boolean isSeparator(PageUnit unit) {
        return SEPARATOR.matcher(unit.text()).matches();
    }

    /** "By", "Autor" or "21.01.2022 11:46 von" alone, its name in the next unit. */
    private static boolean isBareBy(PageUnit unit) {
        return HeaderLines.opensNamesBelow(unit.text(), unit.words());
    }

    /** A sentence of a deck's length. */
    static boolean isDeckLike(PageUnit unit) {
        return unit.words() >= MIN_DECK_WORDS && unit.words() <= MAX_DECK_WORDS && unit.endsSentence()
                && unit.links() == 0;
    }

    /** A byline or a date line: header lines the header parser reads. */
    private static boolean isHeaderItem(PageUnit unit) {
        return unit.headerItem() || HeaderLines.isOpenedCredit(unit.text(), unit.words())
                || HeaderLines.isBareOpener(unit.text());
    }

    /** The headline's unit, or the kicker's when a short line in capitals stands right above it. */
    private static int kickerAbove(List<PageUnit> units, int headline) {
        if (headline > 0) {
            PageUnit above = units.get(headline - 1);
            if (above.words() <= 6 && Words.isAllCaps(above.text(), 3) && !above.text().endsWith(".")
                    && Boilerplate.classify(above.text(), Place.EDGE) == null) {
                return headline - 1;
            }
        }
        return headline;
    }

    /**
     * Between the headline and the body: bylines, date lines and the first sentence-like deck stay for the header
     * parser; everything else goes.
     */
    private static void headerZone(List<PageUnit> units, RemovalReason[] furniture, int headline, int bodyStart,
                                   boolean[] drop, List<LineRemoval> removed, List<Line> lines) {
        boolean deck = false;
        for (int i = headline + 1; i < bodyStart; i++) {
            PageUnit unit = units.get(i);
            if (furniture[i] == null && (isHeaderItem(unit)
                    || isBareBy(unit) && i + 1 < bodyStart
                    && HeaderLines.namedUnderOpener(units.get(i + 1).text()) != null)) {
                continue;
            }
            if (furniture[i] == null && i > headline + 1 && isBareBy(units.get(i - 1)) && unit.words() <= 6
                    && (HeaderLines.isBareOpener(units.get(i - 1).text())
                    || HeaderLines.namedUnderOpener(unit.text()) != null)) {
                continue; // the name under a "By" that stands alone: the byline's second half
            }
            if (furniture[i] == null && HeaderLines.isNameAlone(unit.text(), unit.words())
                    && (isHeaderItemAt(units, pastSeparators(units, i, -1, headline))
                    || isHeaderItemAt(units, pastSeparators(units, i, 1, bodyStart - 1)))) {
                continue; // a name beside the date line, perhaps across a bar: the byline without its opener
            }
            if (furniture[i] == null && !deck && unit.links() == 0 && unit.words() >= MIN_DECK_WORDS
                    && !unit.text().equalsIgnoreCase(units.get(headline).text())
                    && unit.words() <= MAX_DECK_WORDS && !isCaption(unit.text())) {
                deck = true;
                continue;
            }
            if (furniture[i] == null && i == bodyStart - 1 && Datelines.find(unit.text()).isPresent()) {
                continue; // a short first paragraph that opens with its dateline
            }
            drop[i] = true;
            record(removed, lines, unit, furniture[i] != null ? furniture[i]
                    : isCaption(unit.text()) ? RemovalReason.CAPTION : RemovalReason.HEADER);
        }
    }

    /**
     * Inside the body: furniture the patterns know, lines made mostly of links, runs of short link-like lines (a box
     * of related links), and short furniture repeated elsewhere on the page go; other units the classifier doubted
     * stay, since they stand between paragraphs of the story.
     */
    private static void inBody(List<PageUnit> units, double[] prose, RemovalReason[] furniture,
                               boolean[] repeated, int start, int end, boolean[] drop,
                               List<LineRemoval> removed, List<Line> lines) {
        int run = 0;
        for (int i = start; i <= end + 1; i++) {
            // under a bare related label, a title the classifier took for prose still belongs to the box
            boolean linkLike = i <= end && isLinkLike(units.get(i)) && (prose[i] < 0.5
                    || run > 0 && run <= MAX_RELATED_BOX_LINKS && isBareRelatedLabel(units, furniture, i - run));
            if (linkLike) {
                run++;
                continue;
            }
            if (run >= LINK_BOX_UNITS || run > 0 && (isBareRelatedLabel(units, furniture, i - run)
                    || isBareRelatedLabel(units, furniture, i - 1))) {
                // three links in a row, or fewer under a label ("Related Coverage") or above one ("Read more")
                for (int k = i - run; k < i; k++) {
                    drop[k] = true;
                    record(removed, lines, units.get(k), furniture[k] != null ? furniture[k] : RemovalReason.LINKS);
                }
            } else {
                for (int k = i - run; k < i; k++) { // too few links for a box: each is weighed as a paragraph
                    dropFurniture(units, prose, furniture, repeated, k, drop, removed, lines);
                }
            }
            run = 0;
            if (i > end) {
                break;
            }
            dropFurniture(units, prose, furniture, repeated, i, drop, removed, lines);
        }
    }

    /** Drops unit {@code i} of the body when it is furniture a paragraph may be: a label, links, a caption. */
    private static void dropFurniture(List<PageUnit> units, double[] prose, RemovalReason[] furniture,
                                      boolean[] repeated, int i, boolean[] drop, List<LineRemoval> removed,
                                      List<Line> lines) {
        PageUnit unit = units.get(i);
        RemovalReason reason = null;
        if (furniture[i] != null && Boilerplate.classify(unit.text(), Place.PARAGRAPH) != null) {
            reason = furniture[i];
        } else if (unit.links() > 0 && unit.linkDensity() > (readsAsSentences(unit) ? MAX_PROSE_LINK_DENSITY
                : MAX_LINK_DENSITY)) {
            reason = RemovalReason.LINKS;
        } else if (repeated[i] && prose[i] < 0.5) {
            reason = RemovalReason.LINKS;
        } else if (prose[i] < 0.5 && isCaption(unit.text())) {
            reason = RemovalReason.CAPTION;
        }
        if (reason != null) {
            drop[i] = true;
            record(removed, lines, unit, reason);
        }
    }

    /** A paragraph that reads as the story's sentences: long enough, ending one, with the language's function words. */
    private static boolean readsAsSentences(PageUnit unit) {
        return unit.words() >= MIN_SENTENCE_WORDS && unit.endsSentence()
                && unit.stopDensity() >= MIN_PROSE_STOP_DENSITY;
    }

    /** A label of related links with nothing after it ("Related Coverage", "Read more"), not "Read more: Title". */
    private static boolean isBareRelatedLabel(List<PageUnit> units, RemovalReason[] furniture, int i) {
        String text = units.get(i).text();
        int colon = text.indexOf(':');
        return furniture[i] == RemovalReason.RELATED && (colon < 0 || text.substring(colon + 1).isBlank());
    }

    private static boolean isCaption(String text) {
        return Boilerplate.classify(text, Place.PARAGRAPH) == RemovalReason.CAPTION;
    }

    /** A short line that is no sentence: a link's words, a label. */
    private static boolean isLinkLike(PageUnit unit) {
        return unit.words() <= LINK_BOX_MAX_WORDS && !unit.endsSentence() && !isHeaderItem(unit);
    }

    private static void record(List<LineRemoval> removed, List<Line> lines, PageUnit unit,
                               RemovalReason reason) {
        for (int k = unit.first(); k <= unit.last(); k++) {
            Line line = lines.get(k);
            removed.add(new LineRemoval(line.number(), new Removal(line.raw().strip(), reason.label())));
        }
    }

    /**
     * The lines from the region's first unit to its last, each dropped unit left as one blank line, the headline's
     * lines as {@link HeadlineLine} reads them, and a deck chosen right below the headline ({@code deck}, or -1) in
     * the headline's block, where the header parser reads a deck.
     */
    private static List<Line> assemble(List<Line> lines, List<PageUnit> units, boolean[] drop, int from, int to,
                                       int headline, int deck, HeadlineLine headlineLine) {
        List<Line> kept = new ArrayList<>();
        int next = units.get(from).first();
        for (int u = from; u <= to; u++) {
            PageUnit unit = units.get(u);
            if (u != deck || deck != headline + 1) {
                for (int k = next; k < unit.first(); k++) {
                    kept.add(lines.get(k)); // the blank lines between units; a deck joins its headline's block
                }
            }
            if (drop[u]) {
                Line first = lines.get(unit.first());
                kept.add(new Line(first.number(), "", ""));
            } else if (u == headline && headlineLine.changes()) {
                kept.add(headlineLine.line(lines));
                kept.addAll(lines.subList(headlineLine.last() + 1, unit.last() + 1));
            } else {
                kept.addAll(lines.subList(unit.first(), unit.last() + 1));
            }
            next = unit.last() + 1;
        }
        return kept;
    }
}
