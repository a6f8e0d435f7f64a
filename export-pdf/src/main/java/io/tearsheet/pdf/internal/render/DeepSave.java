package io.tearsheet.pdf.internal.render;

import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Saves a document on a thread with a large stack. PDFBox's writer walks the object graph depth first, one stack
 * frame per link, and a book's bookmarks are one chain (each /Next leads to the next): a default stack overflows
 * near ten thousand articles. The stack is only reserved address space; what the walk does not reach is never
 * committed.
 */
final class DeepSave {
    /** Enough for chains of more than a million objects. */
    private static final long STACK_BYTES = 512L * 1024 * 1024;

    private DeepSave() {
    }

    static void save(PDDocument document, OutputStream out) throws IOException {
        Throwable[] failure = new Throwable[1];
        Thread saver = new Thread(null, () -> {
            try {
                document.save(out);
            } catch (IOException e) {
                failure[0] = new UncheckedIOException(e);
            } catch (RuntimeException | Error e) {
                failure[0] = e;
            }
        }, "tearsheet-pdf-save", STACK_BYTES);
        saver.start();
        boolean interrupted = false;
        while (true) {
            try {
                saver.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true; // the save cannot be abandoned half-way through the stream; finish, then pass it on
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failure[0] instanceof UncheckedIOException e) {
            throw e.getCause();
        } else if (failure[0] instanceof RuntimeException e) {
            throw e;
        } else if (failure[0] instanceof Error e) {
            throw e;
        }
    }
}
