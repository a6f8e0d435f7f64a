package io.tearsheet.read.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the weights of a linear model beside these classes: one {@code name weight} pair a line, {@code #} comments;
 * every feature the model's class names must have its weight.
 */
final class ModelFile {
    private ModelFile() {
    }

    static double[] weights(String file, List<String> names) {
        Map<String, Double> byName = new HashMap<>();
        try (InputStream in = ModelFile.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException(file + " is missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip();
                if (entry.isEmpty() || entry.startsWith("#")) {
                    continue;
                }
                String[] parts = entry.split("\\s+");
                byName.put(parts[0], Double.parseDouble(parts[1]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        double[] weights = new double[names.size()];
        for (int i = 0; i < weights.length; i++) {
            Double weight = byName.get(names.get(i));
            if (weight == null) {
                throw new IllegalStateException(file + " has no weight for " + names.get(i));
            }
            weights[i] = weight;
        }
        return weights;
    }
}
