package io.tearsheet.quotes.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Finds cue verbs among a paragraph's words, reading noun-like forms ("reports") as verbs only where plain. */
final class CueWords {
    /** Words after which a noun-like cue is a noun: "the report", "his note". */
    private static final Set<String> NOUN_MARKERS = Lexicon.words("noun-markers");

    private CueWords() {
    }

    /** Verbs by which someone puts out words of theirs: "issued a statement", "had a more succinct statement". */
    private static final Set<String> ISSUING_VERBS = Set.of("issued", "released", "had", "gave", "sent", "published",
            "offered", "provided");
    /** What words go out through: "statement", "letter", "tweet". */
    private static final Set<String> CHANNEL_NOUNS = Lexicon.words("channel-nouns");

    static boolean isIssuingVerb(String word) {
        return ISSUING_VERBS.contains(word);
    }

    static boolean isChannelNoun(String word) {
        return CHANNEL_NOUNS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether word {@code i} is a finite speech cue ("said", "says", "told"; not "saying"). */
    static boolean isSpeechCue(ParagraphText p, int i) {
        return p.isSpeechCue(i, CueWords::decideSpeechCue);
    }

    /** Whether a quotation closes just before the words that end at word {@code i} ("“…,” she went on"). */
    private static boolean afterQuotation(ParagraphText p, int i) {
        int close = p.lastQuotationEndBefore(p.words().get(i).start());
        return close > 0 && p.text().substring(close, p.words().get(i).start()).matches("[\\s,]*(?:\\S+\\s+){0,3}");
    }

    /**
     * How many words before a speech participle make it the cue of the subject before them: 2 for "quoted as saying",
     * 1 for "heard saying" or "overheard telling", 0 for any other word (the participle is no such cue).
     */
    static int hearingOrQuoting(ParagraphText p, int i) {
        String w = p.words().get(i).text();
        if (i < 1 || !w.endsWith("ing") || CueVerbs.speech(w) == null || !adjacent(p, i - 1, i)) {
            return 0;
        }
        String before = p.words().get(i - 1).text();
        if (before.equals("heard") || before.equals("overheard")) {
            return 1;
        }
        return i >= 2 && before.equals("as") && p.words().get(i - 2).text().equals("quoted") && adjacent(p, i - 2, i - 1)
                ? 2 : 0;
    }

    /** "as noted by X", "as reported by X": a speech cue form in "-ed" between "as" and "by". */
    static boolean isAsCueBy(ParagraphText p, int i) {
        List<Word> words = p.words();
        return i > 0 && i + 1 < words.size() && words.get(i - 1).text().equals("as")
                && words.get(i + 1).text().equals("by") && words.get(i).text().endsWith("ed")
                && CueVerbs.speech(words.get(i).text()) != null;
    }

    private static boolean decideSpeechCue(ParagraphText p, int i) {
        Word word = p.words().get(i);
        String w = word.text();
        if (hearingOrQuoting(p, i) > 0) {
            return true; // "X was quoted as saying", "X could be heard saying": the participle is X's cue
        }
        if (CueVerbs.speech(w) == null || Character.isUpperCase(w.charAt(0))
                || CueVerbs.isParticiple(w) && !isProgressive(p, i)) {
            return false;
        }
        if (i > 0 && isNounMarker(p.words().get(i - 1).text()) && adjacent(p, i - 1, i)) {
            return false; // "the report", "a statement"
        }
        String before = i > 0 ? p.words().get(i - 1).text() : "";
        if (i > 1 && CueVerbs.isNounLike(w) && !w.endsWith("s") && !before.endsWith("s")
                && FunctionWords.isArticle(p.words().get(i - 2).text())
                && Character.isUpperCase(before.charAt(0)) && adjacent(p, i - 2, i - 1) && adjacent(p, i - 1, i)) {
            // "the COI report", "a BBC report": a singular name cannot take "report" as its verb ("the Saudis
            // state", "the BBC reports" can)
            return false;
        }
        if (i > 0 && adjacent(p, i - 1, i) && FunctionWords.isPreposition(p.words().get(i - 1).text())
                && Character.isLowerCase(p.words().get(i - 1).text().charAt(0))
                && !p.words().get(i - 1).text().equals("as") && !goesOnTo(p, i - 1)) {
            return false; // "articles from noted scholars": after a preposition, an adjective
        }
        if (isPassive(p, i)) {
            return false; // "the withdrawal was announced by …", "she was told": the subject did not speak
        }
        if (w.equals("added") && i + 1 < p.words().size() && adjacent(p, i, i + 1) && addedModifies(p, i + 1)) {
            return false; // "earns added pathos points", "an added bonus": the adjective
        }
        int modal = i > 1 && FunctionWords.isAdverb(p.words().get(i - 1).text()) && adjacent(p, i - 2, i - 1)
                ? i - 2 : i - 1; // "might also muse"
        String modalWord = modal >= 0 ? p.words().get(modal).text() : "";
        if (modal >= 0 && MODALS.contains(modalWord.toLowerCase(Locale.ROOT))
                && adjacent(p, modal, i - 1) && adjacent(p, i - 1, i)
                && (Character.isLowerCase(modalWord.charAt(0)) || w.equalsIgnoreCase(CueVerbs.speech(w)))) {
            // "Americans will say “no”": what someone would or might say is not what was said; "May said", "Will
            // wrote" have a past tense after a name
            return false;
        }
        if (i > 0 && p.words().get(i - 1).text().equalsIgnoreCase("to") && adjacent(p, i - 1, i)
                && !goesOnTo(p, i - 1)) {
            return false; // "allowed her to tell", "hoping to say": an infinitive has no subject of its own
        }
        String particle = CueVerbs.particle(w);
        if (particle != null) {
            // "pointed out", "went on", "chimed in": the verb speaks only with its particle
            if (i + 1 >= p.words().size() || !p.words().get(i + 1).text().equals(particle) || !adjacent(p, i, i + 1)) {
                return false;
            }
            if (!particle.equals("on")) {
                return true;
            }
            // "went on," / "went on:" speaks, and "“…,” she went on." after a quotation; "went on to win", "the
            // fight goes on" do not
            int after = p.words().get(i + 1).end();
            return after < p.text().length() && ",:".indexOf(p.text().charAt(after)) >= 0
                    || after < p.text().length() && p.text().charAt(after) == '.' && afterQuotation(p, i)
                    || goesOnInOccasion(p.text(), after);
        }
        return readsAsVerb(p, i, w);
    }

    /** Whether the word after "added" is a noun it modifies: lower case, and no word a verb "added" takes. */
    private static boolean addedModifies(ParagraphText p, int next) {
        String w = p.words().get(next).text();
        return Character.isLowerCase(w.charAt(0)) && !w.equals("that") && !FunctionWords.isPreposition(w)
                && !FunctionWords.isDeterminer(w) && !FunctionWords.isAdverb(w) && !FunctionWords.isSubjectPronoun(w)
                && !FunctionWords.isAuxiliary(w) && CueVerbs.speech(w) == null && !Adverbials.isTimeWord(w);
    }

    /** "went on to say", "goes on to add": the speaker's next words, said by the subject of "went". */
    static boolean goesOnTo(ParagraphText p, int to) {
        return to >= 2 && p.words().get(to - 1).text().equals("on") && GOES.contains(p.words().get(to - 2).text())
                && adjacent(p, to - 2, to - 1) && adjacent(p, to - 1, to);
    }

    private static final Set<String> GOES = Set.of("went", "goes", "go", "going", "gone");

    /** "went on in her statement, “…”": the occasion of the words between "went on" and the quotation. */
    private static final java.util.regex.Pattern GOES_ON_IN = java.util.regex.Pattern.compile(
            "\\s+(?:in|at|during|on|to|with)\\s[^,:.;“”\"]{0,40}?(\\p{L}+)[,:]\\s*[“\"‘]");

    private static boolean goesOnInOccasion(String text, int from) {
        java.util.regex.Matcher m = GOES_ON_IN.matcher(text).region(from, text.length());
        return m.lookingAt() && Adverbials.isTimeOrOccasion(m.group(1));
    }

    /**
     * The last test of a cue word: not a noun after its determiner and modifier ("a fundraising call", "a snappy
     * retort"), and, for a word that is also a noun, used as a plain verb.
     */
    private static boolean readsAsVerb(ParagraphText p, int i, String w) {
        if (isNounAfterModifier(p, i)) {
            return false;
        }
        return !CueVerbs.isNounLike(w) || plainVerb(p, i);
    }

    /**
     * A cue word in its base form (the lemma: not "said", "notes"; "read" is its own past) after a determiner and
     * one singular modifier: "a fundraising call", "no telephone call", "his famous demand"; after "the" only a
     * cue that is also a noun ("many economists note" and "farmers in the valley say" have verbs).
     */
    private static boolean isNounAfterModifier(ParagraphText p, int i) {
        String w = p.words().get(i).text().toLowerCase(Locale.ROOT);
        if (i < 2 || !w.equals(CueVerbs.speech(w)) || w.equals("read") || !adjacent(p, i - 2, i - 1)
                || !adjacent(p, i - 1, i)) {
            return false;
        }
        int d = i - 2;
        if (d >= 1 && INTENSIFIERS.contains(p.words().get(d).text()) && adjacent(p, d - 1, d)) {
            d--; // "Alley’s most recent reveal", "a very public statement"
        }
        String determiner = p.words().get(d).text();
        String modifier = p.words().get(i - 1).text();
        // after "the" a singular noun may be the end of a plural subject ("farmers in the valley say"); after
        // "a", "no" or a possessive ("his famous demand", "Christie’s effusive praise") it cannot
        boolean closed = INDEFINITE_OR_POSSESSIVE.contains(determiner.toLowerCase(Locale.ROOT))
                || FunctionWords.isPossessive(determiner);
        if (!closed && !CueVerbs.isNounLike(w)) {
            return false;
        }
        return FunctionWords.isDeterminer(determiner) && !FunctionWords.isSubjectPronoun(determiner)
                && Character.isLowerCase(modifier.charAt(0)) && !HeadNouns.isPlural(modifier)
                && !FunctionWords.isAuxiliary(modifier);
    }

    /** Adverbs that grade the modifier between a determiner and a noun: "her most recent reveal". */
    private static final Set<String> INTENSIFIERS = Set.of("most", "more", "least", "very", "so", "rather");

    /** "is saying", "were telling", "he’s claiming": a participle after a form of be is a finite verb. */
    static boolean isProgressive(ParagraphText p, int i) {
        if (i == 0 || !adjacent(p, i - 1, i)) {
            return false;
        }
        String before = p.words().get(i - 1).text().toLowerCase(Locale.ROOT);
        return BE.contains(before) || FunctionWords.isSubjectPronoun(SubjectFinder.withoutContraction(before))
                && !before.equals(SubjectFinder.withoutContraction(before));
    }

    private static final Set<String> BE = Set.of("is", "are", "was", "were");
    private static final Set<String> INDEFINITE_OR_POSSESSIVE = Set.of("a", "an", "no", "his", "her", "its", "their",
            "our", "my", "your");
    private static final Set<String> MODALS = Set.of("will", "would", "could", "might", "may", "should", "can",
            "must", "shall");
    private static final Set<String> BE_PASSIVE = Set.of("is", "are", "was", "were", "be", "been", "being");

    /** "is", "were", "been": a form of "be" (lower case), as it makes a passive. */
    static boolean isBeForm(String word) {
        return BE_PASSIVE.contains(word);
    }

    /** A past participle after a form of be, with at most an adverb between: "was announced", "were told". */
    private static boolean isPassive(ParagraphText p, int i) {
        String w = p.words().get(i).text().toLowerCase(Locale.ROOT);
        if (w.endsWith("ing") || w.endsWith("s") && !w.endsWith("ss")) {
            return false;
        }
        if (byAgent(p, i)) {
            return true; // "measures added by Republicans", "a letter written by the mayor": the agent spoke
        }
        for (int k = i - 1; k >= 0 && k >= i - 2 && adjacent(p, k, k + 1); k--) {
            String before = p.words().get(k).text().toLowerCase(Locale.ROOT);
            if (BE_PASSIVE.contains(before)) {
                return true;
            }
            if (!FunctionWords.isAdverb(before) && !before.equals("not") && !before.equals("never")) {
                return false; // "were not charged" is as passive as "were charged"
            }
        }
        return false;
    }

    /**
     * Whether "by" and an agent follow the verb: a capitalised word or a determiner after "by" ("added by
     * Republicans", "written by the mayor"), where "said by phone" names a means, not an agent.
     */
    private static boolean byAgent(ParagraphText p, int i) {
        List<Word> words = p.words();
        if (i + 2 >= words.size() || !words.get(i + 1).text().equals("by") || !adjacent(p, i, i + 1)
                || !adjacent(p, i + 1, i + 2)) {
            return false;
        }
        String agent = words.get(i + 2).text();
        return Character.isUpperCase(agent.charAt(0)) || FunctionWords.isDeterminer(agent);
    }

    /** The cue as the article wrote it: the verb, with its particle for "pointed out". */
    static String cueText(ParagraphText p, int i) {
        String w = p.words().get(i).text();
        String particle = CueVerbs.particle(w);
        return particle != null && i + 1 < p.words().size() && p.words().get(i + 1).text().equals(particle)
                ? w + " " + particle : w;
    }

    /** Where the cue ends: after its particle for "pointed out". */
    static int cueEnd(ParagraphText p, int i) {
        String w = p.words().get(i).text();
        String particle = CueVerbs.particle(w);
        return particle != null && i + 1 < p.words().size() && p.words().get(i + 1).text().equals(particle)
                ? p.words().get(i + 1).end() : p.words().get(i).end();
    }

    /** Whether word {@code i} is a documents-only cue ("show", "found") read as a verb. */
    static boolean isDocumentCue(ParagraphText p, int i) {
        Word word = p.words().get(i);
        String w = word.text();
        if (CueVerbs.document(w) == null || Character.isUpperCase(w.charAt(0))) {
            return false;
        }
        if (i > 0 && isNounMarker(p.words().get(i - 1).text()) && adjacent(p, i - 1, i)) {
            return false;
        }
        return readsAsVerb(p, i, w);
    }

    /** "according to": returns true at the word "according". */
    static boolean isAccordingTo(ParagraphText p, int i) {
        List<Word> words = p.words();
        return i + 1 < words.size() && words.get(i).text().equalsIgnoreCase("according")
                && words.get(i + 1).text().equalsIgnoreCase("to") && adjacent(p, i, i + 1);
    }

    /** A noun-like form is a verb before "that" or at the end of its clause. */
    private static boolean plainVerb(ParagraphText p, int i) {
        Word word = p.words().get(i);
        String text = p.text();
        if (invertedAfterQuotation(p, i)) {
            return true; // "“…,” shared Mr. Scott.": the verb of the quotation, its speaker after it
        }
        int k = word.end();
        if (k >= text.length()) {
            return true;
        }
        char next = text.charAt(k);
        if (next == '.' || next == ',' || next == ';' || next == ':' || next == '!' || next == '?') {
            // "the agency reports." is a verb; "neighboring states," and "annual reports." are nouns
            return i > 0 && !looksLikeModifier(p.words().get(i - 1).text());
        }
        if (i + 1 < p.words().size() && adjacent(p, i, i + 1) && i > 0 && adjacent(p, i - 1, i)
                && isSubjectLike(p.words().get(i - 1).text())
                && FunctionWords.isPreposition(p.words().get(i + 1).text())) {
            return true; // "Keisha Barnwell posted on Instagram", "she noted in a letter"
        }
        if (i + 1 < p.words().size() && adjacent(p, i, i + 1)) {
            String after = p.words().get(i + 1).text().toLowerCase(Locale.ROOT);
            // "reports that …", "reports selling folding bikes": a verb before "that" or a gerund
            return after.equals("that") || after.endsWith("ing") && after.length() > 5
                    && !looksLikeModifier(p.words().get(i - 1 < 0 ? 0 : i - 1).text());
        }
        return false;
    }

    /** Whether word {@code i} follows a quotation's closing mark (and a comma), a name after it. */
    private static boolean invertedAfterQuotation(ParagraphText p, int i) {
        int close = p.lastQuotationEndBefore(p.words().get(i).start());
        if (close <= 0 || i + 1 >= p.words().size() || !adjacent(p, i, i + 1)
                || !onlySpacesAndCommas(p.text(), close, p.words().get(i).start())
                || !closesOnComma(p.text(), close)) {
            return false;
        }
        // a past or third-person form and a name: "“…,” state Sen. Ana Ruiz said" has "state" for a title
        String w = p.words().get(i).text();
        return !w.equalsIgnoreCase(CueVerbs.speech(w)) && Character.isUpperCase(p.words().get(i + 1).text().charAt(0));
    }

    private static boolean onlySpacesAndCommas(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c != ',' && !Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a comma, question or exclamation mark stands among the marks that end the text before {@code end}. */
    private static boolean closesOnComma(String text, int end) {
        for (int k = end - 1; k >= 0 && !Character.isLetterOrDigit(text.charAt(k)); k--) {
            if (",!?".indexOf(text.charAt(k)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** A capitalised name or a subject pronoun: a verb after it has it for subject. */
    private static boolean isSubjectLike(String word) {
        return Character.isUpperCase(word.charAt(0)) && !FunctionWords.isDeterminer(word)
                && !FunctionWords.isPreposition(word) || FunctionWords.isSubjectPronoun(word);
    }

    private static boolean looksLikeModifier(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return FunctionWords.isDeterminer(w) || FunctionWords.isPreposition(w) || w.endsWith("ing") || w.endsWith("ed")
                || w.endsWith("al") || w.endsWith("ic") || w.endsWith("ive") || w.endsWith("ous") || w.endsWith("ful")
                || w.endsWith("ary") || w.endsWith("ern") || w.endsWith("ish") || w.endsWith("ly")
                || Character.isDigit(w.charAt(0));
    }

    /** A word that marks the next one as a noun (an article, "this", a possessive): "the report", "his note". */
    private static boolean isNounMarker(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return NOUN_MARKERS.contains(w) || FunctionWords.isPossessive(w);
    }

    /** Whether two words are separated only by spaces. */
    static boolean adjacent(ParagraphText p, int a, int b) {
        String text = p.text();
        for (int i = p.words().get(a).end(), end = p.words().get(b).start(); i < end; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
