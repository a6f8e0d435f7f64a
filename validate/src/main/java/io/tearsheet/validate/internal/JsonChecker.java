package io.tearsheet.validate.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
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
 *
 * <p>The schema validator recurses once for every level of the document, and a document may nest as deep as the
 * reader allows ({@link JsonArticleReader#maxNestingDepth()} levels), more than a default thread stack holds: it runs
 * on a thread of its own with a large stack, and a document too deep even for that is a finding, never a
 * {@link StackOverflowError}. The parser keeps the reader's limits, so what the reader reads is what is checked.
 */
public final class JsonChecker {
    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(JsonArticleReader.maxNestingDepth())
                    .maxStringLength(64 * 1024 * 1024)
                    .build())
            .build());
    /** Enough for the schema validator at the reader's deepest nesting, many times over. */
    private static final long STACK_BYTES = 256L * 1024 * 1024;
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
            findings.addAll(schemaFindings(MAPPER.readTree(bytes)));
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

    private static List<Finding> schemaFindings(JsonNode node) {
        List<Finding> findings = new ArrayList<>();
        Throwable[] failure = new Throwable[1];
        Thread checker = new Thread(null, () -> {
            try {
                for (ValidationMessage message : SCHEMA.validate(node)) {
                    findings.add(new Finding(Finding.Severity.ERROR, message.getMessage()));
                }
            } catch (Throwable e) {
                failure[0] = e; // handed to the caller's thread below: an unfinished check must never pass
            }
        }, "tearsheet-json-schema-check", STACK_BYTES);
        checker.start();
        boolean interrupted = false;
        while (true) {
            try {
                checker.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true; // the check is short; finish it, then pass the interrupt on
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failure[0] instanceof StackOverflowError) {
            findings.add(new Finding(Finding.Severity.ERROR, "the document nests too deep for the schema validator"));
        } else if (failure[0] instanceof RuntimeException e) {
            throw e;
        } else if (failure[0] instanceof Error e) {
            throw e;
        }
        return findings;
    }
}
