package io.tearsheet.quotes.internal;

import io.tearsheet.read.conventions.WordTable;

import java.util.Locale;
import java.util.Map;

/**
 * What the head noun of a phrase says about a speaker: a person ("diplomat", "spokeswoman", "schoolboy"), an
 * organisation ("ministry", "company"), a publication ("newspaper", "paper"), a document ("report", "records"),
 * and, for some, a gender. Plural forms are recognised from their singular.
 */
public final class HeadNouns {
    /** The class of thing a noun names. */
    public enum NounClass { PERSON, ORGANIZATION, PUBLICATION, DOCUMENT, UNKNOWN }

    private static final Map<String, Gender> GENDERED = Lexicon.genders("head-nouns-gender");
    /** Nouns that end like a plural but are singular (or only plural in form). */
    private static final WordTable<Boolean> NOT_PLURAL = Lexicon.wordTable("nouns-not-plural");
    /** Nouns for many people at once: "police say", "the staff", "the crew". */
    private static final WordTable<Boolean> COLLECTIVE = Lexicon.wordTable("head-nouns-collective");
    /** Nouns of nationality: "the German", "the Frenchman". */
    private static final WordTable<Boolean> DEMONYMS = Lexicon.wordTable("head-nouns-demonyms");

    private static final int PERSON_NOUN = 1;
    private static final int ORGANIZATION_NOUN = 2;
    private static final int PUBLICATION_NOUN = 4;
    private static final int DOCUMENT_NOUN = 8;
    private static final int COLLECTIVE_NOUN = 16;
    /** Every listed noun with a bit for each list that has it, so a noun's class takes two look-ups, not nine. */
    private static final Flags CLASSES = new Flags(Map.of(
            "head-nouns-person", PERSON_NOUN,
            "head-nouns-organization", ORGANIZATION_NOUN,
            "head-nouns-publication", PUBLICATION_NOUN,
            "head-nouns-document", DOCUMENT_NOUN,
            "head-nouns-collective", COLLECTIVE_NOUN));

    private HeadNouns() {
    }

    /** Whether a word (any case) names a person by nationality: "German", "Frenchman", "Scot". */
    public static boolean isDemonym(String word) {
        return DEMONYMS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Words of several lists in one table, each with the bits of the lists that hold it. */
    private record Flags(WordTable<Integer> table) {
        Flags(Map<String, Integer> bitOfList) {
            this(compile(bitOfList));
        }

        private static WordTable<Integer> compile(Map<String, Integer> bitOfList) {
            Map<String, Integer> flags = new java.util.HashMap<>();
            bitOfList.forEach((list, bit) -> {
                for (String word : Lexicon.entries(list)) {
                    flags.merge(word, bit, (a, b) -> a | b);
                }
            });
            return WordTable.of(flags);
        }

        int flags(String word) {
            Integer bits = table.get(word);
            return bits == null ? 0 : bits;
        }
    }

    /** The class of a head noun, singular or plural. */
    public static NounClass classOf(String noun) {
        int asWritten = CLASSES.flags(noun); // any case
        String s = singular(noun);
        // a word that is its own singular was looked up already: the table ignores case
        int either = s.equalsIgnoreCase(noun) ? asWritten : asWritten | CLASSES.flags(s);
        if ((either & PUBLICATION_NOUN) != 0) {
            return NounClass.PUBLICATION;
        }
        // the "-man" shape counts only in lower case: capitalised, "Friedman" and "McCrummen" are surnames
        boolean lower = !noun.isEmpty() && Character.isLowerCase(noun.charAt(0));
        if ((either & PERSON_NOUN) != 0 || (asWritten & COLLECTIVE_NOUN) != 0
                || lower && (isManNoun(s) || s.endsWith("woman") || s.endsWith("person"))) {
            return NounClass.PERSON;
        }
        if ((either & ORGANIZATION_NOUN) != 0) {
            return NounClass.ORGANIZATION;
        }
        if ((either & DOCUMENT_NOUN) != 0) {
            return NounClass.DOCUMENT;
        }
        return NounClass.UNKNOWN;
    }

    /**
     * "man", "woman", or a compound of six letters or more that ends in one ("fireman", "spokesman"), which
     * names a person; not "lumen" or "stamen".
     */
    private static boolean isManNoun(String s) {
        return s.equals("man") || s.equals("woman") || s.length() >= 6 && s.endsWith("man");
    }

    /** Whether a head noun names people: a known person noun, or one formed like one ("-ist", "-ian", "-er"). */
    public static boolean looksLikePerson(String noun) {
        NounClass c = classOf(noun);
        if (c == NounClass.PERSON) {
            return true;
        }
        if (c != NounClass.UNKNOWN) {
            return false;
        }
        String s = singular(noun.toLowerCase(Locale.ROOT));
        return s.length() > 4 && (s.endsWith("ist") || s.endsWith("ian") || s.endsWith("er") || s.endsWith("or")
                || s.endsWith("ant") || s.endsWith("ent"));
    }

    public static Gender genderOf(String noun) {
        return GENDERED.getOrDefault(singular(noun.toLowerCase(Locale.ROOT)), Gender.UNKNOWN);
    }

    /** Whether a noun is plural in form (or names a crowd: "police", "staff"). */
    public static boolean isPlural(String noun) {
        String n = noun.toLowerCase(Locale.ROOT);
        boolean men = n.endsWith("men") && isManNoun(n.substring(0, n.length() - 3) + "man")
                && (Character.isLowerCase(noun.charAt(0)) || (CLASSES.flags(singular(n)) & PERSON_NOUN) != 0);
        if (COLLECTIVE.contains(n) || men || n.endsWith("people")) {
            return true;
        }
        return n.length() > 3 && n.endsWith("s") && !n.endsWith("ss") && !NOT_PLURAL.contains(n) && !n.endsWith("us")
                && !n.endsWith("is");
    }

    /** A plural noun's singular, roughly: "diplomats" → "diplomat", "ministries" → "ministry", "women" → "woman". */
    public static String singular(String noun) {
        String n = noun.toLowerCase(Locale.ROOT);
        if (NOT_PLURAL.contains(n)) {
            return n;
        }
        if (n.endsWith("men") && n.length() > 3 && isManNoun(n.substring(0, n.length() - 3) + "man")) {
            return n.substring(0, n.length() - 3) + "man";
        }
        if (n.endsWith("people")) {
            return n.substring(0, n.length() - 6) + "person";
        }
        if (n.endsWith("ies") && n.length() > 4) {
            return n.substring(0, n.length() - 3) + "y";
        }
        if (n.endsWith("ches") || n.endsWith("shes") || n.endsWith("sses") || n.endsWith("xes")) {
            return n.substring(0, n.length() - 2);
        }
        if (n.endsWith("s") && !n.endsWith("ss") && !n.endsWith("us") && !n.endsWith("is") && n.length() > 3) {
            return n.substring(0, n.length() - 1);
        }
        return n;
    }
}
