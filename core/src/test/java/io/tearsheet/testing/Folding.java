package io.tearsheet.testing;

import io.tearsheet.model.Source;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The string folding and matching of {@code ../shared/tools/score_article.py}, in Java: quotation marks and
 * apostrophes folded to ASCII, dashes to hyphens, case and spacing ignored; speakers matched by name, alias,
 * name plus description, containment or word overlap. Kept line for line with the script so that tests judge
 * the model as acceptance does.
 */
public final class Folding {
    private static final String DQ = "\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb\"";
    private static final String SQ = "\u2018\u2019\u201a\u201b\u2032`'";
    private static final Pattern WORD = Pattern.compile("[a-z0-9']+");
    private static final Set<String> STOP = Set.of("the", "a", "an", "of", "for", "with");

    private Folding() {
    }

    /** {@code fold(s)} of the script. */
    public static String fold(String s) {
        if (s == null) {
            return "";
        }
        String t = s.replace("``", "\"").replace("''", "\"");
        StringBuilder out = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            out.append(DQ.indexOf(c) >= 0 ? '"' : SQ.indexOf(c) >= 0 ? '\'' : c);
        }
        t = out.toString().replace("\u00ad", "").replace("\u200b", "").replace('\u00a0', ' ')
                .replace('\u2014', '-').replace('\u2013', '-');
        return t.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    /** {@code words(s)}: runs of letters, digits and apostrophes of the folded text. */
    public static List<String> words(String s) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(fold(s));
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    /** {@code alnum(s)}: letters and digits only. */
    public static String alnum(String s) {
        return fold(s).replaceAll("[^a-z0-9]", "");
    }

    public static String stripArticle(String s) {
        return s.replaceFirst("^(a|an|the)\\s+", "");
    }

    /** {@code speaker_ok(gold, src)}: whether a source is the annotated speaker. */
    public static boolean speakerOk(String goldSpeaker, Source source) {
        if (source == null) {
            return false;
        }
        String g = stripArticle(fold(goldSpeaker));
        List<String> candidates = new ArrayList<>();
        List<String> names = new ArrayList<>();
        names.add(source.name());
        names.addAll(source.aliases());
        for (String name : names) {
            if (name != null && !name.isEmpty()) {
                candidates.add(stripArticle(fold(name)));
            }
        }
        if (source.description() != null) {
            candidates.add(stripArticle(fold(source.name() + " " + source.description())));
        }
        for (String c : candidates) {
            if (c.isEmpty()) {
                continue;
            }
            if (c.equals(g) || c.codePointCount(0, c.length()) >= 4 && (c.contains(g) || g.contains(c))) {
                return true;
            }
            Set<String> gw = new LinkedHashSet<>(words(g));
            Set<String> cw = new LinkedHashSet<>(words(c));
            gw.removeAll(STOP);
            cw.removeAll(STOP);
            if (!gw.isEmpty() && !cw.isEmpty()) {
                Set<String> inter = new LinkedHashSet<>(gw);
                inter.retainAll(cw);
                Set<String> union = new LinkedHashSet<>(gw);
                union.addAll(cw);
                if ((double) inter.size() / union.size() >= 0.5) {
                    return true;
                }
            }
        }
        return false;
    }
}
