package io.tearsheet.quotes.internal;

import java.util.List;
import java.util.Locale;

/**
 * A paragraph that opens with a quotation and names no speaker anywhere goes on quoting the speaker whose
 * attributed quotation ended the paragraph before (the common news layout of one speaker over two
 * paragraphs). The writer may go on after the quoted sentences, as long as no speech verb and no other
 * quotation follows: "“We tried a trick.” The trick was a model." is still the previous speaker's.
 */
public final class NextParagraphContinuation implements ContinuationRule {
    private static final int NARRATION_WORDS = 4;

    @Override
    public void apply(List<Candidate> quotations) {
        for (int i = 1; i < quotations.size(); i++) {
            Candidate c = quotations.get(i);
            Candidate previous = quotations.get(i - 1);
            if (c.attributed() || c.scare || c.runsOnFrom != null || !previous.attributed() || previous.scare
                    || previous.paragraph.index() != c.paragraph.index() - 1 || !c.site.opensSentence()
                    || !c.paragraph.text().substring(0, c.quote.open()).isBlank()) {
                continue;
            }
            if (endsParagraph(previous) && (!namesAnyone(c) || onlyNarrationAfter(c, quotations, i))) {
                c.inherit(previous, RuleId.CONTINUES_PARAGRAPH_BEFORE);
            }
        }
    }

    /** The previous quotation and its attribution are the last words of their paragraph. */
    private static boolean endsParagraph(Candidate previous) {
        String text = previous.paragraph.text();
        int from = Math.max(previous.quote.after(), previous.site == null ? 0 : previous.site.afterTo());
        return from >= text.length() || Separators.only(text, from, text.length(), ".,;:");
    }

    /**
     * Whether the quotation is whole sentences, and what the paragraph says after it is the writer's own
     * narration: a sentence of at least {@value #NARRATION_WORDS} words that opens on a sentence word, not on a
     * name, a title or a pronoun ("“Why now?” Beck questioned." is an attribution with a verb we do not know),
     * and no speech or document verb and no quotation but words quoted inside the writer's sentence in the rest
     * of the paragraph.
     */
    private static boolean onlyNarrationAfter(Candidate c, List<Candidate> quotations, int at) {
        if (c.quote.runsOn() || !QuoteKindClassifier.endsSentence(c.text())) {
            return false;
        }
        for (int k = at + 1; k < quotations.size() && quotations.get(k).paragraph == c.paragraph; k++) {
            if (!isWithinNarration(quotations.get(k))) {
                return false;
            }
        }
        String text = c.paragraph.text();
        int wordsInFirstSentence = 0;
        boolean firstSentence = true;
        for (int i = c.quote.after(); i < text.length(); ) {
            char ch = text.charAt(i);
            if (!Character.isLetter(ch)) {
                if (ch == '.' || ch == '!' || ch == '?') {
                    firstSentence = false;
                }
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && (Character.isLetter(text.charAt(end)) || text.charAt(end) == '\'')) {
                end++;
            }
            String word = text.substring(i, end);
            if (wordsInFirstSentence == 0 && !opensNarration(word)) {
                return false;
            }
            String lower = word.toLowerCase(Locale.ROOT);
            if (CueVerbs.speech(lower) != null || CueVerbs.document(lower) != null) {
                return false;
            }
            if (firstSentence) {
                wordsInFirstSentence++;
            }
            i = end;
        }
        return wordsInFirstSentence >= NARRATION_WORDS;
    }

    /** A quotation inside the writer's sentence, with no speaker of its own: "This “mathematical trick” was …". */
    private static boolean isWithinNarration(Candidate later) {
        return later.scare || !later.attributed() && later.attribution == null && !later.site.opensSentence()
                && !QuoteKindClassifier.endsSentence(later.text());
    }

    private static boolean opensNarration(String word) {
        return FunctionWords.isSentenceWord(word) && !FunctionWords.isSubjectPronoun(word)
                && !Titles.isTitle(word)
                && !word.equalsIgnoreCase("asked") && !word.equalsIgnoreCase("according");
    }

    /** Whether the paragraph has any words outside quotations but punctuation (an attribution, a new subject). */
    private static boolean namesAnyone(Candidate c) {
        return c.paragraph.hasWordsOutsideQuotations();
    }
}
