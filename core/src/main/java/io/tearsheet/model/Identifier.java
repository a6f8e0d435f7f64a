package io.tearsheet.model;

/**
 * An identifier the publisher or an archive gave the article.
 *
 * @param scheme what kind of identifier: "doi", "urn", "isbn", a publisher's own name for its ids
 * @param value  the identifier itself
 * @since 0.1.0
 */
public record Identifier(String scheme, String value) {
    public Identifier {
        Checks.requiredText(scheme, "identifier.scheme");
        Checks.requiredText(value, "identifier.value");
    }
}
