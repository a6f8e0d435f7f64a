package io.tearsheet.epub;

import io.tearsheet.validate.Finding;
import io.tearsheet.validate.Validation;
import io.tearsheet.validate.Validators;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The validate module's epubcheck, at usage level, as these tests call it. The first check in a JVM is slow (Saxon
 * compiles the Schematron rules); later ones take milliseconds.
 */
final class EpubValidator {
    private EpubValidator() {
    }

    /** Every finding epubcheck gives for {@code epub}, usage level included; empty means clean. */
    static List<Finding> messages(byte[] epub) {
        return check(epub).findings();
    }

    /** The validator's name and version, for example {@code epubcheck 5.2.1}. */
    static String version() {
        return check(new EpubExporter().toBytes(io.tearsheet.testing.TestArticles.minimal())).validator();
    }

    private static Validation check(byte[] epub) {
        try {
            return Validators.validate(epub);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
