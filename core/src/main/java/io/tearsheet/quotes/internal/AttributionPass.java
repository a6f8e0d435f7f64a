package io.tearsheet.quotes.internal;

import io.tearsheet.model.Article;
import io.tearsheet.model.Inline;
import io.tearsheet.model.Paragraph;
import io.tearsheet.model.Provenance;
import io.tearsheet.model.Quote;
import io.tearsheet.model.QuoteKind;
import io.tearsheet.model.Section;
import io.tearsheet.model.SourceKind;
import io.tearsheet.model.SpanLocation;
import io.tearsheet.read.conventions.Text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One run of quote attribution over one article: finds the quotations, the attributions around them and the
 * reported speech of groups and documents, resolves speakers to entities, applies the continuation rules,
 * classifies, and writes quotation spans, quotes and sources into a new article. Made per call; not shared.
 */
public final class AttributionPass {
    /**
     * The continuation rules in order. Run-on quotations go first, so the rules after them see every part that the
     * marks alone attribute, and again last: those rules may attribute one part of a running quotation (“Q1,” said
     * X. “Q2 … that runs on; or a later part through “Q3,” she said, after it), and its other parts follow.
     */
    private static final List<ContinuationRule> CONTINUATIONS = List.of(new RunOnContinuation(),
            new SameParagraphContinuation(), new BackwardContinuation(), new NextParagraphContinuation(),
            new RunOnContinuation());
    private static final AttributionRule TRAILING = new TrailingCueRule();
    private static final AttributionRule LEADING = new LeadingCueRule();
    private static final NamingVerbRule NAMING = new NamingVerbRule();
    private static final AttributionRule COLON = new ColonRule();
    private static final AttributionRule DASH_CREDIT = new DashCreditRule();

    private final int maxDepth;
    private final boolean insertions;
    private final boolean indirect;
    private final QuoteKindClassifier classifier;
    private final List<String> notes = new ArrayList<>();
    private final Map<String, Trace> traces = new HashMap<>();

    public AttributionPass(int maxDepth, int scareMaxWords, boolean insertions, boolean indirect) {
        this.maxDepth = maxDepth;
        this.insertions = insertions;
        this.indirect = indirect;
        this.classifier = new QuoteKindClassifier(scareMaxWords);
    }

    public Article run(Article article) {
        return ParsedPhrases.during(() -> attribute(article));
    }

    private Article attribute(Article article) {
        if (!article.quotes().isEmpty() || !SpanLocation.locate(article.sections()).isEmpty()) {
            throw new IllegalArgumentException("the article already has quotations; attribute an article without "
                    + "quote spans or quotes");
        }
        List<Paragraph> paragraphs = new ArrayList<>(article.paragraphs());
        if (insertions) {
            markInsertions(paragraphs);
        }
        Findings findings = new Findings(paragraphs.size());
        Discourse discourse = new Discourse(notes, article.metadata().credits());
        for (int i = 0; i < paragraphs.size(); i++) {
            read(i, paragraphs.get(i), findings, discourse);
        }
        acceptResolvedSpeakers(findings);
        answersGoToTheAsked(findings);
        new ParagraphBeforeRule(findings.closings, true).apply(findings.topLevel);
        for (ContinuationRule rule : CONTINUATIONS) {
            rule.apply(findings.topLevel);
        }
        new ParagraphBeforeRule(findings.closings, false).apply(findings.topLevel);
        new SentenceBeforeRule(findings.sentenceClosings).apply(findings.topLevel);
        new RunOnContinuation().apply(findings.topLevel);
        new NextParagraphContinuation().apply(findings.topLevel);
        classify(findings.all);
        return build(article, paragraphs, findings);
    }

    /** What the paragraphs yield, in reading order, for the steps after reading. */
    private static final class Findings {
        final List<ParagraphText> texts;
        final List<Candidate> all = new ArrayList<>();
        final List<Candidate> topLevel = new ArrayList<>();
        final List<IndirectAttribution> reported = new ArrayList<>();
        final Map<Attribution, Resolved> resolved = new IdentityHashMap<>();
        /** How each paragraph closes, where its last sentence is someone's reported speech. */
        final Map<Integer, ParagraphBeforeRule.Closing> closings = new HashMap<>();
        /** The reported speech sentences close on inside each paragraph, by paragraph and the sentence's end. */
        final Map<Integer, Map<Integer, ParagraphBeforeRule.Closing>> sentenceClosings = new HashMap<>();
        /** The entity of each resolved mention, by paragraph and the mention's start. */
        final Map<Integer, TreeMap<Integer, Entity>> mentionEntities = new HashMap<>();

        Findings(int paragraphs) {
            texts = new ArrayList<>(paragraphs);
        }
    }

    /**
     * Reads one paragraph, in reading order: its quotations, their explicit attributions, its reported speech, and
     * every mention resolved at once. The paragraph's words are dropped when it is done, so memory stays a small
     * multiple of the text.
     */
    private void read(int index, Paragraph paragraph, Findings findings, Discourse discourse) {
        String text = paragraph.plainText();
        QuoteScanner.Result scan = QuoteScanner.scan(text, maxDepth);
        if (scan.tooDeep() > 0) {
            notes.add("paragraph " + index + ": " + scan.tooDeep() + " quotation mark" + (scan.tooDeep() == 1 ? "" : "s")
                    + " nested deeper than " + maxDepth + " levels left as text");
        }
        ParagraphText p = new ParagraphText(index, text, scan.quotes());
        findings.texts.add(p);
        int first = findings.topLevel.size();
        collect(p, findings.all, findings.topLevel);
        List<Attribution> attributions = new ArrayList<>();
        for (Candidate c : findings.topLevel.subList(first, findings.topLevel.size())) {
            attributeExplicitly(c);
            if (c.attribution != null) {
                attributions.add(c.attribution);
            }
        }
        if (indirect) {
            for (IndirectAttribution r : IndirectAttributionFinder.find(p)) {
                if (!overlapsQuotation(p, r)) {
                    findings.reported.add(r);
                    attributions.add(r.attribution());
                }
            }
        }
        TreeMap<Integer, Entity> mentioned = new TreeMap<>();
        findings.mentionEntities.put(index, mentioned);
        Map<Integer, ParagraphBeforeRule.Closing> closings = resolve(p, attributions, discourse, findings.resolved,
                mentioned);
        if (!closings.isEmpty()) {
            findings.sentenceClosings.put(index, closings);
            ParagraphBeforeRule.Closing last = closings.get(p.text().stripTrailing().length());
            if (last != null) {
                findings.closings.put(index, last);
            }
        }
        p.release();
    }

    /**
     * Gives each top-level quotation the entity its explicit attribution resolved to; one that did not resolve to a
     * single entity stays unattributed, with the reason kept for the notes.
     */
    private static void acceptResolvedSpeakers(Findings findings) {
        for (Candidate c : findings.topLevel) {
            if (c.attribution == null) {
                continue;
            }
            Resolved r = findings.resolved.get(c.attribution);
            Entity e = r == null ? null : r.entity();
            if (e == null || c.attribution.phrase().form() == SpeakerPhrase.Form.COORDINATED
                    && !namesOnly(c.attribution.phrase())) {
                c.doubt = "the speaker '" + c.attribution.phrase().surface() + "' could not be told for certain";
                continue;
            }
            c.entity = e;
            c.cue = c.attribution.cue();
            c.rule = c.attribution.rule();
            c.resolution = r.how();
        }
    }

    /**
     * "A reporter asked Montoya-Lewis, “…?”" ¶ "“…,” she replied.": an answer right after a question is the answer of
     * the one asked, when the answer's own pronoun fits that person and resolved to the asker or to nobody.
     */
    private static void answersGoToTheAsked(Findings findings) {
        Candidate question = null;
        Entity asked = null;
        for (Candidate c : findings.topLevel) {
            String lemma = c.attribution == null || c.attribution.cue() == null ? null
                    : CueVerbs.speech(SpeakerPhraseParser.firstWord(c.attribution.cue()));
            if (question != null && asked != null && c.paragraph.index() - question.paragraph.index() <= 1
                    && ANSWERS.contains(lemma) && c.attribution.phrase().form() == SpeakerPhrase.Form.PRONOUN
                    && (c.entity == null || c.entity == question.entity) && asked.isPerson()
                    && asked.gender().compatibleWith(c.attribution.phrase().gender())) {
                c.entity = asked;
                c.cue = c.attribution.cue();
                c.rule = c.attribution.rule();
                c.resolution = Resolution.PRONOUN;
                c.doubt = null;
            }
            if ("ask".equals(lemma) && c.entity != null && c.text().strip().endsWith("?")) {
                question = c;
                asked = listener(findings, c);
            } else if (c.entity != null || c.attribution != null) {
                question = null;
            }
        }
    }

    /** Verbs by which the one asked answers. */
    private static final Set<String> ANSWERS = Set.of("reply", "respond", "answer");

    /** The person a question's cue was put to: "asked Montoya-Lewis, “…?”" — the first mention after the cue. */
    private static Entity listener(Findings findings, Candidate question) {
        TreeMap<Integer, Entity> mentioned = findings.mentionEntities.get(question.paragraph.index());
        if (mentioned == null || question.attribution.end() >= question.quote.open()) {
            return null;
        }
        Map.Entry<Integer, Entity> next = mentioned.higherEntry(question.attribution.end());
        return next == null || next.getKey() >= question.quote.open() || next.getValue() == question.entity ? null
                : next.getValue();
    }

    /**
     * "Jane Doe and John Roe", "Sean and Aoife Murphy": people named together speak together; "Danish and Dutch"
     * names nobody.
     */
    private static boolean namesOnly(SpeakerPhrase phrase) {
        String[] parts = phrase.name().split(" and ");
        if (parts.length != 2) {
            return false;
        }
        for (int i = 0; i < 2; i++) {
            String part = parts[i].strip();
            if (i == 0 && part.indexOf(' ') < 0 && GivenNames.isGivenName(part.toLowerCase(java.util.Locale.ROOT))
                    && parts[1].strip().indexOf(' ') > 0) {
                continue; // a given name that shares the surname after "and"
            }
            SpeakerPhrase named = SpeakerPhraseParser.parseHead(part);
            if (named == null || named.form() != SpeakerPhrase.Form.NAME || part.indexOf(' ') < 0) {
                return false;
            }
        }
        return true;
    }

    /** Decides each quotation's kind; scare quotes and nested quotations have no speaker of their own. */
    private void classify(List<Candidate> all) {
        for (Candidate c : all) {
            c.kind = classifier.classify(c);
            if (c.kind == QuoteKind.SCARE || !c.isTopLevel()) {
                c.entity = null;
                c.cue = null;
            }
        }
    }

    /** Quotations of a paragraph as candidates; top-level ones with their sites. */
    private static void collect(ParagraphText p, List<Candidate> all, List<Candidate> topLevel) {
        List<MarkedQuote> quotes = p.quotes();
        List<MarkedQuote> tops = new ArrayList<>();
        for (MarkedQuote q : quotes) {
            if (q.depth() == 0) {
                tops.add(q);
            }
        }
        int t = 0;
        for (MarkedQuote q : quotes) {
            if (q.depth() != 0) {
                all.add(new Candidate(p, q, null));
                continue;
            }
            int from = p.sentenceStart(q.open());
            if (t > 0 && !NamingVerbRule.namesAShowsPeople(p, tops.get(t - 1))) {
                from = Math.max(from, Math.min(tops.get(t - 1).after(), q.open()));
            }
            int to;
            if (q.runsOn()) {
                to = q.after();
            } else {
                to = p.sentenceEnd(q.close());
                if (p.text().substring(q.after(), Math.max(q.after(), to)).isBlank()
                        && (endsOnOwnMark(p.text(), q) || isBareCue(p.text(), q.after(),
                        p.sentenceEnd(Math.max(to, q.after()))))) {
                    // “Q?” X asked. — a question or exclamation ends the quotation's sentence but not the writer's;
                    // “Q.” Trump said. — a sentence that is only a speaker and a cue is the quotation's attribution
                    to = p.sentenceEnd(Math.max(to, q.after()));
                }
                if (t + 1 < tops.size()) {
                    to = Math.min(to, tops.get(t + 1).open());
                }
                to = Math.max(to, q.after());
            }
            Candidate c = new Candidate(p, q, new QuoteSite(p, q, from, to));
            all.add(c);
            topLevel.add(c);
            t++;
        }
    }

    /**
     * Whether the sentence {@code text[from, to)} is a name or a pronoun and a speech verb and nothing more: "Trump
     * said.", "she added."
     */
    private static boolean isBareCue(String text, int from, int to) {
        int count = WordCount.of(text, from, to);
        if (count < 2 || count > 4) {
            return false; // most sentences: counted without a copy
        }
        String[] words = Text.SPACE_RUNS.split(text.substring(from, to).strip());
        if (words.length < 2 || words.length > 4 || !words[words.length - 1].endsWith(".")) {
            return false;
        }
        String cue = words[words.length - 1].substring(0, words[words.length - 1].length() - 1);
        if (CueVerbs.speech(cue) == null || CueVerbs.isParticiple(cue) || !Character.isLowerCase(cue.charAt(0))) {
            return false;
        }
        for (int i = 0; i < words.length - 1; i++) {
            if (!Character.isUpperCase(words[i].charAt(0)) && !FunctionWords.isSubjectPronoun(words[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the quoted words end on a question or exclamation mark (or an ellipsis or dash) of their own, also
     * inside a quotation they close on: “Her answer was, ‘Can we help?’” Ana Ruiz told reporters.
     */
    private static boolean endsOnOwnMark(String text, MarkedQuote q) {
        int k = q.end() - 1;
        while (k > q.start() && (Character.isWhitespace(text.charAt(k)) || "’'”\"»›".indexOf(text.charAt(k)) >= 0)) {
            k--;
        }
        return k >= q.start() && "?!…—–".indexOf(text.charAt(k)) >= 0;
    }

    /** The explicit rules, in the order that suits where the quotation stands. */
    private static void attributeExplicitly(Candidate c) {
        NamingVerbRule.Verdict naming = NAMING.apply(c.site);
        if (naming != null) {
            c.scare = naming.scare();
            c.attribution = naming.attribution();
            return;
        }
        String before = c.site.before().strip();
        boolean embedded = !before.isEmpty() && !before.endsWith(":") && !before.endsWith(",");
        AttributionRule first = embedded ? LEADING : TRAILING;
        AttributionRule second = embedded ? TRAILING : LEADING;
        Attribution a = first.apply(c.site);
        if (a == null) {
            a = second.apply(c.site);
        }
        if (a == null) {
            a = DASH_CREDIT.apply(c.site);
        }
        c.attribution = a != null ? a : COLON.apply(c.site);
    }

    /**
     * Resolves the paragraph's mentions in reading order; records the entity of each attribution. Returns the
     * reported speech each sentence closes on, by the end of the sentence's text.
     */
    private static Map<Integer, ParagraphBeforeRule.Closing> resolve(ParagraphText p, List<Attribution> attributions,
                                                      Discourse discourse, Map<Attribution, Resolved> entities,
                                                      Map<Integer, Entity> mentioned) {
        Map<Mention, List<Attribution>> owner = new IdentityHashMap<>();
        discourse.enter(p);
        Map<Integer, SentenceSpeaker> lastSpeakers = new HashMap<>(); // by the start of the sentence
        String trimmed = p.text().stripTrailing();
        int lastSentence = trimmed.isEmpty() ? -1 : p.sentenceStart(trimmed.length() - 1);
        Map<Integer, ParagraphBeforeRule.Closing> closings = new HashMap<>();
        Map<Integer, List<SentenceSpeaker>> sentenceMentions = new HashMap<>(); // by the start of the sentence
        for (Mention m : merge(p, MentionFinder.find(p), attributions, owner)) {
            Resolved r = discourse.resolve(m, isParenthetical(p, m), owner.containsKey(m));
            Entity e = r == null ? null : r.entity();
            if (e != null) {
                mentioned.put(m.start(), e);
            }
            if (m.role() == Mention.Role.SPEAKER) {
                lastSpeakers.put(m.sentence(), new SentenceSpeaker(m, r));
            }
            List<Attribution> owned = owner.get(m);
            if (owned != null && e != null) {
                for (Attribution a : owned) {
                    entities.put(a, r);
                }
                e.learn(m.phrase());
            }
            if (e != null && m.role() == Mention.Role.SPEAKER && !reportsAccordingTo(p, m)) {
                String text = p.text();
                discourse.spokeThrough(e, text.substring(m.sentence(), p.sentenceEnd(m.start())), p.index());
            }
            if (e != null && m.phrase().form() == SpeakerPhrase.Form.NAME && e.kind() == SourceKind.PERSON
                    && p.text().startsWith(", who ", m.end())) {
                e.markPerson(); // "Nesma Hajjaj, who was seven months pregnant": "who" is said of people
            }
            if (e != null && postsNext(p, m)) {
                discourse.issued(e, "post", p.index()); // "a fan account posted a picture": the post said …
            }
            String issued = e == null ? null : issuedNext(p, m);
            if (issued != null) {
                discourse.issued(e, issued, p.index()); // "Obama released a statement": the statement said …
            }
            if (e != null && m.role() != Mention.Role.SPEAKER) {
                sentenceMentions.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(new SentenceSpeaker(m, r));
            }
        }
        for (Map.Entry<Integer, List<SentenceSpeaker>> inSentence : sentenceMentions.entrySet()) {
            if (!lastSpeakers.containsKey(inSentence.getKey())) {
                int end = sentenceTextEnd(p, inSentence.getKey());
                ParagraphBeforeRule.Closing naming = verdictOrStatement(p, inSentence.getKey(), inSentence.getValue(), end);
                if (naming != null) {
                    closings.put(end, naming);
                }
            }
        }
        List<SentenceSpeaker> lastSentenceMentions = sentenceMentions.get(lastSentence);
        if (lastSentenceMentions != null && trimmed.endsWith(":") && !lastSpeakers.containsKey(lastSentence)) {
            // "On July 6, Sanders made the following comment:" ¶ “Q”: the sentence's subject (its first mention,
            // perhaps) introduces the quotation
            ParagraphBeforeRule.Closing introduced = introducedByColon(p, lastSentenceMentions.get(0), trimmed.length());
            if (introduced != null) {
                closings.put(trimmed.length(), introduced);
            }
        }
        for (SentenceSpeaker last : lastSpeakers.values()) {
            int end = sentenceTextEnd(p, last.mention().sentence());
            ParagraphBeforeRule.Closing closing = closing(p, last.mention(), last.resolved(), end);
            if (closing != null) {
                closings.put(end, closing);
            }
        }
        return closings;
    }

    /** A cue later in the speaker's sentence whose subject is the speaker: "Green accepts that …, but says …". */
    private static String sharedCue(ParagraphText p, Mention speaker, int end) {
        List<Word> words = p.words();
        for (int k = p.wordAt(speaker.end()); k < words.size() && words.get(k).start() < end; k++) {
            if (CueWords.isSpeechCue(p, k)) {
                SubjectFinder.Found subject = SubjectFinder.before(p, speaker.sentence(), k);
                return subject != null && subject.start() == speaker.start() ? CueWords.cueText(p, k) : null;
            }
        }
        return null;
    }

    /** Where the text of the sentence starting at {@code sentence} ends, spaces after it left out. */
    private static int sentenceTextEnd(ParagraphText p, int sentence) {
        return Separators.strippedEnd(p.text(), 0, p.sentenceEnd(sentence));
    }

    /** The last speaker mention of a sentence and what it resolved to. */
    private record SentenceSpeaker(Mention mention, Resolved resolved) {
    }

    /**
     * The reported speech a sentence ending at {@code end} closes on: its last speaker, when that sentence holds no
     * quotation and names no other speaker after it.
     */
    private static ParagraphBeforeRule.Closing closing(ParagraphText p, Mention speaker, Resolved resolved, int end) {
        String text = p.text();
        if (speaker == null || resolved == null || resolved.entity() == null || text.isBlank()) {
            return null;
        }
        if (p.hasQuotation(speaker.sentence(), end) || speaker.phrase().form() == SpeakerPhrase.Form.COORDINATED) {
            return null;
        }
        String cue = null;
        for (int k = p.wordAt(speaker.start()); k < p.words().size() && k <= p.wordAt(speaker.end()) + 2; k++) {
            if (p.words().get(k).start() >= speaker.start() && CueWords.isSpeechCue(p, k)) {
                cue = CueWords.cueText(p, k);
                break;
            }
        }
        int before = p.wordAt(speaker.start()) - 1;
        if (cue == null && before >= 0 && CueWords.isSpeechCue(p, before)
                && text.substring(p.words().get(before).end(), speaker.start()).isBlank()) {
            cue = CueWords.cueText(p, before); // "…, says registered dietitian Amanda Miller."
        }
        if (cue == null && before > 0 && CueWords.isAsCueBy(p, before - 1)) {
            cue = p.words().get(before - 1).text(); // "…, as noted by registered dietitian Trista Best."
        }
        if (cue == null) {
            cue = sharedCue(p, speaker, end); // "Green accepts that …, but says …"
        }
        if (cue == null) {
            return null;
        }
        return new ParagraphBeforeRule.Closing(resolved.entity(), cue, text.charAt(end - 1) == ':', resolved.how());
    }

    /**
     * A sentence with no quotation whose subject, a person, gives a verdict with a naming verb ("Lawrence Cummings
     * called him a master at bolting deals together."), or whose subject, a person or an organisation, puts out a
     * statement ("The board issued a statement on Friday."): the quotation that opens the next sentence is that
     * verdict or statement in the subject's words. Null for any other sentence.
     */
    private static ParagraphBeforeRule.Closing verdictOrStatement(ParagraphText p, int sentence,
                                                             List<SentenceSpeaker> mentions, int end) {
        if (end <= sentence || p.hasQuotation(sentence, end)) {
            return null;
        }
        SubjectFinder.Found main = SubjectFinder.sentenceSubject(p, sentence, end);
        String text = p.text();
        if (main == null || !text.startsWith(main.phrase().surface(), main.start())) {
            return null;
        }
        int subjectEnd = main.start() + main.phrase().surface().length();
        SentenceSpeaker subject = null;
        for (SentenceSpeaker m : mentions) {
            if (m.mention().end() == subjectEnd && m.mention().start() >= main.start()) {
                subject = m; // "His former partner, Lawrence Cummings," is Cummings
            }
        }
        Entity speaker = subject == null ? null : subject.resolved().entity();
        if (speaker == null || !speaker.isPerson() && speaker.kind() != SourceKind.ORGANIZATION) {
            return null;
        }
        List<Word> words = p.words();
        int verb = p.wordAt(subjectEnd);
        if (verb < words.size() && words.get(verb).start() < subjectEnd) {
            verb++;
        }
        if (verb >= words.size() || words.get(verb).start() >= end
                || !Separators.only(text, subjectEnd, words.get(verb).start(), ",")) {
            return null;
        }
        String w = words.get(verb).text();
        boolean naming = NamingVerbs.isNamingVerb(w) && speaker.isPerson();
        if (!naming && !(CueWords.isIssuingVerb(w) && issuesStatement(p, verb, end))) {
            return null;
        }
        return new ParagraphBeforeRule.Closing(speaker, w, false, subject.resolved().how());
    }

    /** What an issuing verb puts out when its words follow. */
    private static final Set<String> STATEMENT_NOUNS = Set.of("statement", "response", "reply", "message");

    /** "issued a statement on Friday.": a statement noun among the few words after the verb, and the sentence ends. */
    private static boolean issuesStatement(ParagraphText p, int verb, int end) {
        List<Word> words = p.words();
        for (int k = verb + 1; k < words.size() && k <= verb + 5 && words.get(k).start() < end; k++) {
            if (STATEMENT_NOUNS.contains(words.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A paragraph's last sentence that ends with a colon and has no cue: its subject introduces the quotation of the
     * next paragraph when it opens the sentence (after an opening phrase) and can speak; null otherwise.
     */
    private static ParagraphBeforeRule.Closing introducedByColon(ParagraphText p, SentenceSpeaker subject, int end) {
        int sentence = subject.mention().sentence();
        if (p.hasQuotation(sentence, end)) {
            return null;
        }
        for (int k = p.wordAt(sentence); k < p.words().size() && p.words().get(k).start() < end; k++) {
            if (ColonRule.isCue(p, k)) {
                return null;
            }
        }
        SubjectFinder.Found main = SubjectFinder.sentenceSubject(p, sentence, end);
        Entity e = subject.resolved().entity();
        if (main == null || main.start() != subject.mention().start() || !LeadingCueRule.speaks(main.phrase())
                || !e.isPerson() && e.kind() != SourceKind.ORGANIZATION) {
            return null;
        }
        return new ParagraphBeforeRule.Closing(e, null, true, subject.resolved().how());
    }

    /**
     * The paragraph's mentions in order: the attribution phrases the rules found, and the mentions the finder found
     * that they do not cover. Two rules that found the same phrase share one mention (one speaker).
     */
    private static List<Mention> merge(ParagraphText p, List<Mention> found, List<Attribution> attributions,
                                       Map<Mention, List<Attribution>> owner) {
        List<Attribution> sorted = new ArrayList<>(attributions);
        sorted.sort(Comparator.comparingInt(Attribution::at));
        List<Mention> speakers = new ArrayList<>();
        for (Attribution a : sorted) {
            Mention last = speakers.isEmpty() ? null : speakers.get(speakers.size() - 1);
            if (last != null && last.start() == a.at()) {
                owner.get(last).add(a);
                continue;
            }
            int end = Math.max(a.at() + 1, Math.min(p.text().length(), a.at() + a.phrase().surface().length()));
            Mention mention = new Mention(p.index(), a.at(), end, p.sentenceStart(a.at()), a.phrase(), Mention.Role.SPEAKER);
            speakers.add(mention);
            owner.put(mention, new ArrayList<>(List.of(a)));
        }
        List<Mention> others = new ArrayList<>(found);
        others.sort(Comparator.comparingInt(Mention::start));
        List<Mention> merged = new ArrayList<>(others.size() + speakers.size());
        int s = 0;
        for (Mention m : others) {
            while (s < speakers.size() && speakers.get(s).end() <= m.start()) {
                merged.add(speakers.get(s++));
            }
            boolean covered = s < speakers.size() && speakers.get(s).start() < m.end();
            if (!covered) {
                merged.add(m);
            } else if (speakers.get(s).start() == m.start()) {
                keepGenderHint(speakers, s, m, owner);
            }
        }
        while (s < speakers.size()) {
            merged.add(speakers.get(s++));
        }
        merged.sort(Comparator.comparingInt(Mention::start));
        return merged;
    }

    /**
     * The mention finder saw "her" after "Amira Haddad said": the speaker mention of the same words keeps the
     * gender hint.
     */
    private static void keepGenderHint(List<Mention> speakers, int s, Mention found,
                                       Map<Mention, List<Attribution>> owner) {
        Mention speaker = speakers.get(s);
        if (speaker.phrase().gender() != Gender.UNKNOWN || found.phrase().gender() == Gender.UNKNOWN
                || speaker.phrase().form() != found.phrase().form()) {
            return;
        }
        Mention hinted = new Mention(speaker.paragraph(), speaker.start(), speaker.end(), speaker.sentence(),
                speaker.phrase().withGender(found.phrase().gender()), speaker.role());
        speakers.set(s, hinted);
        owner.put(hinted, owner.remove(speaker));
    }

    /** Whether the mention is followed by "posted" or "tweeted". */
    private static boolean postsNext(ParagraphText p, Mention m) {
        int k = p.wordAt(m.end());
        if (k >= p.words().size() || !p.text().substring(m.end(), p.words().get(k).start()).isBlank()) {
            return false;
        }
        String lemma = CueVerbs.speech(p.words().get(k).text());
        return "post".equals(lemma) || "tweet".equals(lemma);
    }

    /** How many modifiers may stand between the determiner and the channel: "a two-page handwritten letter". */
    private static final int MAX_CHANNEL_MODIFIERS = 3;

    /**
     * The channel the mention's verb puts out, when the words after it are an issuing verb and a channel noun
     * ("released a statement", "sent out a fundraising email", "issued its own statement"), else null.
     */
    private static String issuedNext(ParagraphText p, Mention m) {
        List<Word> words = p.words();
        int k = p.wordAt(m.end());
        if (k >= words.size() || !p.text().substring(m.end(), words.get(k).start()).isBlank()) {
            return null;
        }
        if (FunctionWords.isAuxiliary(words.get(k).text()) && k + 1 < words.size() && CueWords.adjacent(p, k, k + 1)) {
            k++; // "has released", "had sent"
        }
        String verb = words.get(k).text();
        if (k + 1 >= words.size() || !CueWords.isIssuingVerb(verb) || verb.equals("had")
                || !CueWords.adjacent(p, k, k + 1)) {
            return null; // "had a letter" may be anyone's
        }
        k++;
        if (words.get(k).text().equals("out") && k + 1 < words.size() && CueWords.adjacent(p, k, k + 1)) {
            k++; // "sent out", "put out"
        }
        if (!FunctionWords.isDeterminer(words.get(k).text())) {
            return null;
        }
        for (int n = k + 1; n < words.size() && n <= k + 1 + MAX_CHANNEL_MODIFIERS && CueWords.adjacent(p, n - 1, n);
             n++) {
            if (CueWords.isChannelNoun(words.get(n).text())) {
                String channel = words.get(n).text().toLowerCase(java.util.Locale.ROOT);
                return n + 1 < words.size() && CueWords.isChannelNoun(words.get(n + 1).text()) ? null : channel;
            }
        }
        return null;
    }

    /** ", he said," inside another clause: the pronoun points outside its own sentence. */
    private static boolean isParenthetical(ParagraphText p, Mention m) {
        if (m.phrase().form() != SpeakerPhrase.Form.PRONOUN) {
            return false;
        }
        String text = p.text();
        String before = text.substring(m.sentence(), m.start()).strip();
        if (!before.endsWith(",") || before.length() < 2) {
            return false;
        }
        int k = p.wordAt(m.end());
        if (k >= p.words().size() || !CueWords.isSpeechCue(p, k)) {
            return false;
        }
        int after = p.words().get(k).end();
        return after < text.length() && text.charAt(after) == ',';
    }

    private void markInsertions(List<Paragraph> paragraphs) {
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph paragraph = paragraphs.get(i);
            String text = paragraph.plainText();
            if (text.indexOf('[') < 0) {
                continue;
            }
            QuoteScanner.Result scan = QuoteScanner.scan(text, maxDepth);
            List<EditorialInsertions.Bracketed> found = EditorialInsertions.find(text, scan.quotes());
            if (!found.isEmpty()) {
                List<Inline> content = EditorialInsertions.apply(paragraph.content(), found, notes, i);
                paragraphs.set(i, new Paragraph(content));
            }
        }
    }

    /** A quotation or a reported speech, ready to become a {@link Quote}. */
    private record Item(int paragraph, int start, int end, Entity entity, QuoteKind kind, String cue, Candidate candidate,
                        Trace trace) {
    }

    /** The article with quotation spans in its paragraphs, its quotes and sources, and the notes of this pass. */
    private Article build(Article article, List<Paragraph> paragraphs, Findings findings) {
        List<Item> items = inReadingOrder(findings);
        List<Section> sections = SectionRewriter.replace(article.sections(), withSpans(paragraphs, items));
        SourceIds sourceIds = new SourceIds(article.sources());
        List<Quote> quotes = quotes(items, findings.texts, sections, sourceIds);
        return article.toBuilder().sections(sections).sources(sourceIds.appendTo(article.sources())).quotes(quotes)
                .provenance(withNotes(article.provenance())).build();
    }

    /**
     * Every quotation, and the reported speech of groups and documents, sorted by paragraph and start, a longer one
     * before one it holds; the quote ids follow this order ({@link #quoteId}).
     */
    private static List<Item> inReadingOrder(Findings findings) {
        List<Item> items = new ArrayList<>();
        for (Candidate c : findings.all) {
            Trace trace = c.entity == null ? null : new Trace(c.rule, c.resolution);
            items.add(new Item(c.paragraph.index(), c.quote.start(), c.quote.end(), c.entity, c.kind, c.cue, c, trace));
        }
        Set<String> taken = new HashSet<>();
        for (IndirectAttribution r : findings.reported) {
            Resolved resolved = findings.resolved.get(r.attribution());
            Entity e = resolved == null ? null : resolved.entity();
            int p = r.paragraph();
            if (e == null || !reports(e)) {
                continue;
            }
            if (taken.add(p + ":" + r.from())) {
                items.add(new Item(p, r.from(), r.to(), e, QuoteKind.INDIRECT, r.attribution().cue(), null,
                        new Trace(r.attribution().rule(), resolved.how())));
            }
        }
        items.sort(Comparator.comparingInt(Item::paragraph).thenComparingInt(Item::start)
                .thenComparing(Comparator.comparingInt(Item::end).reversed()));
        return items;
    }

    /**
     * How a quote got its speaker: the rule that gave it, and how the rule's speaker phrase was resolved (null for
     * the rules that pass on a neighbour's speaker).
     */
    public record Trace(RuleId rule, Resolution resolution) {
    }

    /** The trace of each attributed quote of the last run, by quote id: for tests and the specification. */
    public Map<String, Trace> traces() {
        return Map.copyOf(traces);
    }

    /** The id of the quote made of the item at this index in reading order: q1, q2, … */
    private static String quoteId(int index) {
        return "q" + (index + 1);
    }

    /** The paragraphs with a quotation span around every quotation that lies inside one inline container. */
    private static List<Paragraph> withSpans(List<Paragraph> paragraphs, List<Item> items) {
        Map<Integer, List<SpanInserter.Request>> requests = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            if (item.kind() != QuoteKind.INDIRECT) {
                requests.computeIfAbsent(item.paragraph(), k -> new ArrayList<>())
                        .add(new SpanInserter.Request(quoteId(i), item.start(), item.end()));
            }
        }
        List<Paragraph> rebuilt = new ArrayList<>(paragraphs.size());
        for (int i = 0; i < paragraphs.size(); i++) {
            List<SpanInserter.Request> forParagraph = requests.get(i);
            if (forParagraph == null) {
                rebuilt.add(paragraphs.get(i));
                continue;
            }
            rebuilt.add(new Paragraph(SpanInserter.insert(paragraphs.get(i).content(), forParagraph).content()));
        }
        return rebuilt;
    }

    /**
     * A quote per item, its offsets those of its span where it has one, counted in the paragraph's text where it
     * has none; notes what was inferred or left unattributed.
     */
    private List<Quote> quotes(List<Item> items, List<ParagraphText> texts, List<Section> sections, SourceIds sourceIds) {
        Map<String, SpanLocation> spans = new HashMap<>();
        for (SpanLocation location : SpanLocation.locate(sections)) {
            spans.put(location.quoteId(), location);
        }
        CodePointCursor cursor = new CodePointCursor();
        List<Quote> quotes = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            String id = quoteId(i);
            String sourceId = item.entity() == null ? null : sourceIds.of(item.entity());
            if (sourceId != null && item.trace() != null) {
                traces.put(id, item.trace());
            }
            SpanLocation span = spans.get(id);
            if (span != null) {
                quotes.add(new Quote(id, sourceId, item.kind(), item.cue(), span.text(), item.paragraph(), span.start(),
                        span.end()));
            } else {
                if (item.kind() != QuoteKind.INDIRECT) {
                    notes.add(id + " (paragraph " + item.paragraph() + ") crosses an inline boundary: kept without a span");
                }
                String text = texts.get(item.paragraph()).text();
                int start = cursor.offset(item.paragraph(), text, item.start());
                int end = start + text.codePointCount(item.start(), item.end());
                quotes.add(new Quote(id, sourceId, item.kind(), item.cue(), text.substring(item.start(), item.end()),
                        item.paragraph(), start, end));
            }
            if (item.candidate() != null && item.entity() != null) {
                noteInference(id, item);
            }
            if (item.candidate() != null && sourceId == null) {
                noteUnattributed(id, item);
            }
        }
        return quotes;
    }

    /** A quotation that someone said, direct or partial, and that has no speaker, is noted with the reason. */
    private void noteUnattributed(String id, Item item) {
        Candidate c = item.candidate();
        if ((item.kind() == QuoteKind.DIRECT || item.kind() == QuoteKind.PARTIAL) && c.isTopLevel()) {
            String why = c.doubt != null ? c.doubt : "no speaker named near it";
            notes.add(id + " (paragraph " + item.paragraph() + ") left unattributed: " + why);
        }
    }

    /** The article's provenance with the notes of this pass after its own. */
    private Provenance withNotes(Provenance p) {
        List<String> allNotes = new ArrayList<>(p.notes());
        allNotes.addAll(notes);
        return new Provenance(p.inputSha256(), p.mediaType(), p.reader(), p.readerVersion(), p.removed(), allNotes,
                p.archive());
    }

    /** Attributions inferred rather than read ("he", "the paper", the paragraph before) are noted. */
    private void noteInference(String id, Item item) {
        Candidate c = item.candidate();
        String where = id + " (paragraph " + item.paragraph() + "): ";
        if (c.rule == null) {
            return;
        }
        if (c.rule.explicit() && c.attribution != null) {
            SpeakerPhrase.Form form = c.attribution.phrase().form();
            boolean anaphor = form == SpeakerPhrase.Form.PRONOUN || form == SpeakerPhrase.Form.DEFINITE
                    && !item.entity().name().equalsIgnoreCase(c.attribution.phrase().name());
            if (anaphor) {
                notes.add(where + "'" + c.attribution.phrase().surface() + "' read as " + item.entity().name());
            }
        } else if (c.rule == RuleId.CONTINUES_PARAGRAPH_BEFORE) {
            // the other continuations are certain from the marks and the layout; a new paragraph going on with
            // the last speaker is news style, not proof
            notes.add(where + "attributed to " + item.entity().name() + ": " + c.rule.explanation());
        }
    }

    /**
     * "According to The Guardian, an email was sent from …": a source cited for what others did issued none of the
     * statements or emails its sentence names.
     */
    private static boolean reportsAccordingTo(ParagraphText p, Mention m) {
        int k = p.wordAt(m.start());
        return k >= 2 && k < p.words().size() && CueWords.isAccordingTo(p, k - 2) && CueWords.adjacent(p, k - 1, k);
    }

    /** Groups, bodies, publications and documents report; one person's paraphrase is not recorded. */
    private static boolean reports(Entity e) {
        return e.kind() == SourceKind.GROUP || e.kind() == SourceKind.DOCUMENT || e.kind() == SourceKind.ORGANIZATION
                || e.kind() == SourceKind.PUBLICATION;
    }

    private static boolean overlapsQuotation(ParagraphText p, IndirectAttribution r) {
        for (int i = r.from(); i < r.to(); i++) {
            if (p.isQuoted(i)) {
                return true;
            }
        }
        return false;
    }
}
