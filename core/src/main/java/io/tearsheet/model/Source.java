package io.tearsheet.model;

import java.util.List;

/**
 * Someone (or something) quoted in the article, named once however many ways the text refers to them.
 *
 * @param id          unique within the article, for example {@code s1}
 * @param name        the canonical name: the fullest form the article uses ("Anton Varga"), or for an
 *                    anonymous speaker the description itself ("a visiting economist")
 * @param kind        person, organization, publication, group, document or anonymous
 * @param description what the article says the source is ("family-owned Kellford newspaper"), or null
 * @param aliases     other names the article uses for the same source ("Mr. Varga"), without the canonical name
 * @since 0.1.0
 */
public record Source(String id, String name, SourceKind kind, String description, List<String> aliases) {
    public Source {
        Checks.requiredText(id, "source.id");
        Checks.requiredText(name, "source " + id + ": name");
        Checks.required(kind, "source " + id + ": kind");
        description = Checks.optionalText(description);
        aliases = Checks.list(aliases, "source " + id + ": aliases");
    }

    public static Source of(String id, String name, SourceKind kind) {
        return new Source(id, name, kind, null, List.of());
    }
}
