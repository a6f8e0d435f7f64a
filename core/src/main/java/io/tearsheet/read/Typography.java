package io.tearsheet.read;

import io.tearsheet.read.internal.QuoteCurler;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Typographic quotation marks for text that was typed with TeX-style ({@code ``…''}, {@code `…'}) or straight
 * ({@code "…"}, {@code '…'}) ones: the model holds “ ” ‘ ’ and apostrophes as ’.
 *
 * <pre>{@code
 * Typography.curl("``The `night boat,''' the paper said.")  // “The ‘night boat,’” the paper said.
 * Typography.curl("rock 'n' roll in the '90s, don't")            // rock ’n’ roll in the ’90s, don’t
 * }</pre>
 *
 * <p>Marks are decided by context: what stands before and after them, and which quotations are open, so a run
 * such as {@code '''} closes the inner single quotation before the outer double one, a mark after a dash or an
 * opening bracket opens, and elisions ({@code 'n'}, {@code '90s}, {@code 'em}) become apostrophes. Marks that
 * are already typographic are kept. Curl a whole paragraph at once (or its runs with {@link #curl(List)}), so
 * that a quotation opened in one sentence can be closed in the next. Linear time; no state between calls;
 * safe from any thread.
 *
 * @since 0.1.0
 */
public final class Typography {
    private Typography() {
    }

    /**
     * The text with typographic quotation marks and apostrophes; every other character is kept. TeX-style double
     * marks ({@code ``}, {@code ''}) become one character each, so the result may be shorter.
     */
    public static String curl(String text) {
        Objects.requireNonNull(text, "text must not be null");
        return QuoteCurler.curl(text, null);
    }

    /**
     * Curls consecutive runs of one paragraph (for example the text nodes of an HTML paragraph, split by
     * emphasis or links) as if they were one text, and returns the curled runs in the same order. A TeX-style
     * double mark split across two runs goes to the first.
     */
    public static List<String> curl(List<String> runs) {
        Objects.requireNonNull(runs, "runs must not be null");
        StringBuilder all = new StringBuilder();
        int[] runOf = new int[0];
        for (String run : runs) {
            all.append(Objects.requireNonNull(run, "runs must not hold null"));
        }
        runOf = new int[all.length()];
        int at = 0;
        for (int r = 0; r < runs.size(); r++) {
            for (int k = 0; k < runs.get(r).length(); k++) {
                runOf[at++] = r;
            }
        }
        String text = all.toString();
        int[] owner = new int[text.length()];
        String curled = QuoteCurler.curl(text, owner);
        List<StringBuilder> out = new ArrayList<>(runs.size());
        for (int r = 0; r < runs.size(); r++) {
            out.add(new StringBuilder());
        }
        for (int k = 0; k < curled.length(); k++) {
            out.get(runOf[owner[k]]).append(curled.charAt(k));
        }
        List<String> result = new ArrayList<>(runs.size());
        for (StringBuilder b : out) {
            result.add(b.toString());
        }
        return List.copyOf(result);
    }
}
