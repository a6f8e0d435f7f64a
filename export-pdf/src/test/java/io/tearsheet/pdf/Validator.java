package io.tearsheet.pdf;

import io.tearsheet.validate.Finding;
import io.tearsheet.validate.Validators;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** The validate module's veraPDF check (PDF/A-3a and PDF/UA-1 at once), as these tests call it. */
final class Validator {
    /** What veraPDF found wrong with {@code pdf}, one finding per failed rule; empty when valid. */
    List<Finding> failures(byte[] pdf) {
        try {
            return Validators.validate(pdf).findings();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
