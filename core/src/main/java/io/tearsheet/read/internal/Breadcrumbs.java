package io.tearsheet.read.internal;

/**
 * A breadcrumb trail: the path to a page through its site's sections, one separator between each step ("Home »
 * Travel » Ferries Return to the River", "home / News / Ferries Return"). A page may print its headline as the
 * trail's last step, on the same line as the sections above it.
 */
final class Breadcrumbs {
    /** Spaced separators first; a page's text may lose the spaces around arrows ("Forum>iPhone>Headline"). */
    private static final String[] SEPARATORS = {" » ", " › ", " > ", " / ", " ⟩ ", "»", "›", ">"};
    /** At least this many steps before the last one make a trail, not a headline with one slash in it. */
    private static final int MIN_STEPS_BEFORE = 2;
    /** The last step must read as a title, not as one more section's name. */
    private static final int MIN_LAST_STEP_WORDS = 2;

    private Breadcrumbs() {
    }

    /** The last step of a trail when {@code text} is one and that step reads as a title, else null. */
    static String lastStep(String text) {
        for (String separator : SEPARATORS) {
            int steps = 0;
            int last = -1;
            for (int i = text.indexOf(separator); i >= 0; i = text.indexOf(separator, i + 1)) {
                steps++;
                last = i;
            }
            if (steps >= MIN_STEPS_BEFORE) {
                String step = text.substring(last + separator.length()).strip();
                return Words.count(step) >= MIN_LAST_STEP_WORDS ? step : null;
            }
        }
        return null;
    }
}
