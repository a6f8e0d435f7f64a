package io.tearsheet.quotes.internal;

/**
 * How a speaker phrase was resolved to an entity of the article. Each value has its examples in the
 * attribution specification, as each {@link RuleId} has.
 */
public enum Resolution {
    /** "Mara Lind" named in full (the first time, or again). */
    NAME("named"),
    /** "Lind", "Ms. Lind": a shorter form of a name given before. */
    SHORT_NAME("a shorter form of a name given before"),
    /** "Mara Lind" after "Lind": the entity takes the fuller name. */
    FULLER_NAME("the fuller form of a name given before"),
    /** "she", "it", "they": the one clear antecedent of the right gender and number. */
    PRONOUN("a pronoun"),
    /** "the coach", "the company", "the paper": the one entity in reach of that role. */
    ROLE("a role named before"),
    /** "the 56-year-old": the one person of that age, or the one person just named. */
    AGE("an age"),
    /** "the statement said", "the post said": whoever made the statement or the post. */
    ISSUER("the maker of a statement or post"),
    /** "his lawyer": the lawyer of the one person "his" can mean. */
    POSSESSOR("a possessive"),
    /** "a spokeswoman", "harbour pilots", "the family": someone new, described. */
    DESCRIPTION("a description");

    private final String explanation;

    Resolution(String explanation) {
        this.explanation = explanation;
    }

    /** The resolution in words, for provenance notes. */
    public String explanation() {
        return explanation;
    }
}
