package io.tearsheet.read.internal;

import io.tearsheet.model.Byline;
import io.tearsheet.read.conventions.Bylines;
import io.tearsheet.read.conventions.MetaLines;

import java.util.List;

/**
 * A byline a page's text sets where the header the reader parses does not reach: among the body's first paragraphs
 * (a credit under a standfirst or a photo's caption, "Por Ana Ruiz" under the caption under the deck), or just above
 * the headline, among the lines taken out as the page's furniture ("6. Oktober 2022" / "By Anna Berg" / headline),
 * or as a labelled credit closing the article that was taken out with the furniture after it ("Text: Anna Berg").
 * Read only where the header gave no byline; the credits come curled, as the header's do.
 */
public final class BodyCredits {
    /** How many of the body's first paragraphs may hold the credit. */
    private static final int LEADING = 3;
    /** The longest line above the headline that is still a page's meta line rather than running text. */
    private static final int MAX_ABOVE_WORDS = 16;

    /** The credit's paragraph and the people it names. */
    public record Credit(int paragraph, List<Byline> bylines) {
    }

    private BodyCredits() {
    }

    /** The first credit among the body's first paragraphs, or null; a body of one paragraph has none. */
    public static Credit find(List<String> paragraphs) {
        if (paragraphs.size() < 2) {
            return null;
        }
        for (int i = 0; i < Math.min(LEADING, paragraphs.size() - 1); i++) {
            List<Byline> credit = leadingCredit(paragraphs.get(i));
            if (credit != null) {
                return new Credit(i, curled(credit));
            }
        }
        return null;
    }

    /**
     * The credit among the lines just above the headline, nearest first ({@link PageText#above}), or null; the
     * search stops at a line of running text.
     */
    public static List<Byline> above(List<String> linesAbove) {
        for (String line : linesAbove) {
            if (Words.count(line) > MAX_ABOVE_WORDS) {
                return null;
            }
            List<Byline> credit = leadingCredit(line);
            if (credit == null) {
                // "04.02.2022 | 13:10 Uhr | Anna Berg", "21. Jan 2022 // Anna Berg": the name in the meta line's parts
                List<Byline> parted = MetaLines.readDatedParts(line);
                credit = parted.isEmpty() ? null : parted;
            }
            if (credit != null) {
                return curled(credit);
            }
        }
        return null;
    }

    /**
     * The credit among the lines just below the body, nearest first ({@link PageText#below}), or null: only a line
     * that opens with a label or another language's opener ("Text: Anna Berg", "Auteur : Anna Berg", "Erstellt von
     * Anna Berg").
     */
    public static List<Byline> below(List<String> linesBelow) {
        for (String line : linesBelow) {
            List<Byline> credit = HeaderLines.openedCredit(line, Words.count(line));
            if (credit != null) {
                return curled(credit);
            }
        }
        return null;
    }

    /** A byline as running text never is: "By …", another language's opener or a label, or a posting line. */
    private static List<Byline> leadingCredit(String paragraph) {
        List<Byline> credit = Bylines.readLine(paragraph);
        if (credit != null && Bylines.opensAsCredit(paragraph)) {
            return credit;
        }
        credit = HeaderLines.openedCredit(paragraph, Words.count(paragraph));
        if (credit != null) {
            return credit;
        }
        List<Byline> posted = Bylines.readPostingLine(paragraph);
        return posted.isEmpty() ? null : posted;
    }

    private static List<Byline> curled(List<Byline> credits) {
        return credits.stream().map(HeaderParser::curled).toList();
    }
}
