package io.tearsheet.quotes.internal;

import io.tearsheet.read.conventions.Text;

import java.util.List;
import java.util.Locale;

/**
 * “Q1,” said Mr. Varga. “Q2.” — a quotation that follows an attributed one in the same paragraph, with nothing
 * but the attribution and punctuation between them, continues the same speaker; so does one after a sentence or two
 * of the writer's about the speaker ("He did not say when."). Anything else between them (another name, a
 * sentence about something else) breaks the chain.
 */
public final class SameParagraphContinuation implements ContinuationRule {
    /** How many of the writer's sentences about the speaker may stand between the two quotations. */
    private static final int MAX_SENTENCES_ABOUT = 2;

    @Override
    public void apply(List<Candidate> quotations) {
        for (int i = 1; i < quotations.size(); i++) {
            Candidate c = quotations.get(i);
            Candidate previous = quotations.get(i - 1);
            if (i >= 2 && withinAttribution(quotations.get(i - 2), previous)) {
                // “Q1,” X said on CNN's “State of the Union”. “Q2.”: the title belongs to Q1's attribution
                previous = quotations.get(i - 2);
            }
            if (!c.attributed() && previous.attributed() && !previous.scare && previous.paragraph == c.paragraph
                    && coordinated(previous, c)) {
                c.inherit(previous, RuleId.CONTINUES_QUOTATION_BEFORE); // "as a “human leech” and a “spoiled brat”"
                continue;
            }
            if (c.attributed() || c.scare || !previous.attributed() || previous.scare
                    || previous.paragraph != c.paragraph || !c.site.opensSentence() && !bridged(previous, c)) {
                continue;
            }
            if (bridged(previous, c)) {
                c.inherit(previous, RuleId.CONTINUES_QUOTATION_BEFORE);
            }
        }
    }

    /**
     * Whether {@code inner} stands inside the sentence of {@code outer}'s trailing attribution ("X said on CNN's
     * “State of the Union”"), as a scare quote or with {@code outer}'s own speaker.
     */
    private static boolean withinAttribution(Candidate outer, Candidate inner) {
        Attribution a = outer.attribution;
        if (a == null || outer.scare || outer.paragraph != inner.paragraph || a.at() < outer.quote.after()
                || inner.quote.open() < a.end()
                || inner.quote.open() >= inner.paragraph.sentenceEnd(a.end())) {
            return false;
        }
        return inner.scare || inner.entity == outer.entity;
    }

    /** Only "and" or "or" (perhaps with a comma and an article) joins the two quotations: one list of words. */
    private static boolean coordinated(Candidate previous, Candidate c) {
        String between = c.paragraph.text().substring(previous.quote.after(), c.quote.open());
        return COORDINATION.matcher(between).matches();
    }

    private static final java.util.regex.Pattern COORDINATION = java.util.regex.Pattern.compile(
            "\\s*,?\\s*(?:and|or)\\s+(?:(?:a|an|the)\\s+)?");

    /** Only the previous quotation's attribution and punctuation stand between the two. */
    static boolean bridged(Candidate previous, Candidate c) {
        String text = c.paragraph.text();
        int from = previous.quote.after();
        if (previous.attribution != null && previous.attribution.at() >= from) {
            from = Math.max(from, previous.attribution.end());
            // skip the cue verb and its complement up to the end of the attribution's sentence
            from = Math.max(from, previous.site.afterTo());
            int sentenceEnd = c.paragraph.sentenceEnd(previous.attribution.end());
            if (from < c.quote.open() && sentenceEnd <= c.quote.open()) {
                from = Math.max(from, sentenceEnd); // past a title inside the attribution: "told CNN's “…” Sunday."
            }
        }
        if (from > c.quote.open()) {
            return true;
        }
        String between = text.substring(from, c.quote.open());
        return Separators.only(text, from, c.quote.open(), ",.;:—–-")
                || aboutTheSpeaker(previous, between) || cueOfTheSpeaker(previous, between);
    }

    /**
     * X said that … “Q1,” she said. “Q2.” — the previous quotation was attributed by a cue before it, and the
     * words after it are a cue of their own whose subject can only be the same speaker: "he said" or "she said"
     * agreeing with the speaker's gender, or the speaker's surname ("Okafor said").
     */
    private static boolean cueOfTheSpeaker(Candidate previous, String between) {
        Entity speaker = previous.entity;
        String clause = between.strip();
        if (speaker == null || !clause.endsWith(".")) {
            return false;
        }
        String[] words = Text.SPACE_RUNS.split(clause.substring(0, clause.length() - 1).strip());
        if (words.length != 2) {
            return false;
        }
        int v = CueVerbs.speech(words[1]) != null ? 1 : 0; // "she said" or "said she"
        String verb = words[v];
        String subject = words[1 - v];
        if (CueVerbs.speech(verb) == null || !verb.equals(verb.toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (subject.equals("he") || subject.equals("she")) {
            return !speaker.plural() && speaker.isPerson() && agrees(subject.equals("he") ? "He" : "She", speaker.gender());
        }
        String name = speaker.name();
        return Character.isUpperCase(subject.charAt(0)) && name.endsWith(" " + subject);
    }

    /**
     * “Q1,” Obama said. He did not suggest retaliation. “Q2.” — the writer's sentences between the two quotations
     * are about the speaker: each opens with the pronoun of the speaker's gender and names nobody else (no capitalised
     * word after its first), and there are at most {@link #MAX_SENTENCES_ABOUT} of them.
     */
    private static boolean aboutTheSpeaker(Candidate previous, String between) {
        Entity speaker = previous.entity;
        if (speaker == null || speaker.plural() || !speaker.isPerson() || between.indexOf('"') >= 0
                || between.indexOf('\u201c') >= 0 || between.indexOf('\u201d') >= 0) {
            return false;
        }
        String[] sentences = between.strip().split("(?<=[.!?])\\s+");
        if (sentences.length > MAX_SENTENCES_ABOUT) {
            return false;
        }
        for (String sentence : sentences) {
            String[] words = Text.SPACE_RUNS.split(sentence.strip());
            String last = sentence.strip();
            if (words.length < 2 || !last.endsWith(".") || !agrees(words[0], speaker.gender())) {
                return false;
            }
            for (int w = 1; w < words.length; w++) {
                if (!words[w].isEmpty() && Character.isUpperCase(words[w].charAt(0))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** "He" for a man, "She" for a woman; either for a person whose gender the article has not shown. */
    private static boolean agrees(String pronoun, Gender gender) {
        return switch (pronoun) {
            case "He" -> gender != Gender.FEMALE;
            case "She" -> gender != Gender.MALE;
            default -> false;
        };
    }
}
