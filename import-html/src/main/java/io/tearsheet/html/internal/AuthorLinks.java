package io.tearsheet.html.internal;

import io.tearsheet.model.Byline;
import io.tearsheet.read.conventions.Bylines;
import org.jsoup.nodes.Element;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A link to an author's own page whose text is the author's name, as content systems print unmarked bylines:
 * {@code <a href="/fr/staff/uriel-gadessaud/">Uriel Gadessaud</a>}, {@code <a href="/autor/joerg-staff">Jörg
 * Staff</a>}, {@code <a href="/author/martin">Martin Junker</a>}, a blog's {@code <a href="/author/gnaddrig/">gnaddrig</a>}.
 * The address must hold a profile word ("author", "staff", "autor" …) followed by the slug of the name, of its first
 * or last word, or of the handle the link shows, so that a link to a section, a tag or another story never counts,
 * whatever its text.
 */
final class AuthorLinks {
    private static final Set<String> PROFILE_WORDS = Set.of("author", "authors", "autor", "autoren", "auteur",
            "auteurs", "autore", "autori", "autores", "staff", "journalist", "journalists", "journalisten",
            "redakteur", "redakteure", "reporter", "reporters", "writer", "writers", "contributor", "contributors",
            "profile", "profiles", "by");
    private static final int MAX_NAME_CHARS = 60;
    /** A user name as blogs print it: one word of letters, digits, dots, dashes or underscores. */
    private static final Pattern HANDLE = Pattern.compile("[\\p{L}\\d][\\p{L}\\d._-]{1,29}");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern PAGE_SUFFIX = Pattern.compile("\\.(?:html?|php|aspx?)$");
    /** What may follow the name's slug in an address: an id ("jane-doe-1234"). */
    private static final Pattern ID_SUFFIX = Pattern.compile("[-_]\\d+");

    private AuthorLinks() {
    }

    /**
     * The author a link to an author's page names, or null for any other element: the name as printed, or a blog's
     * handle ("gnaddrig") when the address ends on that very handle.
     */
    static String author(Element element) {
        if (!HtmlTags.isLink(element)) {
            return null;
        }
        String text = Texts.clean(element.text());
        if (text.isEmpty() || text.length() > MAX_NAME_CHARS) {
            return null;
        }
        List<Byline> names = Bylines.read(text);
        String name = names.size() == 1 ? names.get(0).name() : null;
        boolean handle = name == null && HANDLE.matcher(text).matches();
        if (name == null && !handle) {
            return null;
        }
        String[] segments = path(element.attr("href")).split("/");
        for (int i = 0; i + 1 < segments.length; i++) {
            if (!PROFILE_WORDS.contains(segments[i].toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (isSlugOf(segments[i + 1], text)) {
                return handle ? text : name;
            }
            String[] words = text.split(" ");
            if (!handle && words.length > 1 && (isSlugOf(segments[i + 1], words[0])
                    || isSlugOf(segments[i + 1], words[words.length - 1]))) {
                return name; // "/author/martin" for Martin Junker
            }
        }
        return null;
    }

    /** The address's path: no scheme, host, query or fragment. */
    private static String path(String href) {
        String path = href;
        int cut = path.indexOf('#');
        path = cut >= 0 ? path.substring(0, cut) : path;
        cut = path.indexOf('?');
        path = cut >= 0 ? path.substring(0, cut) : path;
        int scheme = path.indexOf("://");
        if (scheme >= 0) {
            int slash = path.indexOf('/', scheme + 3);
            path = slash >= 0 ? path.substring(slash) : "";
        }
        try {
            return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return path;
        }
    }

    private static boolean isSlugOf(String segment, String name) {
        String slug = PAGE_SUFFIX.matcher(segment.toLowerCase(Locale.ROOT)).replaceFirst("");
        for (String form : new String[] {slug(name, false), slug(name, true)}) {
            if (form.isEmpty()) {
                continue;
            }
            if (slug.equals(form) || slug.equals(form.replace('-', '_')) || slug.equals(form.replace("-", ""))
                    || slug.startsWith(form) && ID_SUFFIX.matcher(slug.substring(form.length())).matches()) {
                return true;
            }
        }
        return false;
    }

    /** "Jörg Staff" → "jorg-staff", or with German transliteration "joerg-staff". */
    private static String slug(String name, boolean german) {
        String text = name.toLowerCase(Locale.ROOT);
        if (german) {
            text = text.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
        }
        text = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        text = NOT_SLUG.matcher(text).replaceAll("-");
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) == '-') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == '-') {
            end--;
        }
        return text.substring(start, end);
    }
}
