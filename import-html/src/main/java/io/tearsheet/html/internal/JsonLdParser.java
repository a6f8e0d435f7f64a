package io.tearsheet.html.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses the text of a {@code <script type="application/ld+json">} block into plain Java values: {@link Map} (in
 * member order), {@link List}, {@link String}, {@link Number}, {@link Boolean}. Pages get JSON-LD wrong in familiar
 * ways, so it is read leniently: HTML comment and CDATA wrappers, trailing commas, raw line breaks in strings and
 * JavaScript comments are accepted. Nesting is bounded, and values nested deeper are dropped rather than followed;
 * the parser keeps its own stack, so no depth can overflow the caller's.
 */
public final class JsonLdParser {
    private static final int MAX_DEPTH = 64;
    private static final int MAX_VALUES = 200_000;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(1000).build())
            .build();

    private JsonLdParser() {
    }

    /**
     * The value of one JSON-LD block, or null when it is not JSON even read leniently.
     */
    public static Object parse(String scriptText) {
        String json = unwrap(scriptText);
        if (json.isEmpty()) {
            return null;
        }
        try (JsonParser parser = FACTORY.createParser(json)) {
            return readValue(parser);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static String unwrap(String text) {
        String json = text.strip();
        if (json.startsWith("<!--")) {
            json = json.substring(4);
        }
        if (json.endsWith("-->")) {
            json = json.substring(0, json.length() - 3);
        }
        json = json.strip();
        if (json.startsWith("<![CDATA[")) {
            json = json.substring(9);
        }
        if (json.endsWith("]]>")) {
            json = json.substring(0, json.length() - 3);
        }
        json = json.strip();
        while (json.endsWith(";")) {
            json = json.substring(0, json.length() - 1).stripTrailing();
        }
        return json;
    }

    /** Reads one value with an explicit stack of open containers. */
    private static Object readValue(JsonParser parser) throws IOException {
        Deque<Open> stack = new ArrayDeque<>();
        Object root = null;
        int values = 0;
        String pendingName = null;
        JsonToken token;
        while ((token = parser.nextToken()) != null) {
            if (++values > MAX_VALUES) {
                return root;
            }
            if (token == JsonToken.FIELD_NAME) {
                pendingName = parser.currentName();
                continue;
            }
            if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                Open done = stack.pop();
                if (stack.isEmpty()) {
                    return done.value;
                }
                continue;
            }
            Object value;
            if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                if (stack.size() >= MAX_DEPTH) {
                    parser.skipChildren();
                    pendingName = null;
                    continue;
                }
                value = token == JsonToken.START_OBJECT ? new LinkedHashMap<String, Object>() : new ArrayList<>();
            } else {
                value = switch (token) {
                    case VALUE_STRING -> parser.getText();
                    case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parser.getNumberValue();
                    case VALUE_TRUE -> Boolean.TRUE;
                    case VALUE_FALSE -> Boolean.FALSE;
                    default -> null;
                };
            }
            if (stack.isEmpty()) {
                root = value;
            } else {
                stack.peek().add(pendingName, value);
            }
            pendingName = null;
            if (value instanceof Map<?, ?> || value instanceof List<?>) {
                stack.push(new Open(value));
            } else if (stack.isEmpty()) {
                return root;
            }
        }
        return root;
    }

    private record Open(Object value) {
        @SuppressWarnings("unchecked")
        void add(String name, Object child) {
            if (value instanceof Map<?, ?> map) {
                if (name != null && child != null) {
                    ((Map<String, Object>) map).putIfAbsent(name, child);
                }
            } else if (child != null) {
                ((List<Object>) value).add(child);
            }
        }
    }
}
