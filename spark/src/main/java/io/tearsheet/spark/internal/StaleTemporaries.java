package io.tearsheet.spark.internal;

import java.util.regex.Pattern;

/** The names that atomic writers give their work in progress: {@code .NAME.DIGITS} or {@code .NAME.DIGITS.part}. */
final class StaleTemporaries {
    private static final Pattern TEMPORARY = Pattern.compile("\\..+\\.[0-9]+(\\.part)?");

    private StaleTemporaries() {
    }

    static boolean isTemporary(String fileName) {
        return TEMPORARY.matcher(fileName).matches();
    }
}
