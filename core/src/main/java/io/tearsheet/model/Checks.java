package io.tearsheet.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Validation helpers shared by the model's compact constructors. */
final class Checks {
    private Checks() {
    }

    static <T> T required(T value, String field) {
        if (value == null) {
            throw new InvalidArticleException(field + " must not be null");
        }
        return value;
    }

    static String requiredText(String value, String field) {
        required(value, field);
        if (value.isBlank()) {
            throw new InvalidArticleException(field + " must not be blank");
        }
        return value;
    }

    /** Null means absent; a blank string is treated as absent too, so "" and null never both exist. */
    static String optionalText(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** An unmodifiable copy; a null list becomes empty, a null element is refused with its index. */
    static <T> List<T> list(List<? extends T> values, String field) {
        if (values == null || values.isEmpty()) {
            return List.of();
        }
        List<T> copy = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            T value = values.get(i);
            if (value == null) {
                throw new InvalidArticleException(field + "[" + i + "] must not be null");
            }
            copy.add(value);
        }
        return Collections.unmodifiableList(copy);
    }
}
