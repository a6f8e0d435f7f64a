package io.tearsheet.quotes.internal;

import java.util.List;

/**
 * An attribution before the quotation, in the same sentence: X said: “Q” / X told the council last spring: “Q” /
 * X said, “Q” / according to X, “Q”. When no colon or comma introduces the quotation, it is part of the reported
 * clause, a partial quotation: He says the boats are “a great deal more polite” than …
 */
public final class LeadingCueRule implements AttributionRule {
    private static final int MAX_INTRO_WORDS = 14;
    /** How many words back from the quotation a cue verb may stand. */
    private static final int MAX_BACK_WORDS = 60;
    /** A naming verb this many words or fewer before the quotation makes it a label (see {@link NamingVerbRule}). */
    private static final int NAMING_REACH = 6;

    @Override
    public Attribution apply(QuoteSite site) {
        Attribution credited = ColonRule.dashCredit(site);
        if (credited != null) {
            return credited; // "Pollsters agree - Carl Bialik: “Q”": the name after the dash, not the heading's subject
        }
        ParagraphText p = site.paragraph();
        List<Word> words = p.words();
        int open = site.quote().open();
        String text = p.text();
        String before = site.before().strip();
        boolean embedded = !before.isEmpty() && !before.endsWith(":") && !before.endsWith(",");
        // "X said each brooch was ‘a unique piece’ and that the ‘real loss’ …": one reported clause, two quotations
        int floor = embedded ? p.sentenceStart(open) : site.beforeFrom();
        int last = p.wordAt(open) - 1;
        int from = Math.max(p.wordAt(floor), last - MAX_BACK_WORDS);
        for (int c = last; c >= from; c--) {
            Word word = words.get(c);
            if ((NamingVerbs.namesQuotationAfter(words, c, last) && !NamingVerbRule.isNoun(words, c)
                    || NamingVerbs.isLabelMarker(word.text())) && c >= last - NAMING_REACH) {
                return null; // the quotation is a name or label: see NamingVerbRule
            }
            if (CueWords.isAccordingTo(p, c)) {
                return accordingTo(p, c, open);
            }
            Attribution inWords = inWordsOf(p, c, open);
            if (inWords != null) {
                return inWords;
            }
            RuleId rule = RuleId.LEADING;
            SubjectFinder.Found subject;
            if (CueWords.isSpeechCue(p, c)) {
                Attribution inverted = invertedBeforeQuotation(p, c, open);
                if (inverted == null) {
                    inverted = invertedWithClause(p, c, open);
                }
                if (inverted != null) {
                    return inverted;
                }
                subject = SubjectFinder.before(p, floor, c);
                if (subject != null && (!plausible(subject.phrase()) || isImpersonal(subject.phrase()))
                        && outerCue(p, floor, subject.start()) >= 0) {
                    // "a source said the areas that were hacked suggested …", "she says it underscores that …":
                    // the outer speaker is the source
                    c = outerCue(p, floor, subject.start()) + 1;
                    continue;
                }
                if (subject != null && outerCue(p, p.sentenceStart(subject.start()), subject.start()) >= 0) {
                    rule = RuleId.RELAYED; // "Hill said Sondland told her: “Q”": the inner speaker's words
                }
            } else if (CueWords.isDocumentCue(p, c)) {
                // "A study by the board found that the crossing was “…”": a document reports through its own verbs
                subject = SubjectFinder.before(p, floor, c);
                String opening = subject == null ? ""
                        : text.substring(p.sentenceStart(word.start()), subject.start()).strip();
                if (subject == null || subject.phrase().kind() != io.tearsheet.model.SourceKind.DOCUMENT
                        || !opening.isEmpty() && !opening.endsWith(",")) {
                    continue; // only a document that opens the sentence (after an opening phrase, perhaps)
                }
            } else if (isSpeechParticiple(word.text())) {
                // "…, telling reporters, “Q”" / "with Ryan saying he was “encouraged”": the participle's subject
                subject = participleSubject(p, c);
                if (subject == null) {
                    continue;
                }
                rule = RuleId.PARTICIPLE;
            } else {
                continue;
            }
            if (subject == null && embedded && c > 0 && FunctionWords.isRelative(words.get(c - 1).text())) {
                continue; // "saying anybody who complains about it “is …”": a relative clause inside the reported one
            }
            if (subject == null) {
                return null;
            }
            String between = text.substring(CueWords.cueEnd(p, c), open).strip();
            char connector = ' ';
            if (between.endsWith(":")) {
                connector = ':';
                String intro = between.substring(0, between.length() - 1).strip();
                if (intro.split(" ").length > MAX_INTRO_WORDS || intro.contains(",") && !intro.isEmpty()
                        && !Adverbials.isComplement(intro, "tell")) {
                    return null;
                }
            } else if (between.endsWith(",") || between.isEmpty()) {
                String intro = between.isEmpty() ? "" : between.substring(0, between.length() - 1);
                if (Adverbials.isComplement(intro, CueVerbs.speech(word.text()))) {
                    connector = between.isEmpty() ? ' ' : ',';
                }
            }
            return new Attribution(subject.phrase(), CueWords.cueText(p, c), subject.start(), word.start(), rule, connector);
        }
        return null;
    }

    /**
     * "Because of how the schedule was made, explained Rosenberg, “Q”": a cue set off by a comma, then a name and
     * the comma or colon that introduces the quotation; null for any other shape.
     */
    private static Attribution invertedBeforeQuotation(ParagraphText p, int c, int open) {
        String text = p.text();
        Word cue = p.words().get(c);
        String after = text.substring(CueWords.cueEnd(p, c), open).strip();
        if (!isInvertedCue(p, c) || !(after.endsWith(",") || after.endsWith(":")) || after.length() < 2) {
            return null; // "Myers, who ran the office, told Variety: “Q”": the name after "told" is the listener
        }
        String named = after.substring(0, after.length() - 1).strip();
        SpeakerPhrase phrase = SpeakerPhraseParser.parse(named);
        if (phrase == null || phrase.form() != SpeakerPhrase.Form.NAME || named.indexOf(',') >= 0) {
            return null;
        }
        return new Attribution(phrase, CueWords.cueText(p, c), text.indexOf(named, cue.end()), open, RuleId.INVERTED,
                after.charAt(after.length() - 1));
    }

    /**
     * "…, says a report highlighting the “Q”", "…, says a survey that found “Q”": an inverted cue after a comma, its
     * speaker, then what the speaker holds or found, with the quotation in it: the speaker's words.
     */
    private static Attribution invertedWithClause(ParagraphText p, int c, int open) {
        String text = p.text();
        List<Word> words = p.words();
        if (!isInvertedCue(p, c) || c + 1 >= words.size() || !FunctionWords.isArticle(words.get(c + 1).text())) {
            return null;
        }
        int last = p.wordAt(open) - 1;
        for (int k = c + 2; k <= last && k <= c + 1 + MAX_INVERTED_WORDS; k++) {
            String w = words.get(k).text();
            boolean clause = w.endsWith("ing") && Character.isLowerCase(w.charAt(0)) || w.equals("that")
                    || w.equals("which") || w.equals("who");
            if (!CueWords.adjacent(p, k - 1, k)) {
                return null;
            }
            if (clause) {
                String named = text.substring(words.get(c + 1).start(), words.get(k - 1).end());
                SpeakerPhrase phrase = SpeakerPhraseParser.parse(named);
                return phrase == null || !plausible(phrase) ? null : new Attribution(phrase, CueWords.cueText(p, c),
                        words.get(c + 1).start(), words.get(k - 1).end(), RuleId.INVERTED, ' ');
            }
        }
        return null;
    }

    /**
     * Whether the cue at {@code c} follows a comma, so that its speaker may come after it ("…, explained Rosenberg"),
     * and is a verb whose object is no listener ("told Variety" names whom it was told to).
     */
    private static boolean isInvertedCue(ParagraphText p, int c) {
        Word cue = p.words().get(c);
        String lemma = CueVerbs.speech(cue.text());
        String before = p.text().substring(p.sentenceStart(cue.start()), cue.start()).stripTrailing();
        return before.endsWith(",") && lemma != null && !CueVerbs.takesObject(lemma);
    }

    /** How many words the speaker of "says a report highlighting …" may have. */
    private static final int MAX_INVERTED_WORDS = 6;

    /** The last speech cue between {@code from} and {@code to}, or -1. */
    private static int outerCue(ParagraphText p, int from, int to) {
        int found = -1;
        for (int k = p.wordAt(from); k < p.words().size() && p.words().get(k).start() < to; k++) {
            if (CueWords.isSpeechCue(p, k)) {
                found = k;
            }
        }
        return found;
    }

    /** Whether a phrase could name someone who speaks: a name, a pronoun, a person, a body, a document. */
    static boolean plausible(SpeakerPhrase phrase) {
        return switch (phrase.form()) {
            case NAME, PRONOUN, COORDINATED -> true;
            default -> phrase.isPerson() || phrase.kind() == io.tearsheet.model.SourceKind.ORGANIZATION
                    || phrase.kind() == io.tearsheet.model.SourceKind.PUBLICATION
                    || phrase.kind() == io.tearsheet.model.SourceKind.DOCUMENT
                    || phrase.head() != null && HeadNouns.looksLikePerson(phrase.head());
        };
    }

    /** "it", "this", "that": a pronoun that points at a thing more often than at a speaker. */
    private static boolean isImpersonal(SpeakerPhrase phrase) {
        return phrase.form() == SpeakerPhrase.Form.PRONOUN
                && (phrase.name().equals("it") || phrase.name().equals("this") || phrase.name().equals("that"));
    }

    /** "saying", "telling", "adding": a speech verb's participle. */
    private static boolean isSpeechParticiple(String word) {
        return Character.isLowerCase(word.charAt(0)) && CueVerbs.isParticiple(word) && CueVerbs.speech(word) != null
                && !CueVerbs.isNounLike(word);
    }

    /**
     * Who speaks through a participle: the name or pronoun right before it ("Ryan saying"), or, after a comma, the
     * subject of the sentence ("Weaver was unimpressed, telling reporters …"); null when neither is clear.
     */
    static SubjectFinder.Found participleSubject(ParagraphText p, int c) {
        if (c == 0) {
            return null;
        }
        List<Word> words = p.words();
        String gap = p.text().substring(words.get(c - 1).end(), words.get(c).start());
        int sentenceStart = p.sentenceStart(words.get(c).start());
        int sentence = Math.max(sentenceStart, p.lastQuotationEndBefore(words.get(c).start()));
        // the words between the quotation that ends the clause so far and the cue, when one does
        String afterQuotation = sentence > sentenceStart ? p.text().substring(sentence, words.get(c).start()) : null;
        // "… was “a disgrace,” adding": the comma inside the quotation's closing mark
        boolean commaInQuotation = afterQuotation != null && afterQuotation.isBlank()
                && lastCharBefore(p.text(), sentence - 1) == ',';
        if (!commaInQuotation && gap.isBlank()) {
            String before = words.get(c - 1).text();
            if (Adverbials.isTimeAdverbial(before) || HeadNouns.classOf(before) == HeadNouns.NounClass.DOCUMENT
                    && Character.isLowerCase(before.charAt(0))) {
                // "… a statement saying": the statement's words are those of whoever issued it, the main subject
                // "Trump sent a series of tweets early Friday saying …": the participle goes with the main clause
                SubjectFinder.Found main = SubjectFinder.sentenceSubject(p, sentence, words.get(c - 1).end());
                return main != null && speaks(main.phrase()) ? main : null;
            }
            if (before.equals("and")) {
                // "came out fighting by branding the letter ‘misleading’ and insisting: “Q”": the first participle's
                int first = coordinatedParticiple(p, c - 1);
                return first < 0 ? null : participleSubject(p, first);
            }
            if (MEANS_AND_TIME.contains(before)) {
                // "Obama ended his speech by saying “Too many.”": the means of the main clause's own action; "drew
                // boos upon saying", "while adding": the same subject's speech at the time of its action
                SubjectFinder.Found main = SubjectFinder.sentenceSubject(p, sentence, words.get(c - 1).start());
                if (main == null && sentence > sentenceStart) {
                    // "Lind insisted it was “premature” to decide while adding": the clause the quotation stands in
                    main = SubjectFinder.sentenceSubject(p, sentenceStart, p.lastQuotationOpenBefore(sentence));
                }
                return main != null && speaks(main.phrase()) && !hasClauseOfItsOwn(words, main.start(), c) ? main : null;
            }
            String named = before;
            if (c >= 2 && FunctionWords.isAuxiliary(before) && before.endsWith("ly")
                    && CueWords.adjacent(p, c - 2, c - 1)) {
                named = words.get(c - 2).text(); // "with Trump reportedly yelling"
            }
            if (!SpeakerPhraseParser.isCapitalised(named) && !FunctionWords.isSubjectPronoun(named)) {
                return null;
            }
            SubjectFinder.Found absolute = SubjectFinder.before(p, sentence, c);
            return absolute != null && speaks(absolute.phrase()) ? absolute : null;
        }
        if (!gap.strip().equals(",") && !commaInQuotation) {
            return null;
        }
        SubjectFinder.Found main = SubjectFinder.sentenceSubject(p, sentence, words.get(c - 1).end(), true);
        if (main == null && afterQuotation != null && (commaInQuotation || afterQuotation.strip().equals(","))) {
            // "Lind told the paper the plan was “a disgrace,” adding, “Q”": the participle goes on from the clause
            // the first quotation stands in
            main = SubjectFinder.sentenceSubject(p, sentenceStart, p.lastQuotationOpenBefore(sentence), true);
        }
        // "A spokeswoman for the firm declined to comment, saying …"; "A man was arrested, … calling" is not his
        boolean someone = main != null && main.phrase().form() == SpeakerPhrase.Form.INDEFINITE && main.phrase().isPerson()
                && !main.phrase().plural() && !passiveAfter(p, main);
        if (main == null || !speaks(main.phrase()) && !someone || hasClauseOfItsOwn(words, main.start(), c)) {
            return null;
        }
        return main;
    }

    /** The last character before {@code end} that is not white space, or 0 when there is none. */
    private static char lastCharBefore(String text, int end) {
        int k = end - 1;
        while (k >= 0 && Character.isWhitespace(text.charAt(k))) {
            k--;
        }
        return k < 0 ? 0 : text.charAt(k);
    }

    /** Words before a participle whose subject is the main clause's: "by saying", "upon saying", "while adding". */
    private static final java.util.Set<String> MEANS_AND_TIME = java.util.Set.of("by", "upon", "while", "after",
            "before", "when");

    /** How many words back a participle joined by "and" may stand: "by branding the letter … and insisting". */
    private static final int MAX_COORDINATION_WORDS = 12;

    /**
     * The participle that the one after "and" at word {@code and} is joined to: a participle of the same sentence
     * after "by", "upon", "while" … or a comma, within {@link #MAX_COORDINATION_WORDS}; -1 when there is none.
     */
    private static int coordinatedParticiple(ParagraphText p, int and) {
        List<Word> words = p.words();
        int sentence = p.sentenceStart(words.get(and).start());
        for (int k = and - 1; k > 0 && k >= and - MAX_COORDINATION_WORDS && words.get(k).start() >= sentence; k--) {
            String w = words.get(k).text();
            if (!CueVerbs.isParticiple(w) || w.length() < 5 || !Character.isLowerCase(w.charAt(0))) {
                continue;
            }
            String gap = p.text().substring(words.get(k - 1).end(), words.get(k).start());
            return gap.strip().equals(",") || MEANS_AND_TIME.contains(words.get(k - 1).text()) ? k : -1;
        }
        return -1;
    }

    /**
     * Whether a clause with a subject of its own ("where about 50 protesters had gathered", "when the crowd
     * arrived") stands between the sentence's subject and the participle: the participle may be that subject's,
     * so neither is sure.
     */
    private static boolean hasClauseOfItsOwn(List<Word> words, int subjectStart, int participle) {
        for (int i = 0; i + 1 < participle; i++) {
            if (words.get(i).start() <= subjectStart) {
                continue;
            }
            String w = words.get(i).text();
            if (w.equals("where") || w.equals("when") || w.equals("while")) {
                String next = words.get(i + 1).text();
                if (FunctionWords.isDeterminer(next) || FunctionWords.isSubjectPronoun(next)
                        || next.equalsIgnoreCase("about") || Character.isDigit(next.charAt(0))
                        || SpeakerPhraseParser.isCapitalised(next)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A participle's subject must be someone: a person's or a body's name, "he", "she", "they", "the company". */
    /** Whether a form of "be" follows the subject: "a man was arrested" did nothing himself. */
    private static boolean passiveAfter(ParagraphText p, SubjectFinder.Found subject) {
        int k = p.wordAt(subject.start() + subject.phrase().surface().length());
        if (k >= p.words().size()) {
            return false;
        }
        return CueWords.isBeForm(p.words().get(k).text().toLowerCase(java.util.Locale.ROOT));
    }

    static boolean speaks(SpeakerPhrase phrase) {
        return switch (phrase.form()) {
            case NAME -> phrase.name().split(" ").length <= 5;
            case PRONOUN -> !phrase.name().equals("it") && !phrase.name().equals("i") && !phrase.name().equals("we");
            case DEFINITE -> phrase.isPerson() || phrase.kind() == io.tearsheet.model.SourceKind.ORGANIZATION
                    || phrase.kind() == io.tearsheet.model.SourceKind.PUBLICATION;
            default -> false;
        };
    }

    /** According to X, “Q” — the phrase runs to the next comma. */
    private static Attribution accordingTo(ParagraphText p, int c, int open) {
        Word to = p.words().get(c + 1);
        String rest = p.text().substring(to.end(), open);
        int comma = rest.indexOf(',');
        String phraseText = comma < 0 ? rest : rest.substring(0, comma);
        boolean clause = comma >= 0 && !rest.substring(comma + 1).isBlank();
        if (clause && hasCue(p, to.end() + comma, open)) {
            return null; // another attribution stands between: "according to X, Y said …"
        }
        SpeakerPhrase phrase = SpeakerPhraseParser.parse(phraseText);
        if (phrase == null) {
            return null;
        }
        int at = p.text().indexOf(phraseText.strip(), to.end());
        // "According to X, he was once … “Q”": the whole sentence is X's account
        return new Attribution(phrase, "according to", at, at + phraseText.strip().length(), RuleId.LEADING_ACCORDING_TO,
                comma < 0 || clause ? ' ' : ',');
    }

    /** How far before "words" the "In" of "In Dr. Ana Ruiz’s words" may stand. */
    private static final int MAX_WORDS_OF_REACH = 5;

    /**
     * In X’s words, “Q” / In the words of X, “Q”: X's words, when the phrase opens its clause (the sentence, or after
     * a comma) and only a comma or a colon stands between it and the quotation.
     */
    private static Attribution inWordsOf(ParagraphText p, int c, int open) {
        List<Word> words = p.words();
        if (!words.get(c).text().equals("words")) {
            return null;
        }
        String text = p.text();
        for (int k = c - 1; k >= Math.max(0, c - MAX_WORDS_OF_REACH); k--) {
            if (!words.get(k).text().equalsIgnoreCase("in")) {
                continue;
            }
            String lead = text.substring(p.sentenceStart(words.get(k).start()), words.get(k).start()).strip();
            if (!lead.isEmpty() && !lead.endsWith(",")) {
                return null;
            }
            int from;
            int to;
            boolean introduces = text.substring(words.get(c).end(), open).matches("\\s*[,:]\\s*");
            String pronoun = pronounOwner(words, k, c);
            if (k + 2 == c && words.get(k + 1).text().equals("the") && c + 2 < words.size()
                    && words.get(c + 1).text().equals("of")) {
                from = words.get(c + 2).start(); // "In the words of the mayor, Ana Ruiz, “Q”"
                to = text.lastIndexOf(',', open);
                if (to <= from || !text.substring(to + 1, open).isBlank()) {
                    return null;
                }
            } else if (pronoun != null && introduces) {
                // "In his words, “Q”", "In her own words: “Q”": the one the pronoun means
                SpeakerPhrase meant = SpeakerPhraseParser.parseHead(pronoun);
                int at = words.get(k + 1).start();
                return meant == null ? null : new Attribution(meant, "words", at, words.get(k + 1).end(),
                        RuleId.LEADING_ACCORDING_TO, ',');
            } else if (k + 1 < c && FunctionWords.isPossessive(words.get(c - 1).text()) && introduces) {
                Word owner = words.get(c - 1); // "In Dr. Shadlen’s words, “Q”", "the Joneses’ words"
                from = words.get(k + 1).start();
                to = owner.start() + SpeakerPhraseParser.owner(owner.text()).length();
            } else {
                return null;
            }
            SpeakerPhrase phrase = SpeakerPhraseParser.parse(text.substring(from, to));
            return phrase == null ? null
                    : new Attribution(phrase, "words", from, to, RuleId.LEADING_ACCORDING_TO, ',');
        }
        return null;
    }

    /** "he" for "In his (own) words", "she" for "her", "they" for "their"; null for anything else. */
    private static String pronounOwner(List<Word> words, int in, int wordsAt) {
        int n = wordsAt - in - 1;
        if (n < 1 || n > 2 || n == 2 && !words.get(in + 2).text().equals("own")) {
            return null;
        }
        return switch (words.get(in + 1).text().toLowerCase(java.util.Locale.ROOT)) {
            case "his" -> "he";
            case "her" -> "she";
            case "their" -> "they";
            default -> null;
        };
    }

    private static boolean hasCue(ParagraphText p, int from, int to) {
        for (int k = p.wordAt(from); k < p.words().size() && p.words().get(k).start() < to; k++) {
            if (CueWords.isSpeechCue(p, k) || CueWords.isAccordingTo(p, k)) {
                return true;
            }
        }
        return false;
    }
}
