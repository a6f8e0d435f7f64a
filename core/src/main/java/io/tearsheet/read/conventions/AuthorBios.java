package io.tearsheet.read.conventions;

import io.tearsheet.model.Byline;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An author's bio closing an article, recognised by the name its byline gives, so in any language: a paragraph that
 * opens with an author's full name and goes on in the writer's words ("Sarah Roe covers business for …", "Markus
 * Roe beschäftigt sich mit …", "Ana Roe cubre temas de …"), or with the author's given name and a verb of a bio
 * ("Jake is the co-founder of …", "Martin has worked as …"); and the short lines that introduce it: the name alone,
 * "About the author", a job title between them.
 */
public final class AuthorBios {
    /** Bios are a few sentences; a long paragraph that happens to open with the name is the article's. */
    private static final int MAX_BIO_CHARS = 700;
    /** A job title or label between the name and the bio: "Python Software Engineer". */
    private static final int MAX_INTRODUCTION_WORDS = 5;
    /** Verbs that follow a given name in a bio; a given name is too common to stand before any word. */
    private static final Set<String> BIO_VERBS = Set.of("is", "was", "has", "had", "covers", "writes", "joined",
            "works", "worked", "lives", "leads", "reports", "holds", "teaches", "ist", "war", "hat", "arbeitet",
            "schreibt", "lebt", "es", "ha", "est", "a", "è");
    /** Labels above a bio, lower-cased. */
    private static final Set<String> LABELS = Set.of("author", "authors", "about the author", "about the authors",
            "about", "the author", "written by", "autor", "autorin", "der autor", "die autorin", "über den autor",
            "über die autorin", "zum autor", "zur autorin", "el autor", "la autora", "sobre el autor",
            "sobre la autora", "l'auteur", "l’auteur", "à propos de l'auteur", "à propos de l’auteur", "l'autore",
            "l’autore", "sull'autore", "sull’autore");

    /** How many of a body's last paragraphs may be bios ("Jane Roe covers …", "Jake Roe writes …"). */
    private static final int MAX_BIOS = 2;
    /** How many short lines may stand between the body and a bio. */
    private static final int MAX_INTRODUCTION_LINES = 3;

    private AuthorBios() {
    }

    /**
     * Blocks {@code from} (inclusive) to {@code to} (exclusive) of a body: its closing bios and their introductions.
     */
    public record Range(int from, int to) {
    }

    /**
     * Where the closing bios of a body stand, or null when it has none. {@code texts} are the body's blocks in
     * order, each a line of text or null for a block that is not one (a picture, a list). Blocks after the last
     * line of text (an author's picture) are left where they are, and a line of text before the bios always stays:
     * the only paragraph of a page is never taken for a bio.
     */
    public static Range closingBios(List<String> texts, List<Byline> authors) {
        return closingBios(texts, authors, false);
    }

    /**
     * As {@link #closingBios(List, List)}, but for a box beside the article (an "about the author" sidebar), which
     * may be nothing but the bio: when {@code wholeBox}, no line needs to stay before it.
     */
    public static Range closingBios(List<String> texts, List<Byline> authors, boolean wholeBox) {
        if (authors.isEmpty()) {
            return null;
        }
        int from = texts.size();
        int to = -1;
        for (int n = 0; n < MAX_BIOS; n++) {
            int bio = lastText(texts, from);
            if (bio < 0 || !isBio(texts.get(bio), authors)) {
                break;
            }
            int start = bio;
            for (int i = bio - 1; i >= Math.max(0, bio - MAX_INTRODUCTION_LINES); i--) {
                String line = texts.get(i);
                if (line == null) {
                    break;
                }
                if (introducesBio(line, authors)) {
                    start = i;
                } else if (!isShortLine(line)) {
                    break; // a job title counts only when a name or a label stands above it
                }
            }
            if (!wholeBox && lastText(texts, start) < 0) {
                break;
            }
            to = to < 0 ? bio + 1 : to;
            from = start;
        }
        return to < 0 ? null : new Range(from, to);
    }

    private static int lastText(List<String> texts, int end) {
        for (int i = end - 1; i >= 0; i--) {
            if (texts.get(i) != null) {
                return i;
            }
        }
        return -1;
    }

    /** Whether {@code paragraph} is a bio of one of {@code authors}. */
    private static boolean isBio(String paragraph, List<Byline> authors) {
        String text = paragraph.strip();
        if (text.length() > MAX_BIO_CHARS) {
            return false;
        }
        for (Byline author : authors) {
            String name = author.name().strip();
            int space = name.indexOf(' ');
            if (space < 0 || !Bylines.looksLikeName(name)) {
                continue; // a one-word byline is a desk or a handle, not a name a bio opens with
            }
            String after = after(text, name);
            if (after != null && startsLower(after)) {
                return true;
            }
            String given = name.substring(0, space);
            after = given.length() > 2 ? after(text, given) : null;
            if (after != null && BIO_VERBS.contains(firstWord(after))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code line} introduces an author's bio: one of the authors' names alone, or "About the author". */
    private static boolean introducesBio(String line, List<Byline> authors) {
        String text = line.strip();
        for (Byline author : authors) {
            if (text.equalsIgnoreCase(author.name().strip())) {
                return true;
            }
        }
        return LABELS.contains(trimColon(text).toLowerCase(Locale.ROOT));
    }

    /** A short line without a full stop, such as a job title between a name and a bio. */
    private static boolean isShortLine(String line) {
        String text = line.strip();
        return !text.isEmpty() && Text.words(text) <= MAX_INTRODUCTION_WORDS
                && ".!?".indexOf(text.charAt(text.length() - 1)) < 0;
    }

    /** The text after {@code name} and a space or a comma and a space, or null when the text does not open so. */
    private static String after(String text, String name) {
        if (!text.regionMatches(true, 0, name, 0, name.length())) {
            return null;
        }
        String rest = text.substring(name.length());
        if (rest.startsWith(", ")) {
            return rest.substring(2);
        }
        return rest.startsWith(" ") ? rest.substring(1) : null;
    }

    private static boolean startsLower(String text) {
        return !text.isEmpty() && Character.isLowerCase(text.codePointAt(0));
    }

    private static String firstWord(String text) {
        int end = 0;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return text.substring(0, end);
    }

    private static String trimColon(String text) {
        return text.endsWith(":") ? text.substring(0, text.length() - 1).strip() : text;
    }
}
