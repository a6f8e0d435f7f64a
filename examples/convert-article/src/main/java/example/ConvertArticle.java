package example;

import io.tearsheet.Tearsheet;
import io.tearsheet.export.ArticleExporter;
import io.tearsheet.export.ExportedFile;
import io.tearsheet.model.Article;

import java.nio.file.Path;

/** Converts an article (the embedded sample when no file is given) to JSON, EPUB and PDF in {@code out/}. */
public final class ConvertArticle {
    public static void main(String[] args) throws Exception {
        // README:convert:start
        Article article = args.length > 0 ? Tearsheet.read(Path.of(args[0])) : Tearsheet.sample();
        for (ArticleExporter exporter : Tearsheet.defaultExporters()) {
            ExportedFile file = Tearsheet.write(article, exporter, Path.of("out"), "article");
            System.out.println(file.file().path() + "  " + file.file().sha256());
        }
        // README:convert:end
    }
}
