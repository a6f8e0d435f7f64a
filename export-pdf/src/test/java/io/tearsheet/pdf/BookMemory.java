package io.tearsheet.pdf;

import io.tearsheet.export.Book;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a volume of N test articles to a file, for measuring memory by hand:
 * {@code java -Xmx256m -cp <test class path> io.tearsheet.pdf.BookMemory 1000 /tmp/book.pdf}.
 */
public final class BookMemory {
    private BookMemory() {
    }

    public static void main(String[] args) throws Exception {
        int size = Integer.parseInt(args[0]);
        Path target = Path.of(args[1]);
        Book book = PdfBookExporterTest.book(size);
        long start = System.nanoTime();
        try (OutputStream out = Files.newOutputStream(target)) {
            PdfBookExporter.builder().twoSided(true).pageSize(PageSize.TRADE_6X9).build().export(book, out);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        Runtime runtime = Runtime.getRuntime();
        System.out.printf("%d articles, %d bytes, %d ms, max heap %d MB, used now %d MB%n", size, Files.size(target),
                millis, runtime.maxMemory() >> 20, (runtime.totalMemory() - runtime.freeMemory()) >> 20);
    }
}
