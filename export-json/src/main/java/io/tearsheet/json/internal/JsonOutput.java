package io.tearsheet.json.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Canonical JSON output shared by the archive and JSON-LD writers: UTF-8, two-space indent, LF line ends on every
 * platform, {@code "key": value} spacing, a final newline. Strings with unpaired surrogates (which UTF-8 cannot
 * carry) are written with {@code \\u} escapes, so nothing is lost.
 */
public final class JsonOutput {
    /** The deepest nesting written or read; the reader uses the same number, so what is written can be read. */
    public static final int MAX_NESTING_DEPTH = 1000;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build())
            .build();

    private JsonOutput() {
    }

    /**
     * Writes one document to {@code out}, which is left open: {@code body} writes the value, then the newline
     * follows and everything is flushed.
     */
    public static void write(OutputStream out, boolean pretty, Body body) throws IOException {
        try (JsonGenerator generator = open(out, pretty)) {
            body.write(generator);
            finish(generator);
        }
    }

    /** Writes a document's value with the generator it is given. */
    @FunctionalInterface
    public interface Body {
        /** Writes the value. */
        void write(JsonGenerator generator) throws IOException;
    }

    /** A generator over {@code out} that does not close it. */
    public static JsonGenerator open(OutputStream out, boolean pretty) throws IOException {
        JsonGenerator generator = FACTORY.createGenerator(out, JsonEncoding.UTF8);
        generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        if (pretty) {
            DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
            DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""));
            printer.indentObjectsWith(indenter);
            printer.indentArraysWith(indenter);
            generator.setPrettyPrinter(printer);
        }
        return generator;
    }

    /** Ends the document with a newline and flushes. */
    public static void finish(JsonGenerator generator) throws IOException {
        generator.writeRaw('\n');
        generator.flush();
    }

    /** Writes a string value, escaping unpaired surrogates rather than failing on them. */
    public static void string(JsonGenerator generator, String value) throws IOException {
        if (value == null) {
            generator.writeNull();
        } else if (hasUnpairedSurrogate(value)) {
            generator.writeRawValue(quoteWithEscapedSurrogates(value));
        } else {
            generator.writeString(value);
        }
    }

    /** Writes {@code "name": value}. */
    public static void field(JsonGenerator generator, String name, String value) throws IOException {
        generator.writeFieldName(name);
        string(generator, value);
    }

    /** Writes {@code "name": value} only when the value is present. */
    public static void optionalField(JsonGenerator generator, String name, String value) throws IOException {
        if (value != null) {
            field(generator, name, value);
        }
    }

    static boolean hasUnpairedSurrogate(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                } else {
                    return true;
                }
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    private static String quoteWithEscapedSurrogates(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean pairedHigh = Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1));
            if (pairedHigh) {
                out.append(c).append(value.charAt(++i));
            } else if (Character.isSurrogate(c) || c < 0x20 || c == 0x7F) {
                out.append(String.format("\\u%04X", (int) c));
            } else if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
