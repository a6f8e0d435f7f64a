package example;

import io.tearsheet.Tearsheet;
import io.tearsheet.epub.EpubBookExporter;
import io.tearsheet.export.Book;
import io.tearsheet.export.BookOrder;
import io.tearsheet.export.ExportedFile;
import io.tearsheet.model.Article;
import io.tearsheet.model.Metadata;
import io.tearsheet.pdf.PageSize;
import io.tearsheet.pdf.PdfBookExporter;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Builds {@code out/river-crossings.epub} and {@code .pdf} from a three-part series, given out of order. */
public final class SeriesBook {
    public static void main(String[] args) throws IOException {
        List<Article> parts = new ArrayList<>();
        for (String name : List.of("part-3.txt", "part-1.txt", "part-2.txt")) {
            try (InputStream in = SeriesBook.class.getResourceAsStream("/series/" + name)) {
                parts.add(Tearsheet.read(in.readAllBytes(), "text/plain"));
            }
        }
        List<Metadata> metadata = parts.stream().map(Article::metadata).toList();
        List<Article> ordered = new ArrayList<>();
        for (int index : BookOrder.permutation(metadata)) {
            ordered.add(parts.get(index));
        }
        Book book = Book.builder().title("River Crossings").subtitle("A series on the city's ferries")
                .author("The Tearsheet Gazette").language("en").articles(ordered).build();

        EpubBookExporter epub = EpubBookExporter.builder().build();
        PdfBookExporter pdf = PdfBookExporter.builder().pageSize(PageSize.A5).twoSided(true).build();
        for (ExportedFile file : List.of(
                Tearsheet.write(book, epub, Path.of("out", "river-crossings.epub")),
                Tearsheet.write(book, pdf, Path.of("out", "river-crossings.pdf")))) {
            System.out.println(file.file().path() + "  " + file.file().size() + " bytes");
        }
    }
}
