package io.tearsheet.quotes.internal;

import io.tearsheet.read.conventions.Text;

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
    /** How many words may stand between the naming verb and the quotation ("called the council's neglect of the sea wall"). */
    private static final int MAX_GAP_WORDS = 12;

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
        if (namesAShowsPeople(p, site.quote())) {
            return new Verdict(true, null); // "told “Morning Edition” host Ana Ruiz": the show's title
        }
        for (int c = last; c >= from && c >= last - MAX_GAP_WORDS; c--) {
            String w = words.get(c).text();
            if (CueWords.isSpeechCue(p, c) || CueVerbs.isParticiple(w) && CueVerbs.speech(w) != null
                    && opensClause(p, c)) {
                return null; // "…, adding: “…”": a verb of speech nearer the quotation than any naming verb
            }
            if (NamingVerbs.isLabelMarker(w)) {
                return c == last ? new Verdict(true, null) : null;
            }
            if (c == last && LABEL_NOUNS.contains(w.toLowerCase(Locale.ROOT)) && c > 0
                    && FunctionWords.isArticle(words.get(c - 1).text())
                    && p.text().substring(words.get(c).end(), open).isBlank()) {
                Verdict user = wordsOfTheirOwn(p, c - 1);
                return user != null ? user : new Verdict(true, null); // "the word “accident”", "the phrase “witch hunt”"
            }
            if (c == last && p.text().substring(words.get(c).end(), open).isBlank() && isTitleCased(site)
                    && (WORK_NOUNS.contains(w.toLowerCase(Locale.ROOT)) || isCapitalisedPossessive(w))) {
                return new Verdict(true, null); // "the radio show “Harbour Hour”", "CNN's “State of the Union”"
            }
            if (w.equalsIgnoreCase("as") && c == last && c > from && words.get(c - 1).text().equalsIgnoreCase("known")) {
                return new Verdict(true, null);
            }
            if (!NamingVerbs.isNamingVerb(w) || isNoun(words, c)) {
                continue;
            }
            if (NamingVerbs.needsAs(w) && !NamingVerbs.particleBefore(words, c, last, "as")) {
                // "Trump attacked “the hateful ideology …”": the quotation is the verb's own object, the subject's words
                return c == last && !CueVerbs.isParticiple(w) && Character.isLowerCase(w.charAt(0))
                        ? subjectsWords(p, c) : null;
            }
            if (NamingVerbs.needsTo(w)) {
                // "Tribe likened the rules to “burning the Constitution”": a named speaker's comparison
                boolean object = c + 1 <= last && !words.get(c + 1).text().equalsIgnoreCase("to"); // not "compared to"
                SubjectFinder.Found namer = object && NamingVerbs.particleBefore(words, c, last, "to")
                        ? SubjectFinder.before(p, site.beforeFrom(), c) : null;
                return namer == null || !names(namer.phrase()) ? null : verdictOf(namer, w, words.get(c));
            }
            if (c == last && namedThingBefore(p, c)) {
                return new Verdict(true, null); // "a test called “…”": the thing's name, no one's words
            }
            String quoted = p.text().substring(site.quote().start(), site.quote().end());
            boolean label = Text.SPACE_RUNS.split(quoted).length <= MAX_LABEL_WORDS;
            // "what they call “family lunch”": the verb names the quotation; "Sanders called the suspension
            // “arbitrary”": the verb has its object, and the quoted word is the speaker's verdict on it
            boolean participleWithObject = CueVerbs.isParticiple(w) && hasObject(words, c, last);
            boolean object = hasObject(words, c, last) && !CueVerbs.isParticiple(w) && !passive(words, c);
            if (label && !object && !participleWithObject) {
                // "what they call “family lunch”" names a thing; "an explosion that Mayor Ruiz described as “an
                // intentional act”" is a named person's verdict in their own words
                SubjectFinder.Found namer = SubjectFinder.before(p, site.beforeFrom(), c);
                if (passive(words, c)) {
                    return null; // "was branded “in homage to” him, Song wrote": nobody named it here; a cue may follow
                }
                if (namer == null || !names(namer.phrase())) {
                    return new Verdict(true, null);
                }
                return verdictOf(namer, w, words.get(c));
            }
            // "Trump defended the incident, calling the man “…”": a participle's subject is the sentence's
            boolean participle = participleWithObject && !CueWords.isProgressive(p, c);
            SubjectFinder.Found subject = participle ? LeadingCueRule.participleSubject(p, c) : null;
            if (participle && !label && subject == null) {
                if (opensClause(p, c)) {
                    return null; // "…, calling the man “…”" with no subject found for the sentence
                }
                participle = false; // "a statement describing the meeting as “…”": the phrase before it
            }
            if (!participle) {
                // "Bush referred to Rubio as “…” but described his skills as a “…”": "but" shares the subject
                // that stands before the earlier quotation
                boolean joined = c > 0 && (words.get(c - 1).text().equals("and") || words.get(c - 1).text().equals("but"));
                subject = SubjectFinder.before(p, joined ? p.sentenceStart(words.get(c).start()) : site.beforeFrom(), c);
            }
            if (participle && subject != null && !isGeneric(subject.phrase())) {
                // "Perez hammered Trump, calling him a “train wreck”": the verdict of the sentence's subject
                return verdictOf(subject, w, words.get(c));
            }
            if (subject == null || isGeneric(subject.phrase())
                    || label && (!isSpecific(subject.phrase()) || !judges(subject.phrase(), opensSentence(p, subject)))) {
                return new Verdict(true, null);
            }
            return verdictOf(subject, w, words.get(c));
        }
        return characterisation(site);
    }

    /**
     * "Reid has gone after Trump as a “human leech”", "pounding him as a “con artist”": a person named or meant
     * by a pronoun, then "as" (and an article) right before the quotation, is the sentence subject's verdict on them
     * when that subject is a named speaker and no naming verb stands nearer.
     */
    private static Verdict characterisation(QuoteSite site) {
        ParagraphText p = site.paragraph();
        List<Word> words = p.words();
        int k = p.wordAt(site.quote().open()) - 1;
        if (k >= 0 && FunctionWords.isArticle(words.get(k).text())) {
            k--;
        }
        if (k < 2 || !words.get(k).text().equals("as")
                || !p.text().substring(words.get(k).end(), site.quote().open()).strip().matches("(?i)(an?|the)?")) {
            return null;
        }
        int verb = k - 1; // the word before the object: "after", "pounding", "portrayed"
        if (OBJECT_PRONOUNS.contains(words.get(verb).text())) {
            verb--;
        } else {
            while (verb > 0 && SpeakerPhraseParser.isCapitalised(words.get(verb).text())) {
                verb--; // "Donald Trump"
            }
            if (verb == k - 1) {
                return null;
            }
        }
        String w = words.get(verb).text();
        if (verb < 1 || !Character.isLowerCase(w.charAt(0)) || FunctionWords.isDeterminer(w)
                || !p.text().substring(words.get(verb).end(), words.get(k).start()).matches("[\\p{L}\\s.'’-]+")) {
            return null;
        }
        return subjectsWords(p, verb);
    }

    /**
     * "Obama said the words “lump” …", "Trump has used the phrase “Islamic terrorism”": the label is the object of the
     * subject's own speech ("said", "used"), so the words are the named subject's; null otherwise.
     */
    private static Verdict wordsOfTheirOwn(ParagraphText p, int article) {
        if (article < 1) {
            return null;
        }
        String v = p.words().get(article - 1).text().toLowerCase(Locale.ROOT);
        return CueVerbs.speech(v) == null && !USE_VERBS.contains(v) ? null : subjectsWords(p, article - 1);
    }

    /** The quotation after word {@code at}, a verb, is the words of the sentence's subject when that is a named speaker. */
    private static Verdict subjectsWords(ParagraphText p, int at) {
        Word verb = p.words().get(at);
        int sentence = Math.max(p.sentenceStart(verb.start()), p.lastQuotationEndBefore(verb.start()));
        SubjectFinder.Found subject = SubjectFinder.sentenceSubject(p, sentence, verb.end());
        if (subject == null || subject.phrase().form() != SpeakerPhrase.Form.NAME
                || !LeadingCueRule.speaks(subject.phrase())) {
            return null;
        }
        return verdictOf(subject, verb.text(), verb);
    }

    private static final java.util.Set<String> USE_VERBS = java.util.Set.of("use", "uses", "used", "using", "repeat",
            "repeats", "repeated", "repeating", "utter", "utters", "uttered", "uttering");

    private static final java.util.Set<String> OBJECT_PRONOUNS = java.util.Set.of("him", "her", "them");

    /** The words are {@code namer}'s, named by the verb {@code verb} (written {@code w}). */
    private static Verdict verdictOf(SubjectFinder.Found namer, String w, Word verb) {
        return new Verdict(false, new Attribution(namer.phrase(), w, namer.start(), verb.start(), RuleId.NAMING, ' '));
    }

    /** How many modifiers may stand between the article and the noun of "a Facebook group called “…”". */
    private static final int MAX_NAMED_THING_MODIFIERS = 2;

    /**
     * Whether the naming verb at {@code c} follows the noun it names, after its article and perhaps a modifier or
     * two: "a test called", "A Facebook group called", "the new bridge named".
     */
    private static boolean namedThingBefore(ParagraphText p, int c) {
        List<Word> words = p.words();
        if (c < 2) {
            return false;
        }
        String noun = words.get(c - 1).text();
        if (!Character.isLowerCase(noun.charAt(0)) || !CueWords.adjacent(p, c - 1, c)
                || FunctionWords.isDeterminer(noun) || FunctionWords.isAuxiliary(noun)
                || FunctionWords.isPreposition(noun) || FunctionWords.isAdverb(noun) || HeadNouns.isPlural(noun)) {
            return false; // "was branded", "then called", "officials called": no noun the verb names
        }
        for (int k = c - 2; k >= Math.max(0, c - 2 - MAX_NAMED_THING_MODIFIERS); k--) {
            String w = words.get(k).text();
            if (!CueWords.adjacent(p, k, k + 1)) {
                return false;
            }
            if (FunctionWords.isDeterminer(w)) {
                if (FunctionWords.isPossessive(w) || FunctionWords.isSubjectPronoun(w)) {
                    return false;
                }
                // "a man called “…”" is named so; "the mayor called “…”" may be the mayor speaking
                HeadNouns.NounClass kind = HeadNouns.classOf(noun);
                return w.equalsIgnoreCase("a") || w.equalsIgnoreCase("an")
                        || kind != HeadNouns.NounClass.PERSON && kind != HeadNouns.NounClass.ORGANIZATION;
            }
        }
        return false;
    }

    /**
     * "a fundraising call", "the label": a naming word in its base form after a determiner, perhaps with one
     * modifier, is a noun ("one lawmaker called", "many critics call" are verbs).
     */
    static boolean isNoun(List<Word> words, int c) {
        String word = words.get(c).text().toLowerCase(Locale.ROOT);
        if (word.endsWith("ed") || word.endsWith("s") || word.endsWith("ing")) {
            return false;
        }
        for (int k = c - 1; k >= Math.max(0, c - 2); k--) {
            String w = words.get(k).text();
            if (FunctionWords.isDeterminer(w) && !FunctionWords.isSubjectPronoun(w)) {
                return true;
            }
            boolean nameAsModifier = k == c - 1 && k > 0 && FunctionWords.isArticle(words.get(k - 1).text());
            if (!Character.isLowerCase(w.charAt(0)) && !nameAsModifier || FunctionWords.isPreposition(w)
                    || HeadNouns.isPlural(w)) {
                return false; // "the Swahili nickname" is a noun after its article; "Trump nickname" is no phrase
            }
        }
        return false;
    }

    /** ", adding: “…”", "stressing, “…”": a participle that opens a clause of its own after or before a mark. */
    private static boolean opensClause(ParagraphText p, int c) {
        String text = p.text();
        Word word = p.words().get(c);
        String before = text.substring(0, word.start()).stripTrailing();
        String after = text.substring(word.end()).stripLeading();
        return before.endsWith(",") || before.endsWith("—") || after.startsWith(":") || after.startsWith(",");
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
        if (verb == 0 || CueVerbs.isParticiple(words.get(verb).text())) {
            return false; // "is describing" is the progressive, not the passive
        }
        String before = words.get(verb - 1).text().toLowerCase(Locale.ROOT);
        return before.equals("is") || before.equals("was") || before.equals("were") || before.equals("are")
                || before.equals("been") || before.equals("be") || before.equals("being");
    }

    /** A named speaker, a description or a pronoun for one person: someone whose verdict it is. */
    private static boolean isSpecific(SpeakerPhrase phrase) {
        return switch (phrase.form()) {
            case NAME -> true;
            case DEFINITE, INDEFINITE -> !phrase.plural(); // "the mayor", "a reporter for the agency", "one aide"
            case PRONOUN -> phrase.name().equals("he") || phrase.name().equals("she");
            default -> false;
        };
    }

    /**
     * Whether a subject can give a verdict in a label of its own: a speaker, or one person not yet named opening the
     * sentence ("A reporter for the agency called it “absolute chaos”", "One aide has called the plan “a mess”").
     */
    private static boolean judges(SpeakerPhrase phrase, boolean opensSentence) {
        return LeadingCueRule.speaks(phrase) || opensSentence
                && phrase.form() == SpeakerPhrase.Form.INDEFINITE && phrase.isPerson() && !phrase.plural();
    }

    /**
     * Whether the subject opens its sentence: one person not yet named is the subject only there ("The candidate has
     * mocked a disabled reporter, referred to …": the reporter is an object of the verb before).
     */
    private static boolean opensSentence(ParagraphText p, SubjectFinder.Found subject) {
        return p.text().substring(p.sentenceStart(subject.start()), subject.start()).isBlank();
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

    /** "CNN's", "NBC’s": a capitalised possessive, whose quoted noun is a title when title-cased. */
    private static boolean isCapitalisedPossessive(String w) {
        return w.length() > 2 && Character.isUpperCase(w.charAt(0)) && (w.endsWith("'s") || w.endsWith("’s"));
    }

    /** Every word of the quotation longer than three letters opens with a capital: "State of the Union". */
    private static boolean isTitleCased(QuoteSite site) {
        return isTitleCased(site.paragraph(), site.quote());
    }

    private static boolean isTitleCased(ParagraphText p, MarkedQuote quote) {
        String text = p.text();
        int start = quote.start();
        int end = quote.end();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int words = 0;
        // words between runs of ASCII white space, looked at in place: quotations can be long
        for (int i = start; i < end; ) {
            int wordEnd = i;
            while (wordEnd < end && !Separators.isPatternSpace(text.charAt(wordEnd))) {
                wordEnd++;
            }
            if (++words > MAX_LABEL_WORDS + 2 || wordEnd - i > 3 && !Character.isUpperCase(text.charAt(i))) {
                return false;
            }
            i = wordEnd;
            while (i < end && Separators.isPatternSpace(text.charAt(i))) {
                i++;
            }
        }
        return true;
    }

    /**
     * A title-cased quotation right before the role of someone on it: "“Morning Edition” host", "“Tides” star". Such a
     * title does not end the attribution it stands in ("told “Morning Edition” host Ana Ruiz, “Q”").
     */
    static boolean namesAShowsPeople(ParagraphText p, MarkedQuote quote) {
        int next = p.wordAt(quote.after());
        if (quote.runsOn() || next >= p.words().size() || !isTitleCased(p, quote)
                || !p.text().substring(quote.after(), p.words().get(next).start()).equals(" ")) {
            return false;
        }
        return SHOW_ROLES.contains(p.words().get(next).text());
    }

    /** The people of a show, named after its title. */
    private static final java.util.Set<String> SHOW_ROLES = java.util.Set.of("host", "co-host", "cohost", "anchor",
            "co-anchor", "moderator", "presenter", "correspondent", "producer", "star", "creator", "showrunner",
            "contestant", "panelist", "guest", "narrator", "director", "author", "columnist", "editor", "hosts",
            "stars", "guests", "panelists", "contestants");

    /** Nouns that name a work by its title: "the radio show “Harbour Hour”", "the film “Tides”". */
    private static final java.util.Set<String> WORK_NOUNS = java.util.Set.of("show", "program", "programme", "film",
            "movie", "book", "song", "album", "series", "documentary", "podcast", "novel", "play", "episode", "column",
            "segment", "memoir", "musical", "opera", "exhibition", "painting", "poem", "newsletter", "magazine");

    /** Nouns that introduce the words themselves: "the word “accident”". */
    private static final java.util.Set<String> LABEL_NOUNS = java.util.Set.of("word", "words", "term", "phrase",
            "slogan", "nickname", "label", "motto", "name", "title", "headline", "hashtag");

    /** Subjects that name things the way everybody does. */
    private static final java.util.Set<String> GENERIC = Lexicon.words("generic-namers");
}
