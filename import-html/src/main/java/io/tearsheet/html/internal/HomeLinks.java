package io.tearsheet.html.internal;

import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import java.util.regex.Pattern;

/**
 * Links to the site's home page ("/", "../index.html", "https://example.org"): the logo or name at the top of a page
 * is one, so a heading that is all such a link names the site.
 */
final class HomeLinks {
    private static final Pattern HOME_ADDRESS = Pattern.compile(
            "(?i)(?:https?://[^/?#]+)?(?:\\.{0,2}/)*(?:index\\.(?:html?|php))?/?");

    private HomeLinks() {
    }

    static boolean isHome(String href) {
        String address = href.strip();
        return !address.isEmpty() && HOME_ADDRESS.matcher(address).matches();
    }

    /** Whether the element's whole text is one link to the home page. */
    static boolean isAllOneHomeLink(Element element) {
        Elements links = element.getElementsByTag("a");
        return links.size() == 1 && isHome(links.first().attr("href"))
                && Texts.key(links.first().text()).equals(Texts.key(element.text()));
    }
}
