package io.tearsheet.read.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Groups body lines into paragraphs. Blank lines separate paragraphs. Inside a block of lines without blank
 * lines, hard-wrapped text (lines of similar length that mostly do not end a sentence) is joined into one
 * paragraph, while a block of lines that each end a sentence (one paragraph per line, as many scrapers write)
 * gives one paragraph per line.
 */
public final class ParagraphAssembler {
    private static final int MIN_WRAP = 30;
    private static final int MAX_WRAP = 110;

    private ParagraphAssembler() {
    }

    /** A paragraph's text and the input line it starts on. */
    public record Assembled(String text, int line) {
    }

    public static List<Assembled> assemble(List<Line> lines) {
        List<Assembled> paragraphs = new ArrayList<>();
        List<Line> block = new ArrayList<>();
        for (Line line : lines) {
            if (line.isBlank()) {
                flush(block, paragraphs);
            } else {
                block.add(line);
            }
        }
        flush(block, paragraphs);
        return paragraphs;
    }

    private static void flush(List<Line> block, List<Assembled> out) {
        if (block.isEmpty()) {
            return;
        }
        for (int[] range : paragraphs(block)) {
            Line first = block.get(range[0]);
            if (range[0] == range[1]) {
                out.add(new Assembled(first.text(), first.number()));
                continue;
            }
            StringBuilder text = new StringBuilder();
            for (Line line : block.subList(range[0], range[1] + 1)) {
                join(text, line.text());
            }
            out.add(new Assembled(text.toString(), first.number()));
        }
        block.clear();
    }

    /**
     * The paragraphs of a block of lines between blank lines, each as the first and last index of its lines: the
     * whole block when it is one wrapped paragraph, else the runs that end on a short line (a text browser may print
     * paragraphs one under the other with no blank line between: the lynx program runs a lede into the caption
     * below it), each one paragraph when wrapped and a paragraph per line when not.
     */
    static List<int[]> paragraphs(List<Line> block) {
        List<int[]> paragraphs = new ArrayList<>();
        if (isHardWrapped(block)) {
            paragraphs.add(new int[] {0, block.size() - 1});
            return paragraphs;
        }
        int longest = longest(block);
        int start = 0;
        for (int i = 0; i < block.size(); i++) {
            if (i == block.size() - 1 || isShort(block.get(i).text(), longest)) {
                if (isHardWrapped(block.subList(start, i + 1))) {
                    paragraphs.add(new int[] {start, i});
                } else {
                    for (int k = start; k <= i; k++) {
                        paragraphs.add(new int[] {k, k});
                    }
                }
                start = i + 1;
            }
        }
        return paragraphs;
    }

    /** Appends a wrapped line; a line that ends in a hyphen between letters keeps the hyphen and no space. */
    private static void join(StringBuilder text, String line) {
        if (text.length() > 0) {
            char last = text.charAt(text.length() - 1);
            boolean hyphen = last == '-' && text.length() > 1 && Character.isLetter(text.charAt(text.length() - 2))
                    && !line.isEmpty() && Character.isLowerCase(line.charAt(0));
            if (!hyphen) {
                text.append(' ');
            }
        }
        text.append(line);
    }

    static boolean isHardWrapped(List<Line> block) {
        if (block.size() < 2) {
            return false;
        }
        int longest = longest(block);
        if (longest > MAX_WRAP) {
            return false;
        }
        int sentenceEnds = 0;
        for (int i = 0; i < block.size() - 1; i++) {
            String text = block.get(i).text();
            if (isShort(text, longest)) {
                return false;
            }
            if (endsSentence(text)) {
                sentenceEnds++;
            }
        }
        return sentenceEnds * 2 <= block.size() - 1;
    }

    private static int longest(List<Line> block) {
        int longest = 0;
        for (Line line : block) {
            longest = Math.max(longest, line.text().length());
        }
        return longest;
    }

    /** Short beside the longest line of its block, as the last line of a wrapped paragraph is. */
    private static boolean isShort(String text, int longest) {
        return text.length() < MIN_WRAP || text.length() < longest * 0.6;
    }

    private static boolean endsSentence(String text) {
        return ".!?:".indexOf(Words.lastBeforeClosers(text)) >= 0;
    }
}
