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
        if (isHardWrapped(block)) {
            StringBuilder text = new StringBuilder();
            for (Line line : block) {
                join(text, line.text());
            }
            out.add(new Assembled(text.toString(), block.get(0).number()));
        } else {
            for (Line line : block) {
                out.add(new Assembled(line.text(), line.number()));
            }
        }
        block.clear();
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
        int longest = 0;
        for (Line line : block) {
            longest = Math.max(longest, line.text().length());
        }
        if (longest > MAX_WRAP) {
            return false;
        }
        int sentenceEnds = 0;
        for (int i = 0; i < block.size() - 1; i++) {
            String text = block.get(i).text();
            if (text.length() < MIN_WRAP || text.length() < longest * 0.6) {
                return false;
            }
            if (endsSentence(text)) {
                sentenceEnds++;
            }
        }
        return sentenceEnds * 2 <= block.size() - 1;
    }

    private static boolean endsSentence(String text) {
        int k = text.length() - 1;
        while (k > 0 && "”’\"')".indexOf(text.charAt(k)) >= 0) {
            k--;
        }
        return ".!?:".indexOf(text.charAt(k)) >= 0;
    }
}
