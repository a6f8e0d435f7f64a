package io.tearsheet.read.internal;

import io.tearsheet.model.Removal;
import io.tearsheet.read.conventions.RemovalReason;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * The article's lines found in the text of a page, and everything taken out around and among them: a text browser's
 * marks ({@link LynxDump}), the furniture the boilerplate patterns know ({@link BoilerplateStripper}), and the
 * menus, captions and footers the prose around the article gives away ({@link PageLocator}).
 *
 * @param lines   the article's lines, from its kicker or headline to its last paragraph
 * @param removed every line taken out, in input order, with its reason
 * @param rights  the first copyright line taken out, or null
 * @param credits the contribution lines taken out ("Reporting by …; Editing by …"), as printed
 * @param kicker  a kicker the page printed on its headline's line, split from it, or null
 * @param above   the lines taken out just above the article's first line, nearest first (a byline or a date a page
 *                sets over its headline is among them)
 * @param below   the lines taken out just below the article's last line, nearest first (a credit closing the
 *                article, "Text: Anna Berg", is among them)
 */
public record PageText(List<Line> lines, List<Removal> removed, String rights, List<String> credits, String kicker,
                       List<String> above, List<String> below) {
    /** How many of the lines taken out just above the article are kept in {@link #above}. */
    private static final int ABOVE = 4;
    /** How many of the lines taken out just below the article are kept in {@link #below}. */
    private static final int BELOW = 2;

    /** Finds the article in a page's cleaned lines; {@code notes} receives what was decided. */
    public static PageText of(List<Line> page, List<String> notes) {
        return of(page, notes, true);
    }

    /**
     * A page's cleaned lines without the furniture the boilerplate patterns know at its edges, and without a text
     * browser's marks, but not otherwise located: for a page whose located article turned out to hold no paragraph.
     */
    public static PageText whole(List<Line> page, List<String> notes) {
        return of(page, notes, false);
    }

    private static PageText of(List<Line> page, List<String> notes, boolean locate) {
        LynxDump.Result lynx = LynxDump.clean(page);
        if (lynx.dump()) {
            notes.add("a text browser's link numbers and list of links were taken out");
        }
        BoilerplateStripper.Result stripped = BoilerplateStripper.strip(lynx.lines());
        PageLocator.Located located = locate ? PageLocator.locate(stripped.kept(), stripped.keptKinds(),
                links(page, lynx, stripped), lynx.lines(), notes)
                : new PageLocator.Located(stripped.kept(), List.of());

        List<LineRemoval> all = new ArrayList<>(lynx.removed());
        all.addAll(stripped.removedLines());
        all.addAll(located.removed());
        all.sort(Comparator.comparingInt(LineRemoval::line)); // stable: one line's removals keep their order
        List<Removal> removed = new ArrayList<>(all.size());
        String rights = stripped.rights();
        List<String> credits = new ArrayList<>();
        for (LineRemoval removal : all) {
            removed.add(removal.removal());
            String reason = removal.removal().reason();
            if (reason.equals(RemovalReason.CREDITS.label())) {
                credits.add(Words.collapse(removal.removal().text()));
            } else if (rights == null && reason.equals(RemovalReason.COPYRIGHT.label())) {
                rights = Words.collapse(removal.removal().text());
            }
        }
        return new PageText(located.lines(), List.copyOf(removed), rights, List.copyOf(credits), located.kicker(),
                linesAbove(all, located.lines()), linesBelow(all, located.lines()));
    }

    /** The texts of the removed lines just above the article's first line, nearest first. */
    private static List<String> linesAbove(List<LineRemoval> removals, List<Line> article) {
        if (article.isEmpty()) {
            return List.of();
        }
        int first = article.get(0).number();
        List<LineRemoval> upwards = new ArrayList<>(removals);
        Collections.reverse(upwards);
        return nearest(upwards, line -> line < first, ABOVE);
    }

    /** The texts of the removed lines just below the article's last line, nearest first. */
    private static List<String> linesBelow(List<LineRemoval> removals, List<Line> article) {
        if (article.isEmpty()) {
            return List.of();
        }
        int last = article.get(article.size() - 1).number();
        return nearest(removals, line -> line > last, BELOW);
    }

    /** The first {@code max} distinct texts of the removals, in the order given, whose line is on the wanted side. */
    private static List<String> nearest(List<LineRemoval> removals, IntPredicate side, int max) {
        List<String> texts = new ArrayList<>();
        for (LineRemoval removal : removals) {
            if (texts.size() == max) {
                break;
            }
            if (side.test(removal.line()) && !texts.contains(removal.removal().text())) {
                texts.add(removal.removal().text());
            }
        }
        return List.copyOf(texts);
    }

    /** The links a text browser marked in each kept line. */
    private static int[] links(List<Line> page, LynxDump.Result lynx, BoilerplateStripper.Result stripped) {
        int[] linksByNumber = new int[page.isEmpty() ? 1 : page.get(page.size() - 1).number() + 1];
        for (int i = 0; i < lynx.lines().size(); i++) {
            linksByNumber[lynx.lines().get(i).number()] = lynx.links()[i];
        }
        int[] links = new int[stripped.kept().size()];
        for (int i = 0; i < links.length; i++) {
            links[i] = linksByNumber[stripped.kept().get(i).number()];
        }
        return links;
    }

    /**
     * The units near the body of a page's text that may be its headline, with their {@link HeadlineFeatures}: what
     * fitting {@code headline-model.txt} takes (see the bench module's {@code HeadlineModelFit}). Not for reading
     * articles.
     */
    public static List<Sample> headlineSamples(String text) {
        List<String> notes = new ArrayList<>();
        List<Line> page = Line.split(TextCleaner.clean(text, notes));
        LynxDump.Result lynx = LynxDump.clean(page);
        BoilerplateStripper.Result stripped = BoilerplateStripper.strip(lynx.lines());
        PageLocator.Analysis analysis = PageLocator.analyse(stripped.kept(), stripped.keptKinds(), links(page, lynx, stripped));
        List<Sample> samples = new ArrayList<>();
        if (analysis == null) {
            return samples;
        }
        int[] body = PageLocator.body(analysis.units(), analysis.prose());
        if (body == null) {
            return samples;
        }
        for (PageLocator.Candidate candidate : PageLocator.candidates(analysis, body[0], body[1])) {
            samples.add(new Sample(analysis.units().get(candidate.unit()).text(), candidate.features(),
                    HeadlineModel.score(candidate.features())));
        }
        return samples;
    }

    /** One unit of a page's text as the locator sees it: its text, its features and how likely it is prose. */
    public record Sample(String text, double[] features, double prose) {
    }

    /**
     * The units of a page's text, after the cleaning the reader does, with their {@link ProseFeatures}: what fitting
     * {@code prose-model.txt} takes (see the bench module's {@code ProseModelFit}). Not for reading articles.
     */
    public static List<Sample> samples(String text) {
        List<String> notes = new ArrayList<>();
        List<Line> page = Line.split(TextCleaner.clean(text, notes));
        LynxDump.Result lynx = LynxDump.clean(page);
        BoilerplateStripper.Result stripped = BoilerplateStripper.strip(lynx.lines());
        PageLocator.Analysis analysis = PageLocator.analyse(stripped.kept(), stripped.keptKinds(), links(page, lynx, stripped));
        List<Sample> samples = new ArrayList<>();
        if (analysis != null) {
            for (int i = 0; i < analysis.units().size(); i++) {
                samples.add(new Sample(analysis.units().get(i).text(), analysis.features()[i], analysis.prose()[i]));
            }
        }
        return samples;
    }
}
