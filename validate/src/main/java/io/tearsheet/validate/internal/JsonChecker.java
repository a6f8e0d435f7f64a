package io.tearsheet.validate.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.tearsheet.json.JsonArticleReader;
import io.tearsheet.json.JsonFormat;
import io.tearsheet.read.ReadException;
import io.tearsheet.validate.Finding;
import io.tearsheet.validate.Validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The published JSON Schema (draft 2020-12), then the lossless reader: the schema checks shapes, the reader checks
 * what a schema cannot (ids that resolve, offsets that match the text).
 */
public final class JsonChecker {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonSchema SCHEMA = load();

    private JsonChecker() {
    }

    private static JsonSchema load() {
        try (InputStream in = JsonFormat.openSchema()) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Validation check(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        List<Finding> findings = new ArrayList<>();
        try {
            JsonNode node = MAPPER.readTree(bytes);
            for (ValidationMessage message : SCHEMA.validate(node)) {
                findings.add(new Finding(Finding.Severity.ERROR, message.getMessage()));
            }
        } catch (IOException e) {
            findings.add(new Finding(Finding.Severity.ERROR, "not JSON: " + e.getMessage().lines().findFirst().orElse("")));
        }
        if (findings.isEmpty()) {
            try {
                JsonArticleReader.create().read(bytes);
            } catch (ReadException e) {
                findings.add(new Finding(Finding.Severity.ERROR, e.getMessage()));
            }
        }
        return new Validation(file, "JSON Schema " + JsonFormat.SCHEMA_ID, findings);
    }
}
