package io.tearsheet.quotes.internal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An attribution after the quotation, to the end of its sentence: “Q,” X said. / “Q,” said X. / “Q,” X told
 * reporters on Tuesday. / “Q,” according to X. It also covers a sentence that closes on its attribution after
 * a comma: X has “Q” to show …, the paper said.
 */
public final class TrailingCueRule implements AttributionRule {
    /** How many words after the quotation the cue verb may stand. */
    private static final int MAX_WORDS_TO_CUE = 25;

    @Override
    public Attribution apply(QuoteSite site) {
        MarkedQuote quote = site.quote();
        if (quote.runsOn()) {
            return null;
        }
        ParagraphText p = site.paragraph();
        List<Word> words = p.words();
        int first = p.wordAt(quote.after());
        if (first >= words.size() || words.get(first).start() >= site.afterTo()) {
            return null;
        }
        String text = p.text();
        String lead = text.substring(quote.after(), words.get(first).start());
        boolean adjacent = lead.isBlank() || lead.strip().matches("[,;—–-]+");
        if (adjacent && CueWords.isAccordingTo(p, first)) {
            return accordingTo(p, first + 1, site.afterTo(), RuleId.TRAILING_ACCORDING_TO);
        }
        if (adjacent && CueWords.isSpeechCue(p, first)) {
            return inverted(p, first, site.afterTo());
        }
        for (int c = first; c < words.size() && c < first + MAX_WORDS_TO_CUE; c++) {
            Word word = words.get(c);
            if (word.start() >= site.afterTo()) {
                break;
            }
            if (CueWords.isAccordingTo(p, c) && c > first && text.substring(words.get(c - 1).end(), word.start()).contains(",")) {
                // X “Q” …, according to Y.
                return accordingTo(p, c + 1, site.afterTo(), RuleId.CLOSING_ACCORDING_TO);
            }
            if (!CueWords.isSpeechCue(p, c) || inRelativeClauseBeforeCue(p, c, site.afterTo())) {
                continue;
            }
            SubjectFinder.Found subject = SubjectFinder.before(p, quote.after(), c);
            if (c > first && "say".equals(CueVerbs.speech(word.text()))
                    && text.substring(words.get(c - 1).end(), word.start()).contains(",")
                    && closesSentence(p, c, site.afterTo())) {
                // “Q” if she didn't win by more, said X. / It is “Q” for us, said X. — the closing inverted
                // attribution takes the sentence, whatever noun stands before its comma
                Attribution closing = inverted(p, c, site.afterTo());
                if (closing != null && closing.phrase().form() == SpeakerPhrase.Form.NAME) {
                    return closing;
                }
            }
            if (subject == null) {
                return null;
            }
            String rest = withoutNextClause(text.substring(CueWords.cueEnd(p, c), site.afterTo()));
            String lemma = CueVerbs.speech(word.text());
            if (!Adverbials.isComplement(rest, lemma)) {
                return null;
            }
            if (subject.start() > words.get(first).start()) {
                // words of the writer's sentence stand between the quotation and the subject: only a closing
                // ", X said." attributes the whole sentence
                String beforeSubject = text.substring(quote.after(), subject.start()).strip();
                // "“Q,” as X put it." / "“Q,” as X said.": "as" makes the cue the quotation's own attribution
                boolean as = beforeSubject.equalsIgnoreCase("as") || beforeSubject.equalsIgnoreCase(", as");
                if (!as && (!beforeSubject.endsWith(",") || rest.strip().startsWith(","))) {
                    return null;
                }
            }
            return new Attribution(subject.phrase(), CueWords.cueText(p, c), subject.start(), word.start(), RuleId.TRAILING, ' ');
        }
        return null;
    }

    /**
     * The words after the cue up to a clause the writer joins on: "Trump barked and a guard escorted Ramos out" →
     * "" (the cue's own clause ends at "and"), and so for "Lee said and added that …".
     */
    private static String withoutNextClause(String rest) {
        if (rest.stripLeading().startsWith(":")) {
            return ""; // "“Q,” Rubio said: that …": what the colon opens explains the words, it is no complement
        }
        Matcher m = NEXT_CLAUSE.matcher(rest);
        if (m.find()) {
            return rest.substring(0, m.start());
        }
        Matcher and = NEXT_CUE.matcher(rest);
        // "said and added that …", "said and smiled": a second verb of the same speaker
        return and.find() && isVerb(and.group(1)) ? rest.substring(0, and.start()) : rest;
    }

    /** A cue, a past tense: the second verb of the speaker's ("said and smiled", "said and added that …"). */
    private static boolean isVerb(String word) {
        return CueVerbs.speech(word) != null || word.length() > 3 && word.endsWith("ed")
                || SubjectFinder.isIrregularPast(word);
    }

    private static final Pattern NEXT_CUE = Pattern.compile("^\\s*,?\\s+and\\s+(?:then\\s+)?(\\p{Ll}+)\\b");

    private static final Pattern NEXT_CLAUSE = Pattern.compile(
            "^\\s*,?\\s+(?:and|but|as|while|before|after|when|then)\\s+(?:(?:a|an|the|his|her|their|its|he|she|they|it)\\b|[A-Z])");

    /**
     * "“Q,” Ana Ruiz, a resident who tweeted about the smoke, said.": a cue right after "who" or "which" describes the
     * speaker when another cue follows it in the sentence, and is not the quotation's.
     */
    private static boolean inRelativeClauseBeforeCue(ParagraphText p, int c, int to) {
        List<Word> words = p.words();
        String before = c > 0 ? words.get(c - 1).text() : "";
        if (!before.equalsIgnoreCase("who") && !before.equalsIgnoreCase("which")) {
            return false;
        }
        for (int k = c + 1; k < words.size() && words.get(k).start() < to; k++) {
            if (CueWords.isSpeechCue(p, k)) {
                return true;
            }
        }
        return false;
    }

    /** Whether only a speaker phrase stands between the cue and the end of its sentence. */
    private static boolean closesSentence(ParagraphText p, int c, int to) {
        String rest = p.text().substring(CueWords.cueEnd(p, c), to).strip();
        return !rest.isEmpty() && Character.isUpperCase(rest.charAt(0)) && !p.hasQuotation(CueWords.cueEnd(p, c), to);
    }

    /** “Q,” said X, the Y. */
    private static Attribution inverted(ParagraphText p, int cue, int to) {
        Word word = p.words().get(cue);
        String phraseText = Adverbials.stripTrailingTime(beforeClause(p.text().substring(word.end(), to)));
        SpeakerPhrase phrase = SpeakerPhraseParser.parse(phraseText);
        if (phrase == null) {
            return null;
        }
        int at = p.text().indexOf(phraseText.strip(), word.end());
        return new Attribution(phrase, CueWords.cueText(p, cue), at < 0 ? word.end() : at, to, RuleId.INVERTED, ' ');
    }

    /**
     * The words after "said" up to a clause of the writer's: "said Dan Golvach when asked about it" → "Dan
     * Golvach"; "said Don Ytterberg, the county chairman, explaining that …" → "Don Ytterberg, the county chairman".
     */
    /** "said," → "said": a word without one closing comma, full stop, semicolon or colon. */
    private static String withoutClosingMark(String word) {
        return !word.isEmpty() && ",.;:".indexOf(word.charAt(word.length() - 1)) >= 0
                ? word.substring(0, word.length() - 1) : word;
    }

    static String beforeClause(String text) {
        String[] words = text.split(" ");
        int at = 0;
        for (int i = 0; i < words.length; i++) {
            String w = withoutClosingMark(words[i].toLowerCase(java.util.Locale.ROOT));
            boolean afterComma = i > 0 && words[i - 1].endsWith(",");
            if (i > 1 && (CLAUSE_OPENERS.contains(w) || afterComma && w.endsWith("ing") && w.length() > 4
                    && !Character.isUpperCase(words[i].charAt(0)))) {
                return text.substring(0, at).strip();
            }
            at += words[i].length() + 1;
        }
        return text;
    }

    /** Words that open a clause of the writer's after an inverted attribution. */
    private static final java.util.Set<String> CLAUSE_OPENERS = java.util.Set.of("when", "while", "after", "before",
            "as", "because", "since", "though", "although", "whose", "adding", "referring", "speaking");

    static Attribution accordingTo(ParagraphText p, int to, int end, RuleId rule) {
        Word word = p.words().get(to);
        String phraseText = Adverbials.stripTrailingTime(p.text().substring(word.end(), end));
        SpeakerPhrase phrase = SpeakerPhraseParser.parse(phraseText);
        if (phrase == null) {
            return null;
        }
        int at = p.text().indexOf(phraseText.strip(), word.end());
        return new Attribution(phrase, "according to", at < 0 ? word.end() : at, end, rule, ' ');
    }
}
