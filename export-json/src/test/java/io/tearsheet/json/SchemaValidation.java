package io.tearsheet.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

/** Validates documents against the published schema with an independent JSON Schema implementation. */
final class SchemaValidation {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonSchema SCHEMA = load();

    private SchemaValidation() {
    }

    private static JsonSchema load() {
        try (InputStream in = JsonFormat.openSchema()) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema's complaints about {@code json}; empty when it is valid. */
    static List<String> errors(byte[] json) {
        try {
            JsonNode node = MAPPER.readTree(json);
            Set<ValidationMessage> messages = SCHEMA.validate(node);
            return messages.stream().map(ValidationMessage::getMessage).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
