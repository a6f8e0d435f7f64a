package io.tearsheet.quotes.internal;

import java.util.List;
import java.util.Locale;

/**
 * Quotation marks around a name or label: what they call “a new kind of neighbourliness”, the so-called “needle
 * effect”, a practice the school calls “family lunch”. Such a quotation is a scare quote unless it is longer than
 * a label and a named source uses the words (the Courier called the purchase “a lesson in the cost of short
 * memories”); then those words are that source's.
 */
public final class NamingVerbRule {
    /** A label is at most this many words. */
    private static final int MAX_LABEL_WORDS = 3;
    /** How many words may stand between the naming verb and the quotation ("called that purchase"). */
    private static final int MAX_GAP_WORDS = 8;

    /** What the rule decided: a scare quote, or an attribution to the one who named it. */
    public record Verdict(boolean scare, Attribution attribution) {
    }

    /** The verdict for a quotation, or null when no naming word stands before it. */
    public Verdict apply(QuoteSite site) {
        ParagraphText p = site.paragraph();
        List<Word> words = p.words();
        int open = site.quote().open();
        int last = p.wordAt(open) - 1;
        int from = p.wordAt(site.beforeFrom());
        for (int c = last; c >= from && c >= last - MAX_GAP_WORDS; c--) {
            String w = words.get(c).text();
            if (CueWords.isSpeechCue(p, c)) {
                return null;
            }
            if (NamingVerbs.isLabelMarker(w)) {
                return c == last ? new Verdict(true, null) : null;
            }
            if (c == last && LABEL_NOUNS.contains(w.toLowerCase(Locale.ROOT)) && c > 0
                    && ARTICLES.contains(words.get(c - 1).text().toLowerCase(Locale.ROOT))
                    && p.text().substring(words.get(c).end(), open).isBlank()) {
                return new Verdict(true, null); // "the word “accident”", "the phrase “witch hunt”"
            }
            if (w.equalsIgnoreCase("as") && c == last && c > from && words.get(c - 1).text().equalsIgnoreCase("known")) {
                return new Verdict(true, null);
            }
            if (!NamingVerbs.isNamingVerb(w)) {
                continue;
            }
            if (NamingVerbs.needsAs(w) && !particleBefore(words, c, last, "as")) {
                return null;
            }
            if (NamingVerbs.needsTo(w)) {
                // "Tribe likened the rules to “burning the Constitution”": a named speaker's comparison
                boolean object = c + 1 <= last && !words.get(c + 1).text().equalsIgnoreCase("to"); // not "compared to"
                SubjectFinder.Found namer = object && particleBefore(words, c, last, "to")
                        ? SubjectFinder.before(p, site.beforeFrom(), c) : null;
                return namer == null || !names(namer.phrase()) ? null : new Verdict(false, new Attribution(
                        namer.phrase(), w, namer.start(), words.get(c).start(), RuleId.NAMING, ' '));
            }
            String quoted = p.text().substring(site.quote().start(), site.quote().end());
            boolean label = quoted.split("\\s+").length <= MAX_LABEL_WORDS;
            // "what they call “family lunch”": the verb names the quotation; "Sanders called the suspension
            // “arbitrary”": the verb has its object, and the quoted word is the speaker's verdict on it
            boolean object = hasObject(words, c, last) && !CueVerbs.isParticiple(w) && !passive(words, c);
            if (label && !object) {
                // "what they call “family lunch”" names a thing; "an explosion that Mayor Ruiz described as “an
                // intentional act”" is a named person's verdict in their own words
                SubjectFinder.Found namer = SubjectFinder.before(p, site.beforeFrom(), c);
                if (namer == null || !names(namer.phrase()) || passive(words, c)) {
                    return new Verdict(true, null);
                }
                return new Verdict(false, new Attribution(namer.phrase(), w, namer.start(), words.get(c).start(),
                        RuleId.NAMING, ' '));
            }
            boolean participle = CueVerbs.isParticiple(w) && label && hasObject(words, c, last);
            SubjectFinder.Found subject = participle ? LeadingCueRule.participleSubject(p, c)
                    : SubjectFinder.before(p, site.beforeFrom(), c);
            if (participle && subject != null && !isGeneric(subject.phrase())) {
                // "Perez hammered Trump, calling him a “train wreck”": the verdict of the sentence's subject
                return new Verdict(false, new Attribution(subject.phrase(), w, subject.start(), words.get(c).start(),
                        RuleId.NAMING, ' '));
            }
            if (subject == null || isGeneric(subject.phrase())
                    || label && (!isSpecific(subject.phrase()) || !LeadingCueRule.speaks(subject.phrase()))) {
                return new Verdict(true, null);
            }
            return new Verdict(false, new Attribution(subject.phrase(), w, subject.start(), words.get(c).start(),
                    RuleId.NAMING, ' '));
        }
        return null;
    }

    /** "as “…”" or "as a “…”" (or "to") right before the quotation, after the verb at {@code verb}. */
    private static boolean particleBefore(List<Word> words, int verb, int last, String particle) {
        int k = last;
        if (k > verb && ARTICLES.contains(words.get(k).text().toLowerCase(Locale.ROOT))) {
            k--;
        }
        return k > verb && words.get(k).text().equalsIgnoreCase(particle);
    }

    /** Words between the verb and the quotation other than "as" and an article: the verb's object. */
    private static boolean hasObject(List<Word> words, int verb, int last) {
        for (int k = verb + 1; k <= last; k++) {
            String w = words.get(k).text().toLowerCase(Locale.ROOT);
            if (!w.equals("as") && !w.equals("a") && !w.equals("an") && !w.equals("the")) {
                return true;
            }
        }
        return false;
    }

    /** "was called", "has been described": the verb's subject is what was named, not who named it. */
    private static boolean passive(List<Word> words, int verb) {
        if (verb == 0) {
            return false;
        }
        String before = words.get(verb - 1).text().toLowerCase(Locale.ROOT);
        return before.equals("is") || before.equals("was") || before.equals("were") || before.equals("are")
                || before.equals("been") || before.equals("be") || before.equals("being");
    }

    /** A named speaker, a definite description or a pronoun for one person: someone whose verdict it is. */
    private static boolean isSpecific(SpeakerPhrase phrase) {
        return switch (phrase.form()) {
            case NAME -> true;
            case DEFINITE -> !phrase.plural();
            case PRONOUN -> phrase.name().equals("he") || phrase.name().equals("she");
            default -> false;
        };
    }

    /** A named speaker, or "he" or "she": someone whose own words a label can be. */
    private static boolean names(SpeakerPhrase phrase) {
        return phrase.form() == SpeakerPhrase.Form.NAME && LeadingCueRule.speaks(phrase)
                || phrase.form() == SpeakerPhrase.Form.PRONOUN && isSpecific(phrase);
    }

    /** "they", "people", "residents": whoever names a thing in general is not a source. */
    private static boolean isGeneric(SpeakerPhrase phrase) {
        if (phrase.form() == SpeakerPhrase.Form.PRONOUN) {
            String p = phrase.name().toLowerCase(Locale.ROOT);
            return p.equals("they") || p.equals("we") || p.equals("you") || p.equals("it");
        }
        if (phrase.form() == SpeakerPhrase.Form.BARE && phrase.head() != null) {
            return GENERIC.contains(phrase.name().toLowerCase(Locale.ROOT));
        }
        return false;
    }

    /** Nouns that introduce the words themselves: "the word “accident”". */
    private static final java.util.Set<String> LABEL_NOUNS = java.util.Set.of("word", "words", "term", "phrase",
            "slogan", "nickname", "label", "motto", "name", "title", "headline", "hashtag");
    private static final java.util.Set<String> ARTICLES = java.util.Set.of("the", "a", "an");

    /** Subjects that name things the way everybody does. */
    private static final java.util.Set<String> GENERIC = Lexicon.words("generic-namers");
}
