package io.tearsheet.html.internal;

import io.tearsheet.model.SectionKind;
import io.tearsheet.read.conventions.SeriesNotes;
import org.jsoup.nodes.Element;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises the notes that the model keeps as sections of their own: corrections, editors' notes, series notes
 * and dated updates. By name ({@code class="correction"}, {@code editors-note}) or by the way the note begins
 * ("Correction:", "An earlier version of this article…", "Editor's note:", "This is the second of three
 * articles…").
 */
public final class SpecialNotes {
    private static final Pattern CORRECTION = Pattern.compile(
            "^(?:corrections?|clarifications?|correction and clarification)\\b\\s*(?:\\([^)]{0,40}\\))?\\s*[:.—–-]"
                    + "|^(?:an|the) (?:earlier|previous|original|prior) version of this (?:article|story|report|post)"
                    + "|^this (?:article|story|report|post) (?:has been|was) (?:corrected|amended)"
                    + "|^because of an editing error\\b|^due to an editing error\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EDITORS_NOTE = Pattern.compile(
            "^(?:editor'?s'? note|editors'? note|note from the editors?|a note from the editors?|ed\\.? note)\\b"
                    + "\\s*[:.—–-]?", Pattern.CASE_INSENSITIVE);
    private static final Pattern UPDATE = Pattern.compile(
            "^update(?:d)?\\s*(?:\\([^)]{0,40}\\)|,?\\s*[^:]{0,40}\\d[^:]{0,20})?\\s*:", Pattern.CASE_INSENSITIVE);

    private static final List<String> CORRECTION_WORDS = List.of("correction", "corrections", "clarification");
    private static final List<String> EDITORS_WORDS = List.of("editorsnote", "ednote", "editornote");
    private static final List<String> SERIES_WORDS = List.of("series");

    private static final int OPENING = 80;
    /** Every note the patterns know opens with one of these (lower case); other paragraphs are not looked at. */
    private static final List<String> OPENINGS = List.of("correction", "clarification", "an earlier", "the earlier",
            "a previous", "the previous", "an original", "the original", "a prior", "the prior", "this article",
            "this story", "this report", "this post", "this piece", "this is", "this was", "the ", "because of", "due to", "editor",
            "note", "a note", "ed.", "ed ", "update", "part", "first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "last", "final", "1", "2", "3", "4", "5",
            "6", "7", "8", "9");

    private SpecialNotes() {
    }

    private static boolean mayOpenNote(String opening) {
        for (String start : OPENINGS) {
            if (opening.startsWith(start)) {
                return true;
            }
        }
        return false;
    }

    /** The section an element's names give it, or null. */
    public static SectionKind kindOf(Element element) {
        List<String> words = BoilerplateSignals.words(element);
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (CORRECTION_WORDS.contains(word)) {
                return SectionKind.CORRECTION;
            }
            if (EDITORS_WORDS.contains(word) || (word.equals("editor") || word.equals("editors"))
                    && i + 1 < words.size() && words.get(i + 1).equals("note")) {
                return SectionKind.EDITORS_NOTE;
            }
            if (SERIES_WORDS.contains(word) && i + 1 < words.size()
                    && (words.get(i + 1).equals("note") || words.get(i + 1).equals("box"))) {
                return SectionKind.SERIES_NOTE;
            }
        }
        return null;
    }

    /** The section a paragraph's opening gives it, or null for ordinary text. */
    public static SectionKind kindOfText(String text) {
        String opening = Texts.lower(text.length() > OPENING ? text.substring(0, OPENING) : text).stripLeading();
        if (!mayOpenNote(opening)) {
            return null;
        }
        String start = Texts.clean(text).replace('’', '\'');
        if (start.length() > 2000) {
            start = start.substring(0, 2000);
        }
        if (CORRECTION.matcher(start).find()) {
            return SectionKind.CORRECTION;
        }
        if (EDITORS_NOTE.matcher(start).find()) {
            return SectionKind.EDITORS_NOTE;
        }
        if (SeriesNotes.parse(start).isPresent()) {
            return SectionKind.SERIES_NOTE;
        }
        if (UPDATE.matcher(start).find()) {
            return SectionKind.UPDATE;
        }
        return null;
    }
}
