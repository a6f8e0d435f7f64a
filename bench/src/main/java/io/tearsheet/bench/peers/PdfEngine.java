package io.tearsheet.bench.peers;

import java.io.IOException;
import java.io.OutputStream;

/**
 * One way of turning the prepared article into a PDF, set up once (fonts, factories, the input document) and then
 * run many times, warm, in the same JVM.
 */
public interface PdfEngine {
    /** Writes the PDF to {@code out}. */
    void render(OutputStream out) throws IOException;
}
