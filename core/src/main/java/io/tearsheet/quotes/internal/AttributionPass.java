package io.tearsheet.quotes.internal;

import io.tearsheet.model.Article;
import io.tearsheet.model.Inline;
import io.tearsheet.model.Inlines;
import io.tearsheet.model.Paragraph;
import io.tearsheet.model.Provenance;
import io.tearsheet.model.Quote;
import io.tearsheet.model.QuoteKind;
import io.tearsheet.model.Section;
import io.tearsheet.model.Source;
import io.tearsheet.model.SourceKind;
import io.tearsheet.model.SpanLocation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One run of quote attribution over one article: finds the quotations, the attributions around them and the
 * reported speech of groups and documents, resolves speakers to entities, applies the continuation rules,
 * classifies, and writes quotation spans, quotes and sources into a new article. Made per call; not shared.
 */
public final class AttributionPass {
    private static final List<ContinuationRule> CONTINUATIONS = List.of(new RunOnContinuation(),
            new SameParagraphContinuation(), new BackwardContinuation(), new NextParagraphContinuation(),
            new RunOnContinuation());
    private static final AttributionRule TRAILING = new TrailingCueRule();
    private static final AttributionRule LEADING = new LeadingCueRule();
    private static final NamingVerbRule NAMING = new NamingVerbRule();

    private final int maxDepth;
    private final boolean insertions;
    private final boolean indirect;
    private final QuoteKindClassifier classifier;
    private final List<String> notes = new ArrayList<>();

    public AttributionPass(int maxDepth, int scareMaxWords, boolean insertions, boolean indirect) {
        this.maxDepth = maxDepth;
        this.insertions = insertions;
        this.indirect = indirect;
        this.classifier = new QuoteKindClassifier(scareMaxWords);
    }

    public Article run(Article article) {
        if (!article.quotes().isEmpty() || !SpanLocation.locate(article.sections()).isEmpty()) {
            throw new IllegalArgumentException("the article already has quotations; attribute an article without "
                    + "quote spans or quotes");
        }
        List<Paragraph> paragraphs = new ArrayList<>(article.paragraphs());
        if (insertions) {
            markInsertions(paragraphs);
        }
        List<ParagraphText> texts = new ArrayList<>(paragraphs.size());
        for (int i = 0; i < paragraphs.size(); i++) {
            String text = paragraphs.get(i).plainText();
            QuoteScanner.Result scan = QuoteScanner.scan(text, maxDepth);
            if (scan.tooDeep() > 0) {
                notes.add("paragraph " + i + ": " + scan.tooDeep() + " quotation mark" + (scan.tooDeep() == 1 ? "" : "s")
                        + " nested deeper than " + maxDepth + " levels left as text");
            }
            texts.add(new ParagraphText(i, text, scan.quotes()));
        }

        List<Candidate> all = new ArrayList<>();
        List<Candidate> topLevel = new ArrayList<>();
        for (ParagraphText p : texts) {
            collect(p, all, topLevel);
        }
        for (Candidate c : topLevel) {
            attributeExplicitly(c);
        }
        List<IndirectAttribution> reported = new ArrayList<>();
        if (indirect) {
            for (ParagraphText p : texts) {
                reported.addAll(IndirectAttributionFinder.find(p));
            }
        }
        Map<Attribution, Entity> resolved = resolve(texts, topLevel, reported);
        for (Candidate c : topLevel) {
            if (c.attribution == null) {
                continue;
            }
            Entity e = resolved.get(c.attribution);
            if (e == null || c.attribution.phrase().form() == SpeakerPhrase.Form.COORDINATED) {
                c.doubt = "the speaker '" + c.attribution.phrase().surface() + "' could not be told for certain";
                continue;
            }
            c.entity = e;
            c.cue = c.attribution.cue();
            c.rule = c.attribution.rule();
        }
        for (ContinuationRule rule : CONTINUATIONS) {
            rule.apply(topLevel);
        }
        for (Candidate c : all) {
            c.kind = classifier.classify(c);
            if (c.kind == QuoteKind.SCARE || !c.isTopLevel()) {
                c.entity = null;
                c.cue = null;
            }
        }
        return build(article, paragraphs, texts, all, reported, resolved);
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
            if (t > 0) {
                from = Math.max(from, Math.min(tops.get(t - 1).after(), q.open()));
            }
            int to;
            if (q.runsOn()) {
                to = q.after();
            } else {
                to = p.sentenceEnd(q.close());
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
        c.attribution = a != null ? a : second.apply(c.site);
    }

    /** Resolves every mention of the article in reading order; returns the entity of each attribution. */
    private Map<Attribution, Entity> resolve(List<ParagraphText> texts, List<Candidate> topLevel,
                                             List<IndirectAttribution> reported) {
        Map<Integer, List<Mention>> byParagraph = new HashMap<>();
        Map<Mention, List<Attribution>> owner = new IdentityHashMap<>();
        for (ParagraphText p : texts) {
            byParagraph.put(p.index(), new ArrayList<>(MentionFinder.find(p)));
        }
        List<Attribution> attributions = new ArrayList<>();
        for (Candidate c : topLevel) {
            if (c.attribution != null) {
                attributions.add(c.attribution);
                place(byParagraph.get(c.paragraph.index()), c.paragraph, c.attribution, owner);
            }
        }
        for (IndirectAttribution r : reported) {
            ParagraphText p = texts.get(r.paragraph());
            place(byParagraph.get(p.index()), p, r.attribution(), owner);
        }
        Discourse discourse = new Discourse(notes);
        Map<Attribution, Entity> entities = new IdentityHashMap<>();
        for (ParagraphText p : texts) {
            List<Mention> mentions = byParagraph.get(p.index());
            mentions.sort(Comparator.comparingInt(Mention::start));
            for (Mention m : mentions) {
                Entity e = discourse.resolve(m, isParenthetical(p, m));
                List<Attribution> owned = owner.get(m);
                if (owned != null && e != null) {
                    for (Attribution a : owned) {
                        entities.put(a, e);
                    }
                    e.learn(m.phrase());
                }
            }
        }
        return entities;
    }

    /** Adds an attribution's phrase to the paragraph's mentions, replacing mentions it covers. */
    private static void place(List<Mention> mentions, ParagraphText p, Attribution a,
                              Map<Mention, List<Attribution>> owner) {
        int end = Math.max(a.at() + 1, Math.min(p.text().length(), a.at() + a.phrase().surface().length()));
        for (Mention m : mentions) {
            if (m.start() == a.at() && owner.containsKey(m)) {
                owner.get(m).add(a); // two rules found the same phrase: one mention, one speaker
                return;
            }
        }
        mentions.removeIf(m -> m.start() < end && a.at() < m.end());
        Mention mention = new Mention(p.index(), a.at(), end, p.sentenceStart(a.at()), a.phrase(), Mention.Role.SPEAKER);
        mentions.add(mention);
        owner.put(mention, new ArrayList<>(List.of(a)));
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
    private record Item(int paragraph, int start, int end, Entity entity, QuoteKind kind, String cue, Candidate candidate) {
    }

    private Article build(Article article, List<Paragraph> paragraphs, List<ParagraphText> texts, List<Candidate> all,
                          List<IndirectAttribution> reported, Map<Attribution, Entity> resolved) {
        List<Item> items = new ArrayList<>();
        for (Candidate c : all) {
            items.add(new Item(c.paragraph.index(), c.quote.start(), c.quote.end(), c.entity, c.kind, c.cue, c));
        }
        Set<String> taken = new HashSet<>();
        for (IndirectAttribution r : reported) {
            Entity e = resolved.get(r.attribution());
            int p = r.paragraph();
            if (e == null || !reports(e) || overlapsQuotation(texts.get(p), r)) {
                continue;
            }
            if (taken.add(p + ":" + r.from())) {
                items.add(new Item(p, r.from(), r.to(), e, QuoteKind.INDIRECT, r.attribution().cue(), null));
            }
        }
        items.sort(Comparator.comparingInt(Item::paragraph).thenComparingInt(Item::start)
                .thenComparing(Comparator.comparingInt(Item::end).reversed()));

        Map<Item, String> ids = new IdentityHashMap<>();
        Map<Integer, List<SpanInserter.Request>> requests = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            String id = "q" + (i + 1);
            ids.put(item, id);
            if (item.kind() != QuoteKind.INDIRECT) {
                requests.computeIfAbsent(item.paragraph(), k -> new ArrayList<>())
                        .add(new SpanInserter.Request(id, item.start(), item.end()));
            }
        }
        List<Paragraph> rebuilt = new ArrayList<>(paragraphs.size());
        Set<String> placed = new HashSet<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            List<SpanInserter.Request> forParagraph = requests.get(i);
            if (forParagraph == null) {
                rebuilt.add(paragraphs.get(i));
                continue;
            }
            SpanInserter.Result result = SpanInserter.insert(paragraphs.get(i).content(), forParagraph);
            placed.addAll(result.placed());
            rebuilt.add(new Paragraph(result.content()));
        }
        List<Section> sections = SectionRewriter.replace(article.sections(), rebuilt);
        Map<String, SpanLocation> locations = new HashMap<>();
        for (SpanLocation location : SpanLocation.locate(sections)) {
            locations.put(location.quoteId(), location);
        }

        Map<Entity, String> sourceIds = new LinkedHashMap<>();
        Set<String> usedIds = new HashSet<>();
        for (Source s : article.sources()) {
            usedIds.add(s.id());
        }
        List<Quote> quotes = new ArrayList<>(items.size());
        int next = 1;
        for (Item item : items) {
            String id = ids.get(item);
            String sourceId = null;
            if (item.entity() != null) {
                sourceId = sourceIds.get(item.entity());
                if (sourceId == null) {
                    while (usedIds.contains("s" + next)) {
                        next++;
                    }
                    sourceId = "s" + next++;
                    sourceIds.put(item.entity(), sourceId);
                }
            }
            SpanLocation location = locations.get(id);
            String text = texts.get(item.paragraph()).text();
            int start;
            int end;
            String quoted;
            if (location != null) {
                start = location.start();
                end = location.end();
                quoted = location.text();
            } else {
                if (item.kind() != QuoteKind.INDIRECT) {
                    notes.add(id + " (paragraph " + item.paragraph() + ") crosses an inline boundary: kept without a span");
                }
                start = text.codePointCount(0, item.start());
                end = start + text.codePointCount(item.start(), item.end());
                quoted = text.substring(item.start(), item.end());
            }
            quotes.add(new Quote(id, sourceId, item.kind(), item.cue(), quoted, item.paragraph(), start, end));
            if (item.candidate() != null && sourceId == null
                    && (item.kind() == QuoteKind.DIRECT || item.kind() == QuoteKind.PARTIAL) && item.candidate().isTopLevel()) {
                String why = item.candidate().doubt != null ? item.candidate().doubt : "no speaker named near it";
                notes.add(id + " (paragraph " + item.paragraph() + ") left unattributed: " + why);
            }
        }
        List<Source> sources = new ArrayList<>(article.sources());
        for (Map.Entry<Entity, String> entry : sourceIds.entrySet()) {
            Entity e = entry.getKey();
            sources.add(new Source(entry.getValue(), e.name(), e.kind(), e.description(), List.copyOf(e.aliases())));
        }
        Provenance p = article.provenance();
        List<String> allNotes = new ArrayList<>(p.notes());
        allNotes.addAll(notes);
        Provenance provenance = new Provenance(p.inputSha256(), p.mediaType(), p.reader(), p.readerVersion(), p.removed(),
                allNotes);
        return article.toBuilder().sections(sections).sources(sources).quotes(quotes).provenance(provenance).build();
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

    static int codePoints(String text) {
        return Inlines.codePointLength(text);
    }
}
