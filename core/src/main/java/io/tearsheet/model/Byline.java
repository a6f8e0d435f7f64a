package io.tearsheet.model;

/**
 * One author credit: "By JANE DOE, Staff writer" becomes name "Jane Doe", role "Staff writer";
 * "John Roe | Reuters" becomes name "John Roe", role "Reuters".
 *
 * @param name the author's name as it should be printed
 * @param role what follows the name: a job title, a desk or an agency; or null
 * @since 0.1.0
 */
public record Byline(String name, String role) {
    public Byline {
        Checks.requiredText(name, "byline.name");
        role = Checks.optionalText(role);
    }

    public static Byline of(String name) {
        return new Byline(name, null);
    }
}
