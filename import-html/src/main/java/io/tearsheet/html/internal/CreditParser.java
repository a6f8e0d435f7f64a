package io.tearsheet.html.internal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Separates a photo credit from the end of a caption written as one text: "The ferry at dawn. Photo: Jane Doe/Reuters",
 * "Clocks in the workshop (Ann Poe/The Harbour Times)", "Night shift on deck. © Lee Chu".
 */
final class CreditParser {
    private static final String LABEL = "(?:Photo(?:graph)?s?|Images?|Pictures?|Credit|Illustration|Graphic|Foto"
            + "|Photo illustration|Video|Source)";
    private static final String AGENCY = "Getty|Reuters|REUTERS|AP|AFP|EPA|Shutterstock|Alamy|Bloomberg|Xinhua"
            + "|Associated Press|PA|dpa|ANP|Unsplash|Wikimedia";
    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile("(?:^|(?<=[\\s.;,|–—-]))(" + LABEL + "(?:\\s+(?:by|courtesy(?: of)?|credit))?\\s*:\\s*"
                    + "[^.:]{2,120})\\.?$"),
            Pattern.compile("(?:^|(?<=[\\s.;,|–—-]))((?:Photo(?:graph)?|Image|Illustration|Picture)\\s+"
                    + "(?:by|courtesy of)\\s+[^.:]{2,120})\\.?$"),
            Pattern.compile("(\\(([^()]*(?:/|" + AGENCY + ")[^()]*)\\))\\.?$"),
            Pattern.compile("(?:^|(?<=\\s))(©\\s*[^.]{2,120})\\.?$"),
            Pattern.compile("(?:^|(?<=\\s))((?:[\\p{Lu}][\\p{L}.'’-]*\\s?){1,4}/\\s?(?:[\\p{Lu}][\\p{L}.'’-]*\\s?){1,5})$"));

    private CreditParser() {
    }

    /** The caption and credit of a combined text; credit is null when none is recognised. */
    static Split split(String text) {
        String clean = Texts.clean(text);
        for (Pattern pattern : PATTERNS) {
            Matcher matcher = pattern.matcher(clean);
            if (matcher.find()) {
                String credit = matcher.group(1).strip();
                if (credit.startsWith("(") && credit.endsWith(")")) {
                    credit = credit.substring(1, credit.length() - 1).strip();
                }
                String caption = clean.substring(0, matcher.start()).strip()
                        .replaceAll("[\\s|–—-]+$", "").strip();
                return new Split(caption, credit.isEmpty() ? null : credit);
            }
        }
        return new Split(clean, null);
    }

    /**
     * A caption and its credit.
     *
     * @param caption the caption without the credit (may be empty)
     * @param credit  the credit as written ("Photo: Jane Doe/Reuters"), or null
     */
    record Split(String caption, String credit) {
    }
}
