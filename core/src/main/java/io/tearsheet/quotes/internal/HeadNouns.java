package io.tearsheet.quotes.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the head noun of a phrase says about a speaker: a person ("diplomat", "spokeswoman", "schoolboy"), an
 * organisation ("ministry", "company"), a publication ("newspaper", "paper"), a document ("report", "records"),
 * and, for some, a gender. Plural forms are recognised from their singular.
 */
public final class HeadNouns {
    /** The class of thing a noun names. */
    public enum NounClass { PERSON, ORGANIZATION, PUBLICATION, DOCUMENT, UNKNOWN }

    private static final Set<String> PERSON = Lexicon.words("head-nouns-person");
    private static final Set<String> ORGANIZATION = Lexicon.words("head-nouns-organization");
    private static final Set<String> PUBLICATION = Lexicon.words("head-nouns-publication");
    private static final Set<String> DOCUMENT = Lexicon.words("head-nouns-document");
    private static final Map<String, Gender> GENDERED = Lexicon.genders("head-nouns-gender");
    /** Nouns that end like a plural but are singular (or only plural in form). */
    private static final Set<String> NOT_PLURAL = Lexicon.words("nouns-not-plural");
    /** Nouns for many people at once: "police say", "the staff", "the crew". */
    private static final Set<String> COLLECTIVE = Lexicon.words("head-nouns-collective");

    private HeadNouns() {
    }

    /** The class of a head noun, singular or plural. */
    public static NounClass classOf(String noun) {
        String n = noun.toLowerCase(Locale.ROOT);
        String s = singular(n);
        if (PUBLICATION.contains(n) || PUBLICATION.contains(s)) {
            return NounClass.PUBLICATION;
        }
        if (PERSON.contains(s) || PERSON.contains(n) || COLLECTIVE.contains(n) || isManNoun(s)
                || s.endsWith("woman") || s.endsWith("person")) {
            return NounClass.PERSON;
        }
        if (ORGANIZATION.contains(s) || ORGANIZATION.contains(n)) {
            return NounClass.ORGANIZATION;
        }
        if (DOCUMENT.contains(s) || DOCUMENT.contains(n)) {
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
        if (COLLECTIVE.contains(n) || n.endsWith("men") && isManNoun(n.substring(0, n.length() - 3) + "man")
                || n.endsWith("people")) {
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
