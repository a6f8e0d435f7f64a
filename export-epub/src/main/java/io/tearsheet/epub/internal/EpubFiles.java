package io.tearsheet.epub.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.function.Consumer;

/** Writes one XML document of the publication into the container, under the package's folder. */
final class EpubFiles {
    private EpubFiles() {
    }

    static void xml(EpubZip zip, ExportContext context, String file, Consumer<XmlWriter> content) throws IOException {
        try (Writer writer = zip.text(ContainerDocument.ROOT + file)) {
            content.accept(new XmlWriter(writer, context.xml()));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    static void text(EpubZip zip, String file, String content) throws IOException {
        zip.text(ContainerDocument.ROOT + file, content);
    }
}
