package io.tearsheet.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.tearsheet.read.ReadException;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses a JSON document into plain Java values (maps, lists, strings, numbers, booleans, {@link #NULL}) without
 * recursion, within deliberate limits, and turns every failure into a {@link ReadException} that names the JSON
 * Pointer where it happened.
 */
public final class JsonTree {
    /** Stands for JSON {@code null}, so that a member set to null differs from a missing member. */
    public static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    private final JsonFactory factory;

    public JsonTree(long maxDocumentBytes, int maxStringLength) {
        this.factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(JsonOutput.MAX_NESTING_DEPTH)
                        .maxDocumentLength(maxDocumentBytes)
                        .maxStringLength(maxStringLength)
                        .maxNameLength(1_000)
                        .maxNumberLength(100)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .build();
    }

    /** The document's root value. */
    public Object parse(byte[] input) {
        Deque<Object> containers = new ArrayDeque<>();
        Deque<String> path = new ArrayDeque<>();
        try (JsonParser parser = factory.createParser(input)) {
            Object root = null;
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.FIELD_NAME) {
                    path.addLast(escape(parser.currentName()));
                    continue;
                }
                Object value;
                switch (token) {
                    case START_OBJECT -> value = new LinkedHashMap<String, Object>();
                    case START_ARRAY -> value = new ArrayList<>();
                    case END_OBJECT, END_ARRAY -> {
                        Object done = containers.removeLast();
                        if (containers.isEmpty()) {
                            root = done;
                        } else {
                            leaveMember(path);
                        }
                        continue;
                    }
                    case VALUE_STRING -> value = parser.getText();
                    case VALUE_NUMBER_INT -> value = parser.getNumberValue();
                    case VALUE_NUMBER_FLOAT -> value = parser.getDecimalValue();
                    case VALUE_TRUE -> value = Boolean.TRUE;
                    case VALUE_FALSE -> value = Boolean.FALSE;
                    case VALUE_NULL -> value = NULL;
                    default -> throw new ReadException("unexpected JSON token " + token, pointer(path));
                }
                if (containers.isEmpty()) {
                    if (root != null) {
                        // Jackson reads a stream of root values; a document is one. A second value would silently
                        // replace the first, so "{} {…article…}" could read as an article another tool sees as {}.
                        throw new ReadException("malformed JSON: more content after the document's value at "
                                + where(parser.currentTokenLocation()));
                    }
                    if (value instanceof Map || value instanceof List) {
                        containers.addLast(value);
                    } else {
                        root = value;
                    }
                    continue;
                }
                add(containers.peekLast(), path, value);
                if (value instanceof Map || value instanceof List) {
                    containers.addLast(value);
                } else {
                    leaveMember(path);
                }
            }
            if (root == null) {
                throw new ReadException("the input holds no JSON value");
            }
            return root;
        } catch (StreamConstraintsException e) {
            throw new ReadException("the JSON exceeds a limit: " + firstLine(e.getOriginalMessage()), pointer(path), e);
        } catch (NumberFormatException e) {
            // a number Jackson cannot hold even as a BigDecimal, such as an exponent beyond int's range
            throw new ReadException("malformed JSON: a number beyond any range (" + firstLine(e.getMessage()) + ")",
                    pointer(path), e);
        } catch (JsonParseException e) {
            throw new ReadException("malformed JSON: " + firstLine(e.getOriginalMessage()) + " at "
                    + where(e.getLocation()), pointer(path), e);
        } catch (IOException e) {
            throw new ReadException("unreadable JSON: " + firstLine(e.getMessage()), pointer(path), e);
        }
    }

    @SuppressWarnings("unchecked")
    private static void add(Object container, Deque<String> path, Object value) {
        if (container instanceof Map<?, ?> map) {
            ((Map<String, Object>) map).put(unescape(path.peekLast()), value);
        } else {
            List<Object> list = (List<Object>) container;
            path.addLast(Integer.toString(list.size()));
            list.add(value);
        }
    }

    /** After a member's value is complete, its name or index leaves the path. */
    private static void leaveMember(Deque<String> path) {
        if (!path.isEmpty()) {
            path.removeLast();
        }
    }

    /** The JSON Pointer of the current place, or null at the document root (the message then says where). */
    static String pointer(Deque<String> path) {
        if (path.isEmpty()) {
            return null;
        }
        return "/" + String.join("/", path);
    }

    static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    private static String unescape(String segment) {
        return segment.replace("~1", "/").replace("~0", "~");
    }

    private static String where(JsonLocation location) {
        return location == null ? "an unknown place"
                : "line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no detail";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
