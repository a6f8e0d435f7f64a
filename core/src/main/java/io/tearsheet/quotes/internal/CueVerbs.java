package io.tearsheet.quotes.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Verbs that attribute words to a speaker in English news prose ("said", "told", "wrote", "argued") and, for
 * documents, the verbs that report what they contain ("show", "found"). Each form is kept as written: the cue of
 * a quotation is the verb the article used.
 */
public final class CueVerbs {
    /** Lemma of every speech form. */
    private static final Map<String, String> SPEECH = forms(
            "say says said saying", "tell tells told telling", "add adds added adding", "ask asks asked asking",
            "write writes wrote writing", "explain explains explained explaining", "note notes noted noting",
            "argue argues argued arguing", "insist insists insisted insisting", "warn warns warned warning",
            "comment comments commented commenting", "state states stated", "declare declares declared",
            "reply replies replied replying", "respond responds responded", "answer answers answered",
            "recall recalls recalled recalling", "continue continues continued", "conclude concludes concluded",
            "acknowledge acknowledges acknowledged", "admit admits admitted", "concede concedes conceded",
            "claim claims claimed claiming", "suggest suggests suggested suggesting", "observe observes observed",
            "remark remarks remarked", "announce announces announced announcing", "complain complains complained",
            "joke jokes joked", "quip quips quipped", "caution cautions cautioned", "predict predicts predicted",
            "emphasize emphasizes emphasized emphasise emphasises emphasised", "stress stresses stressed",
            "maintain maintains maintained", "counter counters countered", "shout shouts shouted",
            "whisper whispers whispered", "testify testifies testified", "report reports reported",
            "tweet tweets tweeted", "post posts posted", "agree agrees agreed", "recount recounts recounted",
            "mused muse muses", "assure assures assured", "urge urges urged", "promise promises promised",
            "confirm confirms confirmed", "estimate estimates estimated", "believe believes believed",
            "fear fears feared", "contend contends contended", "allege alleges alleged", "boast boasts boasted",
            "lament laments lamented", "reflect reflects reflected", "exclaim exclaims exclaimed",
            "tell told", "inform informs informed", "remind reminds reminded", "point points pointed pointing");
    /** Verbs that take the listener as object: "told the council", "asked reporters". */
    private static final Set<String> TAKES_OBJECT = Lexicon.of("tell", "ask", "assure", "urge", "warn", "inform", "remind",
            "promise", "write", "answer", "counter", "caution");
    /** Verbs through which only documents and data speak. */
    private static final Map<String, String> DOCUMENT = forms("show shows showed shown", "find finds found",
            "suggest suggests suggested", "indicate indicates indicated", "estimate estimates estimated");
    /**
     * Forms that are as often nouns as verbs ("reports", "claims", "notes"): they count as cues only where the
     * verb reading is plain, before "that" or at the end of a clause.
     */
    private static final Set<String> NOUN_LIKE = Lexicon.of("report", "reports", "post", "posts", "comment", "comments",
            "answer", "answers", "promise", "promises", "estimate", "estimates", "claim", "claims", "note", "notes",
            "tweet", "tweets", "state", "states", "counter", "counters", "fear", "fears", "stress", "stresses", "quip",
            "quips", "joke", "jokes", "reply", "replies", "remark", "remarks", "caution", "muse", "muses", "reflect",
            "reflects", "show", "shows", "finds", "continue", "continues", "continued", "maintain", "maintains",
            "maintained", "observe", "observes", "observed", "reflected", "posted", "stated", "recall", "recalls");
    /** Opinion verbs: they report what a group thinks, never a quotation. */
    private static final Set<String> OPINION = Lexicon.of("believe", "fear");

    private CueVerbs() {
    }

    /** The lemma of a speech cue ("said" → "say"), or null. */
    public static String speech(String word) {
        return SPEECH.get(word.toLowerCase(Locale.ROOT));
    }

    /** The lemma of a documents-only cue ("show", "find"), or null. */
    public static String document(String word) {
        return DOCUMENT.get(word.toLowerCase(Locale.ROOT));
    }

    /** Whether this speech verb reports an opinion rather than words spoken. */
    public static boolean isOpinion(String lemma) {
        return OPINION.contains(lemma);
    }

    /** Whether the form is read as a cue only before "that" or at the end of a clause. */
    public static boolean isNounLike(String word) {
        return NOUN_LIKE.contains(word.toLowerCase(Locale.ROOT));
    }

    public static boolean takesObject(String lemma) {
        return TAKES_OBJECT.contains(lemma);
    }

    /** Whether the form is a participle ("saying", "adding") rather than a finite verb with a subject. */
    public static boolean isParticiple(String word) {
        return word.toLowerCase(Locale.ROOT).endsWith("ing");
    }

    private static Map<String, String> forms(String... groups) {
        java.util.HashMap<String, String> map = new java.util.HashMap<>();
        for (String group : groups) {
            String[] words = group.split(" ");
            for (String word : words) {
                map.putIfAbsent(word, words[0]);
            }
        }
        return Map.copyOf(map);
    }
}
