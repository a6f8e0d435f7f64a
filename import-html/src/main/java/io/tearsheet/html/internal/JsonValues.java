package io.tearsheet.html.internal;

import org.jsoup.parser.Parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads plain Java JSON values ({@link JsonLdParser}'s output) the tolerant way JSON-LD needs. */
final class JsonValues {
    private JsonValues() {
    }

    /** The value as a list: a list as it is, a single value as a list of one, null as empty. */
    static List<Object> list(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return new ArrayList<>(list);
        }
        return List.of(value);
    }

    static Object first(Object value) {
        List<Object> values = list(value);
        return values.isEmpty() ? null : values.get(0);
    }

    /**
     * A value as text: a string, a number, the first of a list, or an object's {@code @value}; null for anything
     * else and for blank text. Character references are decoded: publishing systems often write a title's HTML
     * into JSON-LD as it is ({@code "Thermen- &#038; Vulkanland"}, {@code "&quot;Q&quot;"}), and no JSON-LD
     * value means the reference literally.
     */
    static String string(Object value) {
        Object single = first(value);
        if (single instanceof Map<?, ?> map) {
            single = map.get("@value");
        }
        if (single instanceof String text) {
            String clean = Texts.clean(text.indexOf('&') >= 0 ? Parser.unescapeEntities(text, false) : text);
            return clean.isEmpty() ? null : clean;
        }
        if (single instanceof Number || single instanceof Boolean) {
            return single.toString();
        }
        return null;
    }

    /** Every string in a value that may be one string or a list of them. */
    static List<String> strings(Object value) {
        List<String> out = new ArrayList<>();
        for (Object item : list(value)) {
            String text = string(item);
            if (text != null) {
                out.add(text);
            }
        }
        return out;
    }

    /** A reference's {@code @id}, or the value itself as text. */
    static String idOrString(Object value) {
        Object single = first(value);
        if (single instanceof Map<?, ?> map) {
            String id = string(map.get("@id"));
            return id != null ? id : string(map.get("url"));
        }
        return string(single);
    }

    /** A positive whole number, or null. */
    static Integer integer(Object value) {
        String text = string(value);
        if (text == null || !text.matches("\\d{1,6}")) {
            return null;
        }
        int number = Integer.parseInt(text);
        return number > 0 ? number : null;
    }
}
