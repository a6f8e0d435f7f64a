package io.tearsheet.bench;

import io.tearsheet.Tearsheet;
import io.tearsheet.bench.peers.PdfEngine;
import io.tearsheet.model.Article;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the sample as PDF with every engine of {@link PeerPdfBenchmark} into a folder, so the outputs can be
 * looked at (for example rendered with {@code pdftoppm}) and their typography compared:
 * {@code java -cp bench/target/benchmarks.jar io.tearsheet.bench.PeerPdfSamples OUT_DIR}.
 */
public final class PeerPdfSamples {
    private PeerPdfSamples() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "peer-pdfs");
        Files.createDirectories(dir);
        Article article = Tearsheet.sample();
        Path fonts = Files.createTempDirectory("tearsheet-bench-fonts");
        try {
            for (String name : new String[] {"tearsheet", "openhtmltopdf", "openhtmltopdf-archival", "fop",
                    "fop-archival"}) {
                PdfEngine engine = PeerPdfBenchmark.engine(name, article, fonts);
                Path file = dir.resolve(name + ".pdf");
                try (OutputStream out = Files.newOutputStream(file)) {
                    engine.render(out);
                }
                System.out.println(file + " " + Files.size(file) + " bytes");
            }
        } finally {
            Inputs.deleteRecursively(fonts);
        }
    }
}
