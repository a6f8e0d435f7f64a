package io.tearsheet.quotes.internal;

import io.tearsheet.model.SourceKind;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Someone or something the article refers to, however many ways: "Anton Varga", "Mr. Varga" and "he" are
 * one entity. Mutable while one call resolves its mentions; becomes a {@link io.tearsheet.model.Source} when
 * quoted.
 */
public final class Entity {
    private final int order;
    private String name;
    private SourceKind kind;
    private String description;
    private final Set<String> aliases = new LinkedHashSet<>();
    private Gender gender;
    private final boolean plural;
    private String head;
    /** Whether the name came from the text alone (a capitalised run), not from a speaker phrase. */
    private boolean latent;

    Entity(int order, String name, SourceKind kind, String description, Gender gender, boolean plural, String head,
           boolean latent) {
        this.order = order;
        this.name = name;
        this.kind = kind;
        this.description = description;
        this.gender = gender;
        this.plural = plural;
        this.head = head;
        this.latent = latent;
    }

    public int order() {
        return order;
    }

    public String name() {
        return name;
    }

    public SourceKind kind() {
        return kind;
    }

    public String description() {
        return description;
    }

    public Set<String> aliases() {
        return aliases;
    }

    public Gender gender() {
        return gender;
    }

    public boolean plural() {
        return plural;
    }

    public String head() {
        return head;
    }

    boolean latent() {
        return latent;
    }

    /** Whether "he" or "she" could mean this entity. */
    boolean isPerson() {
        if (plural) {
            return false;
        }
        if (kind == SourceKind.PERSON) {
            // a lone capitalised word ("Kellford has agreed …") is a person only when the text says so
            return name.indexOf(' ') > 0 || gender != Gender.UNKNOWN || description != null || !aliases.isEmpty();
        }
        return kind == SourceKind.ANONYMOUS && head != null && HeadNouns.looksLikePerson(head);
    }

    void learn(SpeakerPhrase phrase) {
        latent = false;
        if (gender == Gender.UNKNOWN && phrase.gender() != Gender.UNKNOWN) {
            gender = phrase.gender();
        }
        if (description == null && phrase.description() != null) {
            description = phrase.description();
        }
        if (head == null && phrase.head() != null) {
            head = phrase.head();
        }
        SourceKind said = phrase.kind();
        if (kind == SourceKind.PERSON && (said == SourceKind.PUBLICATION || said == SourceKind.ORGANIZATION)
                && phrase.title() == null) {
            kind = said;
        }
    }

    void learnGender(Gender g) {
        if (gender == Gender.UNKNOWN) {
            gender = g;
        }
    }

    /** Records another name for the entity, unless it is the canonical name itself. */
    void alias(String alias) {
        if (alias != null && !alias.isBlank() && !alias.equalsIgnoreCase(name)) {
            aliases.add(alias);
        }
    }

    /** A fuller name found later: "Anton Varga" after "Mr. Varga". The old name becomes an alias. */
    void rename(String fuller) {
        if (!fuller.equalsIgnoreCase(name)) {
            aliases.add(name);
            aliases.remove(fuller);
            name = fuller;
        }
    }

    String normalizedName() {
        return name.toLowerCase(Locale.ROOT);
    }
}
