package io.tearsheet.read.internal;

import io.tearsheet.model.Byline;
import io.tearsheet.read.conventions.Bylines;

import java.util.List;

/**
 * A byline a page's text sets among the body's first paragraphs rather than under the headline: a credit under a
 * standfirst or a photo's caption that the header did not reach ("Por Ana Ruiz" under the caption under the
 * deck). Read only where the header gave no byline.
 */
public final class BodyCredits {
    /** How many of the body's first paragraphs may hold the credit. */
    private static final int LEADING = 3;

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
                return new Credit(i, credit);
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
}
