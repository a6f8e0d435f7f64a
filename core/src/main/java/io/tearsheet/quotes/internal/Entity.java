package io.tearsheet.quotes.internal;

import io.tearsheet.model.SourceKind;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Someone or something the article refers to, however many ways: "Anton Varga", "Mr. Varga" and "he" are
 * one entity. Besides its names it keeps what later references may lean on: its gender, its age ("the
 * 56-year-old"), the roles the article gives it ("the coach", "the company") and whether anything shows it to be a
 * person. Mutable while one call resolves its mentions; becomes a {@link io.tearsheet.model.Source} when quoted.
 */
public final class Entity {
    /** What the words of an organisation's name make it: "Productions" a company, "Electric" a utility. */
    private static final Map<String, Set<String>> NAME_ROLES = Lexicon.table("org-name-roles");

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
    private Integer age;
    /** Role nouns the article gives the entity, lower case: "coach", "judge", "company", "utility". */
    private final Set<String> roles = new LinkedHashSet<>();
    /** Whether a title, an honorific, a given name or a person's description shows it to be a person. */
    private boolean personEvidence;

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
        namedAs(name);
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

    Integer age() {
        return age;
    }

    Set<String> roles() {
        return roles;
    }

    /** Whether "he" or "she" could mean this entity: one person, and something shows it is one. */
    boolean isPerson() {
        if (plural) {
            return false;
        }
        if (kind == SourceKind.PERSON) {
            // a capitalised run ("Pell Grants", "Florida Friday") is a person only when the text says so
            return personEvidence || gender != Gender.UNKNOWN || description != null;
        }
        return kind == SourceKind.ANONYMOUS && head != null && HeadNouns.looksLikePerson(head);
    }

    /** Whether "it" could mean this entity: an organisation, a publication or a document. */
    boolean isThing() {
        return !plural && (kind == SourceKind.ORGANIZATION || kind == SourceKind.PUBLICATION
                || kind == SourceKind.DOCUMENT);
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
        if (age == null && phrase.age() != null) {
            age = phrase.age();
            if (kind == SourceKind.PERSON) {
                personEvidence = true; // "Lucía Marrero, 17": only people have ages in news copy
            }
        }
        SourceKind said = phrase.kind();
        if (kind == SourceKind.PERSON && (said == SourceKind.PUBLICATION || said == SourceKind.ORGANIZATION)
                && phrase.title() == null && !personEvidence && gender == Gender.UNKNOWN) {
            kind = said; // not for someone known to be a person: "Bloomberg" after "billionaire Michael R. Bloomberg"
        }
        if (phrase.title() != null || phrase.form() == SpeakerPhrase.Form.NAME && phrase.isPerson()
                && phrase.description() != null && phrase.head() != null && HeadNouns.looksLikePerson(phrase.head())) {
            personEvidence = true;
        }
        if (phrase.title() != null) {
            String[] titleWords = phrase.title().toLowerCase(Locale.ROOT).split(" ");
            String last = titleWords[titleWords.length - 1].replace(".", "");
            if (!Titles.isHonorific(last) && !Titles.isHonorific(last + ".")) {
                roles.addAll(Titles.rolesOf(last));
            }
        }
        if (phrase.head() != null && !phrase.head().equals("person")) {
            roles.add(HeadNouns.singular(phrase.head()));
        }
    }

    void learnGender(Gender g) {
        if (gender == Gender.UNKNOWN && g != Gender.UNKNOWN) {
            gender = g;
            if (kind == SourceKind.PERSON) {
                personEvidence = true;
            }
        }
    }

    /** A role the article gives it in an appositive or a description ("the regulator", "the critic"). */
    void addRole(String role) {
        roles.add(HeadNouns.singular(role.toLowerCase(Locale.ROOT)));
    }

    /** Records another name for the entity, unless it is the canonical name itself; never a possessive. */
    void alias(String alias) {
        if (alias == null) {
            return;
        }
        String a = SpeakerPhraseParser.stripPossessive(alias.strip());
        if (!a.isBlank() && !a.equalsIgnoreCase(name)) {
            aliases.add(a);
        }
    }

    /** A fuller name found later: "Anton Varga" after "Mr. Varga". The old name becomes an alias. */
    void rename(String fuller) {
        if (!fuller.equalsIgnoreCase(name)) {
            aliases.add(name);
            aliases.remove(fuller);
            name = fuller;
            namedAs(fuller);
        }
    }

    /** A publication after all: a news agency is never a person. */
    void makePublication() {
        kind = SourceKind.PUBLICATION;
        personEvidence = false;
    }

    /** What a name tells: a given name makes a person of a known gender; an organisation's words its roles. */
    private void namedAs(String n) {
        if (kind == SourceKind.PERSON && n.indexOf(' ') > 0 && GivenNames.isGivenName(n)) {
            personEvidence = true;
            if (gender == Gender.UNKNOWN) {
                gender = GivenNames.genderOf(n);
            }
        }
        if (kind == SourceKind.ORGANIZATION || kind == SourceKind.PUBLICATION) {
            for (String word : n.split(" ")) {
                Set<String> r = NAME_ROLES.get(word);
                if (r != null) {
                    roles.addAll(r);
                }
            }
            if (n.contains("&")) {
                roles.add("company");
                roles.add("firm");
            }
        }
    }

    /** Whether something besides the name shows this is a person (a title, a given name, a description). */
    boolean hasPersonEvidence() {
        return personEvidence;
    }

    /** The name came from a capitalised run of the text alone, not from a speaker phrase. */
    void markLatent() {
        latent = true;
    }

    void markPerson() {
        if (kind == SourceKind.PERSON) {
            personEvidence = true;
        }
    }

    String normalizedName() {
        return name.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return name;
    }
}
