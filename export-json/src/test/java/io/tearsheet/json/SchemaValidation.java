package io.tearsheet.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;

/** Validates documents against the published schema with an independent JSON Schema implementation. */
final class SchemaValidation {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonSchema SCHEMA = load();

    private SchemaValidation() {
    }

    /**
     * One rule of the schema that a document breaks.
     *
     * @param keyword  the schema keyword that failed, such as {@code required} or {@code additionalProperties}
     * @param at       where in the document, as a JSON pointer ({@code /metadata}, {@code /sections/0/blocks/2})
     * @param property the member the rule is about (the one missing, or the one not allowed), or null
     * @param message  the validator's own words, for failure messages
     */
    record Violation(String keyword, String at, String property, String message) {
        @Override
        public String toString() {
            return message;
        }
    }

    private static JsonSchema load() {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER).build();
        try (InputStream in = JsonFormat.openSchema()) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema's complaints about {@code json}; empty when it is valid. */
    static List<String> errors(byte[] json) {
        return violations(json).stream().map(Violation::message).toList();
    }

    /** The rules {@code json} breaks, by place in the document, then keyword; empty when it is valid. */
    static List<Violation> violations(byte[] json) {
        try {
            JsonNode node = MAPPER.readTree(json);
            return SCHEMA.validate(node).stream()
                    .map(SchemaValidation::violation)
                    .sorted(Comparator.comparing(Violation::at).thenComparing(Violation::keyword)
                            .thenComparing(Violation::message))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Violation violation(ValidationMessage message) {
        return new Violation(message.getType(), message.getInstanceLocation().toString(), message.getProperty(),
                message.getMessage());
    }
}
