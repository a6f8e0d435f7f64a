/**
 * Reads saved web pages (HTML) into the Tearsheet article model.
 */
module io.tearsheet.html {
    requires transitive io.tearsheet.core;
    requires org.jsoup;
    requires com.fasterxml.jackson.core;

    exports io.tearsheet.html;

    provides io.tearsheet.read.ArticleReader with io.tearsheet.html.HtmlReader;
}
