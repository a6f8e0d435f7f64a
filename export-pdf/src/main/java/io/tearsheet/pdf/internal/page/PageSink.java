package io.tearsheet.pdf.internal.page;

import org.apache.pdfbox.pdmodel.PDPage;

import java.io.IOException;

/** Takes each page once it is drawn and will not change again: a book writes it out at once. */
@FunctionalInterface
public interface PageSink {
    PageSink NONE = page -> { };

    void finished(PDPage page) throws IOException;
}
