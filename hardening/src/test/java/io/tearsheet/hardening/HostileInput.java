package io.tearsheet.hardening;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One row of {@code docs/hostile-input.md}: a test of one hostile input, counted in the hostile-input report
 * ({@link HostileInputReport}). Name the row with {@code @DisplayName}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Test
@Tag(HostileInput.TAG)
@interface HostileInput {
    String TAG = "hostile-input";
}
