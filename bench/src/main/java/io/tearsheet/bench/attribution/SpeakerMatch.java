package io.tearsheet.bench.attribution;

import io.tearsheet.model.Source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether one of our sources is the speaker a gold annotation names by a string such as "Trump", "Sen. Bernie
 * Sanders", "a spokesman for the campaign" or "Clinton's campaign manager Robby Mook". The corpora have no
 * coreference: a gold speaker is the words of one mention, so a match is judged mention against source.
 *
 * <ol>
 *   <li>Both sides are folded: quotation marks and apostrophes to ASCII, case and spacing ignored, a leading
 *       article ("the", "a", "an") dropped.</li>
 *   <li>The gold mention is cut to its <em>head phrase</em>: before its first comma; before a preposition or
 *       relative word that follows a lower-case noun ("a spokesman | for Clinton", "the campaign | of …"); after
 *       the last possessive ("Clinton's | campaign manager Robby Mook").</li>
 *   <li>If the head phrase ends in a capitalised word it is a <em>name</em>: its capitalised words, less titles
 *       and honorifics ("Sen.", "President", "Mr."), are its name words. It matches a source when, for the source's
 *       name or one of its aliases (each stripped the same way), the gold name words are all among the source's
 *       ("Trump" in "Donald Trump"), or the source's name words are all among the gold's and include its last one
 *       ("Barack Obama" in "President Barack Obama"; but not "Clinton" in "Clinton aide Huma Abedin").</li>
 *   <li>Otherwise the head phrase is a <em>description</em> ("the campaign", "a spokesman", "the Clinton
 *       campaign"): it matches a source whose name or alias is the same words, or whose name, alias or
 *       description ends in the same head noun ("the company" and a source described as "production
 *       company") or in a title that abbreviates it ("the senator" and a source described as "Vermont Sen.").</li>
 *   <li>A pronoun ("he", "she", "they", "it") names nobody by itself. With a referents file the pronoun's
 *       referent, written by hand from the article, is matched instead, as a name; without one the quotation is
 *       counted apart and left out of the headline figures.</li>
 *   <li>A description with a name in apposition after its comma ("His former partner at Lenox, Lawrence B.
 *       Cummings,") names that person too: the name is matched as in rule 3 when the description does not match.</li>
 *   <li>A reflexive after the mention ("Cruz himself") is left off.</li>
 * </ol>
 * The rules forgive only what the gold string leaves open: "Clinton" matches Bill as well as Hillary Clinton.
 */
final class SpeakerMatch {
    static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "you", "him", "her", "them",
            "us", "me", "who", "which", "that", "whom");
    /** Gold speakers that are a cue verb: a slip of the annotation tool, not a speaker. */
    private static final Set<String> SLIPS = Set.of("said", "says", "say", "told", "tells", "according", "added",
            "wrote", "asked");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    private static final Set<String> CUTTERS = Set.of("of", "for", "to", "with", "at", "from", "in", "on", "who",
            "which", "that", "whose", "whom", "and", "or", "by", "about", "as");
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor",
            "sen", "senator", "rep", "representative", "gov", "governor", "president", "vice", "secretary", "gen",
            "general", "lt", "col", "sgt", "capt", "judge", "justice", "mayor", "speaker", "rev", "sir", "dame",
            "lord", "lady", "chairman", "chairwoman", "chief", "attorney", "former", "candidate", "nominee",
            "leader", "majority", "minority", "minister", "prime", "congressman", "congresswoman", "state", "u.s",
            "democrat", "democratic", "republican", "gop", "presidential", "pres", "sec", "adm", "admiral", "gop's",
            "first", "ambassador", "commissioner", "director", "spokesman", "spokeswoman", "rev.", "msgr", "father");

    private static final java.util.regex.Pattern REFLEXIVE = java.util.regex.Pattern.compile(
            "\\s+(?:himself|herself|themselves|itself)[\\s,]*$");

    private SpeakerMatch() {
    }

    /** Whether a gold mention is a cue verb marked as the speaker by mistake ("said"): no speaker is given. */
    static boolean isSlip(String gold) {
        return gold != null && SLIPS.contains(fold(gold));
    }

    /** Whether a gold mention is only a pronoun (a relative pronoun included: "who said"). */
    static boolean isPronoun(String gold) {
        return PRONOUNS.contains(fold(gold));
    }

    /** Whether {@code source} is the speaker the gold mention names. */
    static boolean matches(String gold, Source source) {
        if (gold == null || source == null) {
            return false;
        }
        gold = REFLEXIVE.matcher(gold).replaceFirst(""); // "Cruz himself" names Cruz (rule 7)
        if (matchesHead(gold, source)) {
            return true;
        }
        String appositive = appositiveName(gold);
        return appositive != null && matchesHead(appositive, source);
    }

    /**
     * The name a description puts in apposition after its comma (rule 6): "His former partner at Lenox, Lawrence B.
     * Cummings," gives "Lawrence B. Cummings"; null when the words after the first comma do not end in a name.
     */
    static String appositiveName(String gold) {
        String text = withoutBrackets(gold).strip();
        int comma = text.indexOf(',');
        if (comma <= 0) {
            return null;
        }
        int next = text.indexOf(',', comma + 1);
        String segment = (next < 0 ? text.substring(comma + 1) : text.substring(comma + 1, next)).strip();
        List<String> words = words(segment);
        return words.isEmpty() || !capitalised(words.get(words.size() - 1)) || words.size() > 6 ? null : segment;
    }

    private static boolean matchesHead(String gold, Source source) {
        List<String> head = headPhrase(words(gold));
        if (head.isEmpty()) {
            return false;
        }
        List<String> sourceNames = new ArrayList<>();
        sourceNames.add(source.name());
        sourceNames.addAll(source.aliases());
        String whole = String.join(" ", lower(dropArticle(words(withoutBrackets(gold)))));
        String headText = String.join(" ", lower(dropArticle(head)));
        for (String name : sourceNames) {
            String ours = String.join(" ", lower(dropArticle(words(name))));
            if (ours.equals(whole) || ours.equals(headText)) {
                return true; // the same words, whatever their case ("Police" opening a sentence, "police")
            }
        }
        String last = head.get(head.size() - 1);
        if (capitalised(last)) {
            List<String> goldName = nameWords(head);
            if (goldName.isEmpty()) {
                return false;
            }
            String goldLast = goldName.get(goldName.size() - 1);
            for (String name : sourceNames) {
                List<String> ours = nameWords(headPhrase(words(name)));
                if (ours.isEmpty()) {
                    continue;
                }
                if (lower(ours).containsAll(lower(goldName))
                        || lower(goldName).containsAll(lower(ours)) && lower(ours).contains(goldLast.toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
            return false;
        }
        String goldText = String.join(" ", lower(dropArticle(head)));
        String goldNoun = last.toLowerCase(Locale.ROOT);
        List<String> candidates = new ArrayList<>(sourceNames);
        if (source.description() != null) {
            candidates.add(source.description());
        }
        for (String candidate : candidates) {
            List<String> words = dropArticle(words(candidate));
            if (words.isEmpty()) {
                continue;
            }
            List<String> candidateHead = headPhrase(words);
            String candidateNoun = candidateHead.isEmpty() ? "" : candidateHead.get(candidateHead.size() - 1);
            String lastWord = words.get(words.size() - 1);
            if (String.join(" ", lower(words)).equals(goldText) || candidateNoun.equalsIgnoreCase(goldNoun)
                    || lastWord.equalsIgnoreCase(goldNoun) || abbreviates(lastWord, goldNoun)) {
                return true;
            }
        }
        return false;
    }

    /** Short titles and the role nouns they abbreviate: a source described "Vermont Sen." is "the senator". */
    private static final java.util.Map<String, Set<String>> ABBREVIATED = java.util.Map.of(
            "sen", Set.of("senator"), "gov", Set.of("governor"), "gen", Set.of("general"),
            "rep", Set.of("representative", "congressman", "congresswoman"), "lt", Set.of("lieutenant"),
            "sgt", Set.of("sergeant"), "capt", Set.of("captain"), "col", Set.of("colonel"), "adm", Set.of("admiral"));

    /** Whether a source's title word ("Sen.") abbreviates the gold description's head noun ("senator"). */
    private static boolean abbreviates(String title, String goldNoun) {
        String t = title.toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
        return ABBREVIATED.getOrDefault(t, Set.of()).contains(goldNoun);
    }

    /** The mention cut to its head phrase (rule 2). */
    static List<String> headPhrase(List<String> all) {
        List<String> words = words(withoutBrackets(String.join(" ", all)));
        List<String> head = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            String lw = w.toLowerCase(Locale.ROOT);
            if (i > 0 && CUTTERS.contains(lw) && !head.isEmpty()
                    && !TITLES.contains(head.get(head.size() - 1).toLowerCase(Locale.ROOT).replaceAll("\\.$", ""))) {
                break; // "a spokesman | for Clinton", "Mr. Morgan | of the Sierra Club"; not "Secretary of State …"
            }
            if (i > 0 && (lw.equals("who") || lw.equals("which") || lw.equals("whose"))) {
                break;
            }
            boolean comma = w.endsWith(",");
            String bare = strip(w);
            if (bare.endsWith("'s") || bare.endsWith("s'")) {
                head.clear(); // a possessor: the head comes after it
                if (comma) {
                    break;
                }
                continue;
            }
            if (!bare.isEmpty()) {
                head.add(bare);
            }
            if (comma) {
                break;
            }
        }
        return head;
    }

    /** The text without bracketed asides: "Sen. Claire McCaskill (D-Mo.)" → "Sen. Claire McCaskill". */
    private static String withoutBrackets(String s) {
        return s.replaceAll("\\([^)]*\\)", " ").replaceAll("\\[[^]]*]", " ");
    }

    /** The capitalised words of a head phrase, less articles, titles and honorifics. */
    private static List<String> nameWords(List<String> head) {
        List<String> out = new ArrayList<>();
        for (String w : head) {
            String lw = w.toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
            if (capitalised(w) && !TITLES.contains(lw) && !ARTICLES.contains(lw)) {
                out.add(w.replaceAll("\\.$", ""));
            }
        }
        return out;
    }

    private static List<String> dropArticle(List<String> words) {
        if (!words.isEmpty() && ARTICLES.contains(words.get(0).toLowerCase(Locale.ROOT))) {
            return words.subList(1, words.size());
        }
        return words;
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : foldMarks(s).strip().split("\\s+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    private static List<String> lower(List<String> words) {
        List<String> out = new ArrayList<>(words.size());
        for (String w : words) {
            out.add(w.toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static boolean capitalised(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
    }

    /** A word without the punctuation around it (the full stop of "Jr." and "Mr." stays). */
    private static String strip(String w) {
        String s = w;
        while (!s.isEmpty() && ",;:()\"!?".indexOf(s.charAt(s.length() - 1)) >= 0) {
            s = s.substring(0, s.length() - 1);
        }
        while (!s.isEmpty() && "(\"'".indexOf(s.charAt(0)) >= 0) {
            s = s.substring(1);
        }
        return s;
    }

    private static String fold(String s) {
        return foldMarks(s).strip().toLowerCase(Locale.ROOT);
    }

    private static String foldMarks(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("\u2018\u2019\u201a\u201b`".indexOf(c) >= 0) {
                c = '\'';
            } else if ("\u201c\u201d\u201e\u201f".indexOf(c) >= 0) {
                c = '"';
            } else if (c == '\u00a0') {
                c = ' ';
            }
            out.append(c);
        }
        return out.toString();
    }
}
