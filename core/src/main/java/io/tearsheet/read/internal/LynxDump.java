package io.tearsheet.read.internal;

import io.tearsheet.model.Removal;
import io.tearsheet.read.conventions.RemovalReason;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Undoes what a text browser's dump ({@code lynx -dump}, {@code w3m -dump}) adds to a page's text: link numbers in
 * brackets before each link ("[12]Home"), the numbered list of link addresses at the end ("References"), images
 * shown as their alternative text in brackets ("[Company logo]") and bullets before list items. The link numbers
 * are counted before they go, because a line made mostly of links is a menu.
 *
 * <p>Only a page that reads as such a dump is touched so: one with a "References" list at its end, or with at least
 * {@value #MIN_LINK_MARKS} link numbers glued to words. Bracketed numbers in any other text ("[1]" citations) stay.
 * What no writer types goes from any page: the marks of inserted text ("[INS::INS]") and lines of bracketed file
 * names (w3m's dump has no link numbers to tell it by).
 */
final class LynxDump {
    static final int MIN_LINK_MARKS = 5;
    /** An image's alternative text wrapped by the browser spans at most this many lines. */
    private static final int MAX_IMAGE_LINES = 5;
    private static final Pattern LINK_MARK = Pattern.compile("\\[\\d{1,5}\\](?=\\S)");
    /**
     * A link number as taken out of a dump's lines: glued to the link's words, or one space before them when the link
     * opens on an icon or a space ("[31] How it works").
     */
    private static final Pattern LINK_MARK_IN_DUMP = Pattern.compile("\\[\\d{1,5}\\] ?(?=\\S)");
    private static final Pattern REFERENCE = Pattern.compile("\\s*\\d{1,5}\\.\\s+\\S+");
    private static final Pattern IMAGES_ONLY = Pattern.compile("(?:\\[[^\\[\\]]{1,400}\\]\\s*)+");
    private static final Pattern BULLET = Pattern.compile("^(\\s*)[*+o#@-] (?=\\S)");
    /**
     * What lynx draws for a form and a rule: text fields and rules as runs of underscores, buttons, check boxes and
     * radio buttons. They go from the text, and a line of nothing else becomes a blank line: a rule under a headline
     * had been read as the headline's wrapped second line, a button's drawing as a headline.
     */
    private static final Pattern CONTROL = Pattern.compile(
            "_{4,}|\\(BUTTON\\)|\\[BUTTON[^\\]]{0,40}\\]|\\(not implemented\\)|\\[[ X]\\]|\\([ *]\\)");

    private LynxDump() {
    }

    /**
     * The lines with the dump's marks taken out, how many links each line held, and the lines removed whole (the
     * reference list, lines that were only images), in input order.
     */
    record Result(List<Line> lines, int[] links, List<LineRemoval> removed, boolean dump) {
    }

    static Result clean(List<Line> input) {
        List<LineRemoval> removed = new ArrayList<>();
        List<Line> lines = withoutBrowserMarks(input, removed);
        int references = referencesStart(lines);
        int marks = 0;
        for (int i = 0; i < (references < 0 ? lines.size() : references) && marks < MIN_LINK_MARKS; i++) {
            if (lines.get(i).text().indexOf('[') < 0) {
                continue; // no link mark, and no matcher made to say so: most lines of most texts
            }
            Matcher m = LINK_MARK.matcher(lines.get(i).text());
            while (m.find()) {
                marks++;
            }
        }
        if (references < 0 && marks < MIN_LINK_MARKS) {
            return new Result(lines, new int[lines.size()], List.copyOf(removed), false);
        }
        int end = references < 0 ? lines.size() : references;
        List<Line> kept = new ArrayList<>(end);
        int[] links = new int[end];
        for (int i = 0; i < end; i++) {
            Line line = lines.get(i);
            if (line.isBlank()) {
                kept.add(line);
                continue;
            }
            int count = linkMarks(line.text());
            String text = count == 0 ? line.text() : LINK_MARK_IN_DUMP.matcher(line.text()).replaceAll("");
            boolean controls = hasControl(text);
            if (controls) {
                text = Words.collapse(CONTROL.matcher(text).replaceAll(" ")).strip();
                if (text.isEmpty()) {
                    // a rule, or a form's field or button alone: drawn, not written; a blank between blocks
                    kept.add(new Line(line.number(), "", ""));
                    continue;
                }
            }
            int imageEnd = IMAGES_ONLY.matcher(text).matches() ? i : wrappedImageEnd(lines, i, end, text);
            if (imageEnd >= 0) {
                for (int k = i; k <= imageEnd; k++) { // an image's text, wrapped over lines as the browser prints it
                    removed.add(new LineRemoval(lines.get(k).number(),
                            new Removal(lines.get(k).raw().strip(), RemovalReason.CAPTION.label())));
                    kept.add(new Line(lines.get(k).number(), "", ""));
                }
                i = imageEnd;
                continue;
            }
            String raw = count == 0 ? line.raw() : LINK_MARK_IN_DUMP.matcher(line.raw()).replaceAll("");
            if (controls) {
                raw = CONTROL.matcher(raw).replaceAll("");
            }
            Matcher bullet = BULLET.matcher(raw);
            if (bullet.lookingAt()) {
                // an item the browser wrapped goes on under its first word: "* Vote will soon see … high food" and
                // "  standards" are one item
                int column = bullet.group(1).length() + 2;
                StringBuilder item = new StringBuilder(text);
                while (i + 1 < end && isContinuation(lines.get(i + 1), column)) {
                    String next = lines.get(++i).text();
                    count += linkMarks(next);
                    item.append(' ').append(LINK_MARK_IN_DUMP.matcher(next).replaceAll(""));
                }
                text = BULLET.matcher(item).replaceFirst("");
                raw = bullet.group(1) + text;
            }
            links[kept.size()] = count;
            kept.add(new Line(line.number(), raw, Words.collapse(text)));
        }
        for (int i = end; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                removed.add(new LineRemoval(lines.get(i).number(),
                        new Removal(lines.get(i).raw().strip(), RemovalReason.LINKS.label())));
            }
        }
        return new Result(kept, links, removed, true);
    }

    /**
     * The lines without what a text browser prints for markup rather than text, dump or not, since no writer types
     * it: the marks around inserted and deleted text ("[INS::INS]", "[INS:" … ":INS]", most often an advertisement's
     * empty slot between two paragraphs), and a line of nothing but bracketed file names ("[hero-1160x768.jpg][svg]",
     * an image shown by its name), recorded in {@code removed}. A line left empty becomes a blank line. The same
     * list when there is nothing to take out.
     */
    private static List<Line> withoutBrowserMarks(List<Line> lines, List<LineRemoval> removed) {
        List<Line> out = null;
        boolean inserted = false;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            String raw = line.raw();
            String text = line.text();
            boolean marks = (raw.indexOf("INS") >= 0 || raw.indexOf("DEL") >= 0) && EDIT_MARK.matcher(raw).find();
            // what w3m prints inside an empty slot that opens and closes on lines of their own: "[INS:", "*", ":INS]"
            boolean bullet = inserted && text.length() == 1 && "*•".indexOf(text.charAt(0)) >= 0;
            if (marks) {
                inserted = raw.lastIndexOf("[INS:") > raw.lastIndexOf(":INS]");
                text = Words.collapse(EDIT_MARK.matcher(text).replaceAll(" ")).strip();
            }
            boolean names = text.startsWith("[") && FILE_NAMES_ONLY.matcher(text).matches();
            if (!marks && !bullet && !names) {
                if (out != null) {
                    out.add(line);
                }
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(lines.subList(0, i));
            }
            if (names) {
                removed.add(new LineRemoval(line.number(), new Removal(text, RemovalReason.CAPTION.label())));
            }
            // an empty list item or an advertisement's empty slot holds nothing: a blank between blocks
            out.add(text.isEmpty() || bullet || names ? new Line(line.number(), "", "")
                    : new Line(line.number(), EDIT_MARK.matcher(raw).replaceAll(""), text));
        }
        return out == null ? lines : out;
    }

    /** Bracketed words without spaces, not all digits: file names and hashes, no citation ("[1]") or note. */
    private static final Pattern FILE_NAMES_ONLY = Pattern.compile("(?:\\[(?!\\d+\\])[^\\[\\]\\s]{1,200}\\]\\s*)+");

    private static final Pattern EDIT_MARK = Pattern.compile("\\[(?:INS|DEL):|:(?:INS|DEL)\\]");

    /** Whether a line holds a form's control or a rule as lynx draws them (a cheap test before the pattern's). */
    private static boolean hasControl(String text) {
        return (text.contains("____") || text.indexOf('(') >= 0 || text.indexOf('[') >= 0)
                && CONTROL.matcher(text).find();
    }

    /** How many link numbers a line of the dump holds. */
    private static int linkMarks(String text) {
        int count = 0;
        Matcher m = LINK_MARK_IN_DUMP.matcher(text);
        while (m.find()) {
            count++;
        }
        return count;
    }

    /** Whether a line goes on with a list item whose words start at {@code column}: indented just so, no item itself. */
    private static boolean isContinuation(Line line, int column) {
        String raw = line.raw();
        if (line.isBlank() || raw.length() <= column || BULLET.matcher(raw).lookingAt() || line.text().startsWith("[")) {
            return false;
        }
        for (int k = 0; k < column; k++) {
            if (raw.charAt(k) != ' ') {
                return false;
            }
        }
        return raw.charAt(column) != ' ';
    }

    /**
     * The last line of an image's alternative text that opens on line {@code i} ("[Two boats at the old") and closes
     * on a later line of the same block ("yard]"), or of several such texts side by side, or -1 when line {@code i}
     * opens no such text.
     */
    private static int wrappedImageEnd(List<Line> lines, int i, int end, String first) {
        if (!first.startsWith("[") || first.indexOf(']') >= 0) {
            return -1;
        }
        StringBuilder joined = new StringBuilder(first);
        for (int k = i + 1; k < end && k <= i + MAX_IMAGE_LINES; k++) {
            Line next = lines.get(k);
            if (next.isBlank()) {
                return -1;
            }
            joined.append(' ').append(next.text());
            if (next.text().endsWith("]") && IMAGES_ONLY.matcher(joined).matches()) {
                return k; // one image's text or several side by side ("… Photo:" "AP] [Tsai speaks …" "Photo: AP]")
            }
        }
        return -1;
    }

    /**
     * The index of a "References" line that stands above nothing but numbered addresses to the end of the page, or
     * -1.
     */
    private static int referencesStart(List<Line> lines) {
        int numbered = 0;
        for (int i = lines.size() - 1; i >= 0; i--) {
            Line line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String text = line.text();
            if (text.equals("References") || text.equals("Visible links") || text.equals("Hidden links:")) {
                if (numbered > 0) {
                    // w3m and lynx may print "Visible links" and "Hidden links:" lists one after the other
                    int above = referencesStart(lines.subList(0, i));
                    return above >= 0 ? above : i;
                }
                return -1;
            }
            if (!REFERENCE.matcher(line.raw()).matches()) {
                return -1;
            }
            numbered++;
        }
        return -1;
    }
}
