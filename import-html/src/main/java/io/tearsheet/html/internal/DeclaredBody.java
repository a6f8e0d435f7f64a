package io.tearsheet.html.internal;

import io.tearsheet.model.Paragraph;
import io.tearsheet.model.SectionKind;

import java.util.ArrayList;
import java.util.List;

/**
 * The article body a page declares in its JSON-LD ({@code articleBody}), used when the visible page holds no
 * article (an application shell that renders its text with scripts): plain text, one paragraph per blank-line
 * separated block, or per line when it has no blank lines.
 */
final class DeclaredBody {
    /** The visible text must be at least this share of the declared body, or the declared body is used. */
    static final double VISIBLE_SHARE = 0.25;
    private static final int MIN_DECLARED_CHARS = 200;

    private DeclaredBody() {
    }

    /** Whether the visible body (this many non-space characters) is too small beside the declared one. */
    static boolean shouldReplace(String declared, int visibleChars) {
        if (declared == null) {
            return false;
        }
        int declaredChars = Texts.nonSpace(declared);
        return declaredChars >= MIN_DECLARED_CHARS && visibleChars < VISIBLE_SHARE * declaredChars;
    }

    static List<PlacedBlock> blocks(String declared) {
        String[] parts = declared.contains("\n\n") || declared.matches("(?s).*\\n\\s*\\n.*")
                ? declared.split("\\n\\s*\\n") : declared.split("\\n");
        List<PlacedBlock> blocks = new ArrayList<>();
        for (String part : parts) {
            String text = Texts.clean(part);
            if (!text.isEmpty()) {
                blocks.add(new PlacedBlock(SectionKind.BODY, Paragraph.of(text), null));
            }
        }
        return blocks;
    }
}
