package io.tearsheet.quotes.internal;

import io.tearsheet.read.conventions.WordTable;

import java.util.Map;
import java.util.Set;

/**
 * Verbs that attribute words to a speaker in English news prose ("said", "told", "wrote", "argued") and, for
 * documents, the verbs that report what they contain ("show", "found"). Each form is kept as written: the cue of
 * a quotation is the verb the article used.
 */
public final class CueVerbs {
    /**
     * Lemma of every speech form, and of each form that needs a particle where it is no speech form by itself: one
     * table, so that the many words that are neither take one look-up.
     */
    private static final WordTable<String> SPEECH = WordTable.of(speechLemmas());
    /** Verbs that take the listener as object: "told the council", "asked reporters". */
    private static final Set<String> TAKES_OBJECT = Lexicon.words("cue-verbs-listener");
    /** Verbs through which only documents and data speak. */
    private static final WordTable<String> DOCUMENT = WordTable.of(Lexicon.lemmas("cue-verbs-document"));
    /**
     * Forms that are as often nouns as verbs ("reports", "claims", "notes"): they count as cues only where the
     * verb reading is plain, before "that" or at the end of a clause.
     */
    private static final WordTable<Boolean> NOUN_LIKE = Lexicon.wordTable("cue-verbs-noun-like");
    /** Forms that attribute only with their particle ("went on", "chimed in"), to the particle. */
    private static final WordTable<String> PARTICLES = WordTable.of(particles());

    private CueVerbs() {
    }

    /** The lemma of a speech cue ("said" → "say", "went" of "went on" → "go"), or null. */
    public static String speech(String word) {
        return SPEECH.get(word);
    }

    /** The particle a cue form needs ("out" for "pointed", "on" for "went"), or null. */
    public static String particle(String word) {
        return PARTICLES.get(word);
    }

    private static Map<String, String> particles() {
        Map<String, String> out = new java.util.HashMap<>();
        Lexicon.table("cue-verbs-phrasal").forEach((particle, forms) -> forms.forEach(f -> out.put(f, particle)));
        return Map.copyOf(out);
    }

    private static Map<String, String> speechLemmas() {
        Map<String, String> lemmas = new java.util.HashMap<>(phrasalLemmas());
        lemmas.putAll(Lexicon.lemmas("cue-verbs-speech")); // a speech form's own lemma wins
        return lemmas;
    }

    /** The lemma of each form that needs a particle. */
    private static Map<String, String> phrasalLemmas() {
        Map<String, String> out = new java.util.HashMap<>();
        for (String line : Lexicon.entries("cue-verbs-phrasal")) {
            String[] cells = line.split("\\s+");
            String lemma = null;
            for (int i = 1; i < cells.length; i++) {
                // each verb's forms follow its lemma; a new lemma starts where a form's stem changes
                if (lemma == null || !sameVerb(lemma, cells[i])) {
                    lemma = cells[i];
                }
                out.putIfAbsent(cells[i], lemma);
            }
        }
        return Map.copyOf(out);
    }

    private static boolean sameVerb(String lemma, String form) {
        return form.startsWith(lemma.substring(0, Math.min(3, lemma.length()))) || lemma.equals("go") && form.equals("went")
                || lemma.equals("shoot") && form.equals("shot");
    }

    /** The lemma of a documents-only cue ("show", "find"), or null. */
    public static String document(String word) {
        return DOCUMENT.get(word);
    }

    /** Whether the form is read as a cue only before "that" or at the end of a clause. */
    public static boolean isNounLike(String word) {
        return NOUN_LIKE.contains(word);
    }

    public static boolean takesObject(String lemma) {
        return TAKES_OBJECT.contains(lemma);
    }

    /** Whether the form is a participle ("saying", "adding") rather than a finite verb with a subject. */
    public static boolean isParticiple(String word) {
        int n = word.length();
        return n >= 3 && (word.charAt(n - 3) | 0x20) == 'i' && (word.charAt(n - 2) | 0x20) == 'n'
                && (word.charAt(n - 1) | 0x20) == 'g';
    }

}
