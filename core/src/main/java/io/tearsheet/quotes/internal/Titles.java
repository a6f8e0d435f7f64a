package io.tearsheet.quotes.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Honorifics and titles written before a name ("Mr.", "Dr", "Professor", "Councillor", "Chief Executive",
 * "Detective Inspector"), with the gender some of them imply. They are not part of the canonical name:
 * "Mr. Deng" is an alias of "Deng Xiaoping".
 */
public final class Titles {
    private static final Map<String, Gender> HONORIFICS = Map.ofEntries(
            Map.entry("mr", Gender.MALE), Map.entry("mr.", Gender.MALE), Map.entry("messrs.", Gender.MALE),
            Map.entry("mrs", Gender.FEMALE), Map.entry("mrs.", Gender.FEMALE), Map.entry("ms", Gender.FEMALE),
            Map.entry("ms.", Gender.FEMALE), Map.entry("miss", Gender.FEMALE), Map.entry("mme", Gender.FEMALE),
            Map.entry("mme.", Gender.FEMALE), Map.entry("sir", Gender.MALE), Map.entry("dame", Gender.FEMALE),
            Map.entry("lord", Gender.MALE), Map.entry("lady", Gender.FEMALE), Map.entry("king", Gender.MALE),
            Map.entry("queen", Gender.FEMALE), Map.entry("prince", Gender.MALE), Map.entry("princess", Gender.FEMALE),
            Map.entry("father", Gender.MALE), Map.entry("sister", Gender.FEMALE), Map.entry("brother", Gender.MALE),
            Map.entry("sheikh", Gender.MALE), Map.entry("councilman", Gender.MALE),
            Map.entry("councilwoman", Gender.FEMALE), Map.entry("congressman", Gender.MALE),
            Map.entry("congresswoman", Gender.FEMALE));
    private static final Set<String> TITLES = Lexicon.of("dr", "dr.", "prof", "prof.", "professor", "sen.", "sen", "senator",
            "rep.", "rep", "representative", "gov.", "gov", "governor", "gen.", "gen", "general", "president", "vice",
            "prime", "minister", "premier", "chancellor", "secretary", "foreign", "defence", "defense", "finance",
            "interior", "health", "deputy", "judge", "justice", "rev.", "rev", "reverend", "bishop", "archbishop",
            "cardinal", "pope", "rabbi", "imam", "capt.", "capt", "captain", "lt.", "lt", "lieutenant", "col.", "col",
            "colonel", "sgt.", "sgt", "sergeant", "maj.", "maj", "major", "adm.", "adm", "admiral", "cmdr.", "commander",
            "cpl.", "corporal", "pvt.", "private", "officer", "detective", "inspector", "superintendent", "chief",
            "constable", "det.", "insp.", "supt.", "mayor", "councillor", "councilor", "alderman", "ambassador",
            "commissioner", "chairman", "chairwoman", "chair", "director", "executive", "coach", "principal",
            "speaker", "leader", "emperor", "sultan", "emir", "crown", "state", "attorney", "district", "assistant",
            "senior", "junior", "acting", "interim", "former", "then", "editor", "managing", "chief-executive");

    private Titles() {
    }

    /** Whether a word (as written) is a title or honorific that may stand before a name. */
    public static boolean isTitle(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return HONORIFICS.containsKey(w) || TITLES.contains(w);
    }

    /** Whether the word is a short honorific ("Mr.", "Ms", "Dame") that implies a person. */
    public static boolean isHonorific(String word) {
        return HONORIFICS.containsKey(word.toLowerCase(Locale.ROOT));
    }

    /** The gender a title implies, or {@link Gender#UNKNOWN}. */
    public static Gender genderOf(String word) {
        return HONORIFICS.getOrDefault(word.toLowerCase(Locale.ROOT), Gender.UNKNOWN);
    }
}
