package io.tearsheet.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tearsheet.model.Article;
import io.tearsheet.model.Block;
import io.tearsheet.model.Byline;
import io.tearsheet.model.EditorialInsertion;
import io.tearsheet.model.Heading;
import io.tearsheet.model.Inline;
import io.tearsheet.model.InlineContainer;
import io.tearsheet.model.InlineHandler;
import io.tearsheet.model.Inlines;
import io.tearsheet.model.Metadata;
import io.tearsheet.model.Paragraph;
import io.tearsheet.model.Quote;
import io.tearsheet.model.QuoteKind;
import io.tearsheet.model.QuoteSpan;
import io.tearsheet.model.Section;
import io.tearsheet.model.SectionKind;
import io.tearsheet.model.Source;
import io.tearsheet.model.Text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Checks an article read by Tearsheet against a hand annotation ({@code *.expected.json}): every field that
 * {@code ../shared/tools/score_article.py} scores, judged the same way, plus the fields the script leaves out
 * (series, series note, kinds and cues of quotes, scare and nested quotes, editorial insertions, aliases,
 * descriptions, indirect sources, recorded removals). Each field is a named result, so a test can require all
 * of them or only some, and say which failed and why.
 */
public final class AnnotationCheck {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode gold;
    private final Article article;
    private final Map<String, String> failures = new LinkedHashMap<>();
    private final Map<String, Boolean> results = new LinkedHashMap<>();
    private final QuoteCounts counts = new QuoteCounts();

    private AnnotationCheck(JsonNode gold, Article article) {
        this.gold = gold;
        this.article = article;
        run();
    }

    public static AnnotationCheck of(Path annotation, Article article) {
        try {
            return new AnnotationCheck(JSON.readTree(annotation.toFile()), article);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static AnnotationCheck of(JsonNode gold, Article article) {
        return new AnnotationCheck(gold, article);
    }

    public static JsonNode read(Path annotation) {
        try {
            return JSON.readTree(annotation.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every field checked, and whether it holds. */
    public Map<String, Boolean> results() {
        return results;
    }

    /** The fields that do not hold, with what was expected and found. */
    public Map<String, String> failures() {
        return failures;
    }

    /** The quotation counts behind precision and recall. */
    public QuoteCounts counts() {
        return counts;
    }

    /** Counts for precision and recall of quotation detection, attribution and indirect speech. */
    public static final class QuoteCounts {
        public int goldQuotes;
        public int goldFound;
        public int predicted;
        public int predictedMatched;
        public int predictedAttributed;
        public int attributedCorrectly;
        public int goldCorrect;
        public int goldIndirect;
        public int goldIndirectFound;
        public int predictedIndirect;
        public int predictedIndirectMatched;
        public final List<String> misses = new ArrayList<>();

        public void add(QuoteCounts o) {
            goldQuotes += o.goldQuotes;
            goldFound += o.goldFound;
            predicted += o.predicted;
            predictedMatched += o.predictedMatched;
            predictedAttributed += o.predictedAttributed;
            attributedCorrectly += o.attributedCorrectly;
            goldCorrect += o.goldCorrect;
            goldIndirect += o.goldIndirect;
            goldIndirectFound += o.goldIndirectFound;
            predictedIndirect += o.predictedIndirect;
            predictedIndirectMatched += o.predictedIndirectMatched;
            misses.addAll(o.misses);
        }
    }

    private void check(String field, boolean ok, String detail) {
        results.put(field, ok);
        if (!ok) {
            failures.put(field, detail);
        }
    }

    private void run() {
        Metadata md = article.metadata();
        check("headline", Folding.fold(md.headline()).equals(Folding.fold(text("headline"))),
                "expected '" + text("headline") + "', read '" + md.headline() + "'");
        if (gold.has("deck")) {
            check("deck", Folding.fold(md.deck()).equals(Folding.fold(text("deck"))),
                    "expected '" + text("deck") + "', read '" + md.deck() + "'");
        }
        if (gold.has("kicker")) {
            check("kicker", Folding.fold(md.kicker()).equals(Folding.fold(text("kicker"))),
                    "expected '" + text("kicker") + "', read '" + md.kicker() + "'");
        }
        checkBylines(md);
        checkDateline(md);
        checkBody();
        checkBoilerplate();
        checkSeries(md);
        checkQuotes();
        checkScareAndNested();
        checkInsertions();
        checkSources();
        checkIndirect();
        if (gold.hasNonNull("rights")) {
            check("rights", Folding.fold(md.rights()).equals(Folding.fold(text("rights"))),
                    "expected '" + text("rights") + "', read '" + md.rights() + "'");
        }
        if (gold.hasNonNull("published")) {
            check("published", md.published() != null && md.published().value().equals(text("published")),
                    "expected " + text("published") + ", read " + md.published());
        }
    }

    private String text(String field) {
        JsonNode node = gold.get(field);
        return node == null || node.isNull() ? null : node.asText();
    }

    private void checkBylines(Metadata md) {
        List<String> expected = new ArrayList<>();
        for (JsonNode b : gold.path("bylines")) {
            expected.add(Folding.fold(b.asText()).replaceFirst("^by ", ""));
        }
        List<String> read = new ArrayList<>();
        for (Byline b : md.bylines()) {
            read.add(Folding.fold(b.name()).replaceFirst("^by ", ""));
        }
        List<String> sortedExpected = new ArrayList<>(expected);
        List<String> sortedRead = new ArrayList<>(read);
        sortedExpected.sort(null);
        sortedRead.sort(null);
        check("bylines", sortedExpected.equals(sortedRead), "expected " + expected + ", read " + read);
        if (gold.has("byline_roles") && sortedExpected.equals(sortedRead)) {
            List<String> roles = new ArrayList<>();
            for (JsonNode r : gold.get("byline_roles")) {
                roles.add(r.isNull() ? "" : Folding.fold(r.asText()));
            }
            List<String> readRoles = new ArrayList<>();
            for (Byline b : md.bylines()) {
                readRoles.add(Folding.fold(b.role()));
            }
            check("byline_roles", roles.equals(readRoles), "expected " + roles + ", read " + readRoles);
        }
    }

    private void checkDateline(Metadata md) {
        String expected = text("dateline");
        if (expected != null && !expected.isEmpty()) {
            String g = strip(Folding.fold(expected), " -");
            String r = strip(Folding.fold(md.dateline()), " -");
            check("dateline", md.dateline() != null && (Folding.fold(md.dateline()).contains(g)
                    || Folding.fold(expected).contains(r)), "expected '" + expected + "', read '" + md.dateline() + "'");
        } else {
            check("dateline", md.dateline() == null, "expected none, read '" + md.dateline() + "'");
        }
    }

    private static String strip(String s, String chars) {
        int a = 0;
        int b = s.length();
        while (a < b && chars.indexOf(s.charAt(a)) >= 0) {
            a++;
        }
        while (b > a && chars.indexOf(s.charAt(b - 1)) >= 0) {
            b--;
        }
        return s.substring(a, b);
    }

    /** The script's body_paragraphs: top-level paragraphs of body sections. */
    private List<String> bodyParagraphs() {
        List<String> paragraphs = new ArrayList<>();
        for (Section section : article.sections()) {
            if (section.kind() != SectionKind.BODY) {
                continue;
            }
            for (Block block : section.blocks()) {
                if (block instanceof Paragraph p) {
                    paragraphs.add(p.plainText());
                }
            }
        }
        return paragraphs;
    }

    private void checkBody() {
        List<String> paragraphs = bodyParagraphs();
        int expected = gold.path("paragraph_count").asInt(-1);
        check("paragraph_count", paragraphs.size() == expected, "expected " + expected + ", read " + paragraphs.size());
        String first = Folding.fold(text("body_first_words"));
        String last = Folding.fold(text("body_last_words"));
        check("body_first", !paragraphs.isEmpty() && Folding.fold(paragraphs.get(0)).startsWith(first),
                "expected to start with '" + first + "', read '" + (paragraphs.isEmpty() ? "" : paragraphs.get(0)) + "'");
        check("body_last", !paragraphs.isEmpty() && Folding.fold(paragraphs.get(paragraphs.size() - 1)).endsWith(last),
                "expected to end with '" + last + "', read '"
                        + (paragraphs.isEmpty() ? "" : paragraphs.get(paragraphs.size() - 1)) + "'");
    }

    /** The script's all_text: headline, deck, kicker, dateline and every paragraph and heading. */
    private String allText() {
        Metadata md = article.metadata();
        List<String> parts = new ArrayList<>();
        for (String s : new String[] {md.headline(), md.deck(), md.kicker(), md.dateline()}) {
            if (s != null) {
                parts.add(s);
            }
        }
        for (Section section : article.sections()) {
            for (Block block : section.blocks()) {
                if (block instanceof Paragraph p) {
                    parts.add(p.plainText());
                } else if (block instanceof Heading h) {
                    parts.add(Inlines.plainText(h.content()));
                } else {
                    parts.add("");
                }
            }
        }
        return Folding.fold(String.join("\n", parts));
    }

    private void checkBoilerplate() {
        String all = allText();
        List<String> leaked = new ArrayList<>();
        List<String> unrecorded = new ArrayList<>();
        for (JsonNode b : gold.path("boilerplate_must_drop")) {
            String s = Folding.fold(b.asText());
            if (all.contains(s)) {
                leaked.add(b.asText());
            }
            boolean recorded = article.provenance().removed().stream()
                    .anyMatch(r -> Folding.fold(r.text()).contains(s));
            if (!recorded) {
                unrecorded.add(b.asText());
            }
        }
        check("boilerplate_dropped", leaked.isEmpty(), "still in the text: " + leaked);
        check("boilerplate_recorded", unrecorded.isEmpty(), "not recorded in provenance: " + unrecorded);
    }

    private void checkSeries(Metadata md) {
        if (!gold.has("series")) {
            return;
        }
        JsonNode s = gold.get("series");
        if (s.isNull()) {
            check("series", md.series() == null, "expected none, read " + md.series());
        } else {
            boolean ok = md.series() != null
                    && Folding.fold(md.series().title()).equals(Folding.fold(s.path("title").asText()))
                    && Objects.equals(md.series().part(), s.path("part").isNull() ? null : s.path("part").asInt())
                    && Objects.equals(md.series().parts(), s.path("parts").isNull() ? null : s.path("parts").asInt());
            check("series", ok, "expected " + s + ", read " + md.series());
        }
        String note = text("series_note");
        if (note != null) {
            List<String> notes = new ArrayList<>();
            for (Section section : article.sections()) {
                if (section.kind() == SectionKind.SERIES_NOTE) {
                    for (Block block : section.blocks()) {
                        if (block instanceof Paragraph p) {
                            notes.add(Folding.fold(p.plainText()));
                        }
                    }
                }
            }
            check("series_note", notes.contains(Folding.fold(note)), "expected '" + note + "', read " + notes);
        }
    }

    private Map<String, Source> sources() {
        Map<String, Source> byId = new HashMap<>();
        for (Source s : article.sources()) {
            byId.put(s.id(), s);
        }
        return byId;
    }

    /** Direct and partial quotes, in order: the script's pquotes. */
    private List<Quote> pquotes() {
        List<Quote> list = new ArrayList<>();
        for (Quote q : article.quotes()) {
            if (q.kind() == QuoteKind.DIRECT || q.kind() == QuoteKind.PARTIAL) {
                list.add(q);
            }
        }
        return list;
    }

    private void checkQuotes() {
        Map<String, Source> sources = sources();
        List<Quote> pquotes = pquotes();
        Set<Integer> matched = new HashSet<>();
        List<String> wrongSpeaker = new ArrayList<>();
        List<String> notFound = new ArrayList<>();
        List<String> wrongKindOrCue = new ArrayList<>();
        Set<Integer> correctHits = new HashSet<>();
        Set<Integer> counted = new HashSet<>();
        for (JsonNode g : gold.path("quotes")) {
            counts.goldQuotes++;
            String key = Folding.alnum(g.path("starts").asText());
            key = key.substring(0, Math.min(24, key.length()));
            Integer hit = null;
            for (int i = 0; i < pquotes.size(); i++) {
                if (!key.isEmpty() && Folding.alnum(pquotes.get(i).text()).contains(key)) {
                    hit = i;
                    break;
                }
            }
            if (hit == null) {
                notFound.add(g.path("starts").asText());
                counts.misses.add("not found: " + g.path("starts").asText());
                continue;
            }
            counts.goldFound++;
            // the script's rule takes the first quotation containing the key; for counting, a quotation that
            // starts with it and is not yet taken is the better match (a short key such as "That" occurs in many)
            int countedHit = hit;
            for (int i = 0; i < pquotes.size(); i++) {
                if (!counted.contains(i) && Folding.alnum(pquotes.get(i).text()).startsWith(key)) {
                    countedHit = i;
                    break;
                }
            }
            counted.add(countedHit);
            matched.add(hit);
            Quote q = pquotes.get(hit);
            Source src = q.sourceId() == null ? null : sources.get(q.sourceId());
            boolean ok = src != null && Folding.speakerOk(g.path("speaker").asText(), src);
            Quote countedQuote = pquotes.get(countedHit);
            Source countedSource = countedQuote.sourceId() == null ? null : sources.get(countedQuote.sourceId());
            if (countedSource != null && Folding.speakerOk(g.path("speaker").asText(), countedSource)) {
                correctHits.add(countedHit);
            }
            if (ok) {
                counts.goldCorrect++;
            } else {
                wrongSpeaker.add(g.path("starts").asText() + " → " + (src == null ? "nobody" : src.name()));
                counts.misses.add((src == null ? "unattributed: " : "wrong speaker: ") + g.path("starts").asText()
                        + " (expected " + g.path("speaker").asText() + ", read " + (src == null ? "nobody" : src.name())
                        + ")");
            }
            String kind = g.path("kind").asText();
            String cue = g.path("cue").asText();
            if (!q.kind().name().equalsIgnoreCase(kind) || !Folding.fold(cue).equals(Folding.fold(q.cue()))) {
                wrongKindOrCue.add(g.path("starts").asText() + ": expected " + kind + "/" + cue + ", read "
                        + q.kind().name().toLowerCase() + "/" + q.cue());
            }
        }
        // predicted quotations: matched ones, nested speech of the annotation, and false positives
        List<String> nested = new ArrayList<>();
        for (JsonNode n : gold.path("nested_quotes")) {
            nested.add(Folding.alnum(n.asText()));
        }
        List<String> falsePositives = new ArrayList<>();
        for (int i = 0; i < pquotes.size(); i++) {
            Quote q = pquotes.get(i);
            String a = Folding.alnum(q.text());
            boolean nestedSpeech = nested.stream().anyMatch(n -> !n.isEmpty() && a.contains(n.substring(0, Math.min(24, n.length()))));
            if (nestedSpeech && !counted.contains(i)) {
                continue;
            }
            counts.predicted++;
            if (counted.contains(i)) {
                counts.predictedMatched++;
            } else {
                falsePositives.add(q.text());
            }
            if (q.sourceId() != null) {
                counts.predictedAttributed++;
                if (correctHits.contains(i)) {
                    counts.attributedCorrectly++;
                } else {
                    counts.misses.add("attributed but wrong or not annotated: " + q.text() + " → "
                            + sources.get(q.sourceId()).name());
                }
            }
        }
        for (String fp : falsePositives) {
            counts.misses.add("false positive: " + fp);
        }
        check("quotes_found", notFound.isEmpty(), "not found: " + notFound);
        check("quotes_speakers", wrongSpeaker.isEmpty(), "wrong or missing speaker: " + wrongSpeaker);
        check("quotes_kind_and_cue", wrongKindOrCue.isEmpty(), String.join("; ", wrongKindOrCue));
        // the script's false positives: quotations of four words or more that no annotated quotation took
        List<String> longFalsePositives = new ArrayList<>();
        for (int i = 0; i < pquotes.size(); i++) {
            String text = pquotes.get(i).text();
            String a = Folding.alnum(text);
            boolean nestedSpeech = nested.stream().anyMatch(n -> !n.isEmpty() && a.contains(n.substring(0, Math.min(24, n.length()))));
            if (!matched.contains(i) && !nestedSpeech && Folding.words(text).size() >= 4) {
                longFalsePositives.add(text);
            }
        }
        check("quote_false_positives", longFalsePositives.isEmpty(), "quotes not in the annotation: " + longFalsePositives);
    }

    private void checkScareAndNested() {
        List<String> missing = new ArrayList<>();
        for (JsonNode s : gold.path("scare_quotes")) {
            String key = Folding.alnum(s.asText());
            boolean found = article.quotes().stream()
                    .anyMatch(q -> q.kind() == QuoteKind.SCARE && Folding.alnum(q.text()).contains(key));
            if (!found) {
                missing.add(s.asText());
            }
        }
        if (gold.has("scare_quotes")) {
            check("scare_quotes", missing.isEmpty(), "not read as scare quotes: " + missing);
        }
        List<String> notNested = new ArrayList<>();
        for (JsonNode s : gold.path("nested_quotes")) {
            String key = Folding.alnum(s.asText());
            String prefix = key.substring(0, Math.min(24, key.length()));
            boolean found = false;
            for (Quote inner : article.quotes()) {
                if (!Folding.alnum(inner.text()).contains(prefix)) {
                    continue;
                }
                for (Quote outer : article.quotes()) {
                    if (outer != inner && outer.paragraph() == inner.paragraph() && outer.start() <= inner.start()
                            && inner.end() <= outer.end()) {
                        found = true;
                    }
                }
            }
            if (!found) {
                notNested.add(s.asText());
            }
        }
        if (gold.has("nested_quotes")) {
            check("nested_quotes", notNested.isEmpty(), "not read as nested quotes: " + notNested);
        }
    }

    private void checkInsertions() {
        if (!gold.has("editorial_insertions")) {
            return;
        }
        List<String> inQuotes = new ArrayList<>();
        for (Paragraph p : article.paragraphs()) {
            int[] depth = {0};
            Inlines.walk(p.content(), new InlineHandler() {
                @Override
                public void text(Text text) {
                    // only insertions matter here
                }

                @Override
                public void insertion(EditorialInsertion insertion) {
                    if (depth[0] > 0) {
                        inQuotes.add(Folding.fold(insertion.text()));
                    }
                }

                @Override
                public void enter(InlineContainer container) {
                    if (container instanceof QuoteSpan) {
                        depth[0]++;
                    }
                }

                @Override
                public void leave(InlineContainer container) {
                    if (container instanceof QuoteSpan) {
                        depth[0]--;
                    }
                }
            });
        }
        List<String> missing = new ArrayList<>();
        for (JsonNode s : gold.get("editorial_insertions")) {
            if (!inQuotes.contains(Folding.fold(s.asText()))) {
                missing.add(s.asText());
            }
        }
        check("editorial_insertions", missing.isEmpty(), "missing inside quotations: " + missing + " (read " + inQuotes + ")");
    }

    /** The source the annotation means by a name: exact name first, then the script's speaker match. */
    private Source sourceNamed(String name) {
        String g = Folding.stripArticle(Folding.fold(name));
        for (Source s : article.sources()) {
            if (Folding.stripArticle(Folding.fold(s.name())).equals(g)) {
                return s;
            }
        }
        for (Source s : article.sources()) {
            if (Folding.speakerOk(name, s)) {
                return s;
            }
        }
        return null;
    }

    private void checkSources() {
        List<String> problems = new ArrayList<>();
        gold.path("source_aliases").fields().forEachRemaining(e -> {
            Source s = sourceNamed(e.getKey());
            for (JsonNode alias : e.getValue()) {
                String a = Folding.stripArticle(Folding.fold(alias.asText()));
                boolean has = s != null && s.aliases().stream()
                        .anyMatch(x -> Folding.stripArticle(Folding.fold(x)).equals(a));
                if (!has) {
                    problems.add(e.getKey() + " lacks alias '" + alias.asText() + "'"
                            + (s == null ? " (no such source)" : " (has " + s.aliases() + ")"));
                }
            }
        });
        if (gold.has("source_aliases")) {
            check("source_aliases", problems.isEmpty(), String.join("; ", problems));
        }
        List<String> descriptions = new ArrayList<>();
        gold.path("source_descriptions").fields().forEachRemaining(e -> {
            Source s = sourceNamed(e.getKey());
            String expected = Folding.stripArticle(Folding.fold(e.getValue().asText()));
            if (s == null || !Folding.stripArticle(Folding.fold(s.description())).equals(expected)) {
                descriptions.add(e.getKey() + ": expected '" + e.getValue().asText() + "', read "
                        + (s == null ? "no such source" : "'" + s.description() + "'"));
            }
        });
        if (gold.has("source_descriptions")) {
            check("source_descriptions", descriptions.isEmpty(), String.join("; ", descriptions));
        }
        List<String> kinds = new ArrayList<>();
        gold.path("source_kinds").fields().forEachRemaining(e -> {
            Source s = sourceNamed(e.getKey());
            if (s == null || !s.kind().name().equalsIgnoreCase(e.getValue().asText())) {
                kinds.add(e.getKey() + ": expected " + e.getValue().asText() + ", read "
                        + (s == null ? "no such source" : s.kind().name().toLowerCase()));
            }
        });
        if (gold.has("source_kinds")) {
            check("source_kinds", kinds.isEmpty(), String.join("; ", kinds));
        }
    }

    private void checkIndirect() {
        Map<String, Source> sources = sources();
        List<Quote> indirect = new ArrayList<>();
        for (Quote q : article.quotes()) {
            if (q.kind() == QuoteKind.INDIRECT) {
                indirect.add(q);
            }
        }
        List<String> missing = new ArrayList<>();
        for (JsonNode name : gold.path("indirect_sources")) {
            boolean found = indirect.stream()
                    .anyMatch(q -> q.sourceId() != null && Folding.speakerOk(name.asText(), sources.get(q.sourceId())));
            if (!found) {
                missing.add(name.asText());
            }
        }
        if (gold.has("indirect_sources")) {
            check("indirect_sources", missing.isEmpty(), "no indirect quote from " + missing);
        }
        if (!gold.has("indirect_quotes")) {
            return;
        }
        Set<Quote> used = new HashSet<>();
        for (JsonNode g : gold.get("indirect_quotes")) {
            counts.goldIndirect++;
            String key = Folding.alnum(g.path("starts").asText());
            key = key.substring(0, Math.min(16, key.length()));
            for (Quote q : indirect) {
                if (Folding.alnum(q.text()).contains(key) && q.sourceId() != null
                        && Folding.speakerOk(g.path("speaker").asText(), sources.get(q.sourceId()))) {
                    counts.goldIndirectFound++;
                    used.add(q);
                    break;
                }
            }
        }
        counts.predictedIndirect += indirect.size();
        counts.predictedIndirectMatched += used.size();
        for (Quote q : indirect) {
            if (!used.contains(q)) {
                counts.misses.add("indirect not in the annotation: " + q.text() + " → "
                        + (q.sourceId() == null ? "nobody" : sources.get(q.sourceId()).name()));
            }
        }
    }

    /** The plain text of inlines (for messages). */
    static String plain(List<Inline> inlines) {
        return Inlines.plainText(inlines);
    }
}
