package io.tearsheet.quotes.internal;

import io.tearsheet.model.SourceKind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Resolves mentions to entities, in reading order: a name to the person of that name or of a fuller name that
 * contains it ("Mr. Varga" → "Anton Varga", "the Herald" → "Valley Herald"); "the paper" to the publication
 * last mentioned; "the company" to the organisation last mentioned; "he" and "she" through
 * {@link PronounResolver}; anything indefinite ("a visiting economist") to someone new. Per call, never shared.
 */
public final class Discourse {
    /** How many paragraphs back "the company" or "the report" may point. */
    private static final int ANAPHORA_REACH = 8;

    /** "the company" may mean the last organisation that spoke whatever it was called; "the city" may not. */
    private static final java.util.Set<String> GENERIC_BODIES = Lexicon.words("generic-bodies");

    private final List<Entity> entities = new ArrayList<>();
    private final Map<String, List<Entity>> byNameWord = new HashMap<>();
    private final Map<String, Entity> byName = new HashMap<>();
    /** How many resolved mentions are kept for pronouns and descriptions to look back on. */
    private static final int WINDOW = 400;

    private final List<Mention> resolved = new ArrayList<>();
    private Entity lastPublication;
    private final List<Entity> resolvedEntities = new ArrayList<>();
    private final List<String> notes;

    public Discourse(List<String> notes) {
        this.notes = notes;
    }

    /** Resolves the next mention (mentions must come in reading order); returns its entity, or null. */
    public Entity resolve(Mention mention, boolean parenthetical) {
        Entity entity = switch (mention.phrase().form()) {
            case NAME -> name(mention);
            case PRONOUN -> pronoun(mention, parenthetical);
            case DEFINITE -> definite(mention);
            case INDEFINITE -> create(mention.phrase(), false);
            case BARE -> sameName(mention.phrase());
            case COORDINATED -> create(mention.phrase(), false);
        };
        resolved.add(mention);
        resolvedEntities.add(entity);
        if (entity != null && entity.kind() == SourceKind.PUBLICATION) {
            lastPublication = entity;
        }
        if (resolved.size() > 2 * WINDOW) {
            // only the recent past matters to pronouns and descriptions: keep the window, drop the rest
            resolved.subList(0, resolved.size() - WINDOW).clear();
            resolvedEntities.subList(0, resolvedEntities.size() - WINDOW).clear();
        }
        return entity;
    }

    private Entity pronoun(Mention mention, boolean parenthetical) {
        Entity e = PronounResolver.resolve(mention, resolved, resolvedEntities, parenthetical);
        if (e != null) {
            e.learnGender(mention.phrase().gender());
        }
        return e;
    }

    private Entity name(Mention mention) {
        SpeakerPhrase phrase = mention.phrase();
        String name = phrase.name();
        boolean latent = mention.role() != Mention.Role.SPEAKER && phrase.title() == null
                && phrase.description() == null;
        Entity same = byName.get(name.toLowerCase(Locale.ROOT));
        if (same != null) {
            same.learn(phrase);
            same.alias(phrase.alias());
            return same;
        }
        String[] parts = name.split(" ");
        if (parts.length == 1) {
            List<Entity> fuller = byNameWord.getOrDefault(parts[0], List.of());
            List<Entity> distinct = distinct(fuller);
            if (distinct.size() == 1) {
                Entity e = distinct.get(0);
                if (!latent || !e.latent()) {
                    e.learn(phrase);
                }
                e.alias(phrase.alias() != null ? phrase.alias() : name);
                return e;
            }
            if (distinct.size() > 1) {
                if (mention.role() == Mention.Role.SPEAKER) {
                    notes.add("'" + phrase.surface() + "' could be " + names(distinct) + ": left unresolved");
                }
                return null;
            }
            if (latent) {
                return null; // a lone capitalised word is not worth an entity of its own
            }
        } else {
            // a full name after a short one: "Anton Varga" after "Mr. Varga"
            for (String part : parts) {
                Entity shorter = byName.get(part.toLowerCase(Locale.ROOT));
                if (shorter != null && shorter.kind() == phrase.kind() && !shorter.name().contains(" ")
                        || shorter != null && shorter.kind() == phrase.kind() && isTitled(shorter.name())) {
                    shorter.rename(name);
                    index(shorter);
                    shorter.learn(phrase);
                    return shorter;
                }
            }
        }
        if (parts.length == 1 && phrase.title() != null && phrase.alias() != null) {
            // "Mr. Lindqvist" with no fuller name: the titled form is the name, found again by the surname
            Entity e = create(phrase.toBuilder().name(phrase.alias()).alias(null).build(), false);
            byName.putIfAbsent(name.toLowerCase(Locale.ROOT), e);
            return e;
        }
        Entity e = create(phrase, latent);
        if (phrase.alias() != null) {
            e.alias(phrase.alias());
        }
        return e;
    }

    /** "the paper", "the company", "the report": the last one mentioned; or someone new if none. */
    private Entity definite(Mention mention) {
        SpeakerPhrase phrase = mention.phrase();
        Entity same = byName.get(phrase.name().toLowerCase(Locale.ROOT));
        if (same != null) {
            return same;
        }
        boolean bare = phrase.name().split(" ").length == 2 && phrase.name().toLowerCase(Locale.ROOT).startsWith("the ");
        if (bare) {
            SourceKind kind = phrase.kind();
            if (kind == SourceKind.PUBLICATION && lastPublication != null) {
                return lastPublication; // "the paper": the publication last mentioned, however far back
            }
            for (int k = resolved.size() - 1; k >= 0; k--) {
                Mention m = resolved.get(k);
                Entity e = resolvedEntities.get(k);
                if (mention.paragraph() - m.paragraph() > ANAPHORA_REACH) {
                    break;
                }
                if (e == null) {
                    continue;
                }
                if (kind == SourceKind.ORGANIZATION && e.kind() == SourceKind.ORGANIZATION
                        && (sameHead(e, phrase) || m.role() == Mention.Role.SPEAKER && GENERIC_BODIES.contains(phrase.head()))
                        || kind == SourceKind.DOCUMENT && e.kind() == SourceKind.DOCUMENT && sameHead(e, phrase)
                        || kind == SourceKind.ANONYMOUS && e.kind() == SourceKind.ANONYMOUS && sameHead(e, phrase)) {
                    return e;
                }
            }
            if (kind == SourceKind.PUBLICATION) {
                notes.add("'" + phrase.surface() + "' names no publication mentioned before: left unresolved");
                return null;
            }
        }
        return create(phrase, false);
    }

    /** "Mr. Lindqvist": a title and one name. */
    private static boolean isTitled(String name) {
        String[] words = name.split(" ");
        return words.length == 2 && Titles.isTitle(words[0]);
    }

    private static boolean sameHead(Entity e, SpeakerPhrase phrase) {
        String head = phrase.head();
        if (head == null) {
            return false;
        }
        if (head.equals(e.head())) {
            return true;
        }
        String singular = HeadNouns.singular(head);
        String[] words = e.normalizedName().split(" ");
        // "the agency" is the regional roads agency; "the city" is not the city's transport department
        return HeadNouns.singular(words[words.length - 1]).equals(singular)
                || e.head() != null && HeadNouns.singular(e.head()).equals(singular);
    }

    private Entity sameName(SpeakerPhrase phrase) {
        Entity same = byName.get(phrase.name().toLowerCase(Locale.ROOT));
        return same != null ? same : create(phrase, false);
    }

    private Entity create(SpeakerPhrase phrase, boolean latent) {
        SourceKind kind = phrase.kind();
        Entity e = new Entity(entities.size(), phrase.name(), kind, phrase.description(), phrase.gender(),
                phrase.plural(), phrase.head(), latent);
        entities.add(e);
        index(e);
        return e;
    }

    private void index(Entity e) {
        byName.putIfAbsent(e.normalizedName(), e);
        if (e.kind() == SourceKind.PERSON || e.kind() == SourceKind.PUBLICATION || e.kind() == SourceKind.ORGANIZATION) {
            for (String part : e.name().split(" ")) {
                if (part.length() > 1 && Character.isUpperCase(part.charAt(0))) {
                    List<Entity> list = byNameWord.computeIfAbsent(part, k -> new ArrayList<>());
                    if (!list.contains(e)) {
                        list.add(e);
                    }
                }
            }
        }
    }

    private static List<Entity> distinct(List<Entity> list) {
        List<Entity> out = new ArrayList<>();
        for (Entity e : list) {
            if (!out.contains(e)) {
                out.add(e);
            }
        }
        return out;
    }

    private static String names(List<Entity> list) {
        StringBuilder out = new StringBuilder();
        for (Entity e : list) {
            out.append(out.length() == 0 ? "" : " or ").append('\'').append(e.name()).append('\'');
        }
        return out.toString();
    }
}
