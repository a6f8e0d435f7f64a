package io.tearsheet.quotes.internal;

import io.tearsheet.model.SourceKind;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** What a proper name's last word suggests it names: "… Herald" a publication, "… Ministry" an organisation. */
final class NameKinds {
    private static final Set<String> PUBLICATION = Lexicon.words("name-words-publication");
    private static final Set<String> ORGANIZATION = Lexicon.words("name-words-organization");
    private static final Set<String> EVENT = Lexicon.words("name-words-event");
    /** The name words whose role nouns say what kind of organisation it is ("Productions", "Air"). */
    private static final Set<String> WITH_ROLES = Lexicon.table("org-name-roles").keySet();

    /**
     * Publications named after a person: alone, "Bloomberg" and "Reuters" are the agencies; after a given name
     * ("Michael R. Bloomberg") they are people.
     */
    private static final Set<String> FOUNDERS_NAMES = Set.of("Bloomberg", "Reuters");

    private NameKinds() {
    }

    /**
     * The English names of the world's countries, as the JDK knows them ("Israel", "South Korea"): a state speaks
     * through its government and is never "he" or "she".
     */
    private static final Set<String> COUNTRIES = countries();

    private static Set<String> countries() {
        Set<String> names = new HashSet<>();
        for (String code : Locale.getISOCountries()) {
            names.add(new Locale("", code).getDisplayCountry(Locale.ENGLISH));
        }
        return Set.copyOf(names);
    }

    /** The kind a name's last word suggests, or null when it looks like a person's name. */
    static SourceKind of(String name) {
        if (COUNTRIES.contains(name)) {
            return SourceKind.ORGANIZATION; // "Israel said": the state, through its government
        }
        if (name.contains("&")) {
            return SourceKind.ORGANIZATION; // "Dunmore & Pike", "Procter & Gamble"
        }
        String[] words = name.split(" ");
        String last = words[words.length - 1];
        if (PUBLICATION.contains(last) && !(words.length > 1 && FOUNDERS_NAMES.contains(last))) {
            return SourceKind.PUBLICATION;
        }
        for (String word : words) {
            if (ORGANIZATION.contains(word)) {
                return SourceKind.ORGANIZATION;
            }
        }
        if (words.length > 1 && WITH_ROLES.contains(last)) {
            return SourceKind.ORGANIZATION; // "Hartwell Lane Productions", "Skyline Air"
        }
        if (words.length > 1 && EVENT.contains(last)) {
            return SourceKind.ORGANIZATION; // "the Met Gala", "the Eurovision Song Contest": the body that runs it
        }
        return null;
    }
}
