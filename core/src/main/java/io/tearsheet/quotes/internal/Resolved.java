package io.tearsheet.quotes.internal;

/**
 * A mention resolved: the entity it refers to and how that was decided.
 *
 * @param entity the entity
 * @param how    the resolution
 */
public record Resolved(Entity entity, Resolution how) {
}
