package io.tearsheet.quotes.internal;

import io.tearsheet.model.SourceKind;

import java.util.List;
import java.util.Locale;

/**
 * Resolves "he", "she" and "they" to an earlier mention, preferring people who spoke, then subjects of
 * sentences, then anyone, within the pronoun's paragraph and the one before it. Returns nothing when the choice
 * is not clear (precision before recall): when the nearest candidate's gender is unknown while another of the
 * right gender is near, or when someone else became the subject after the last speaker.
 */
final class PronounResolver {
    /** How many mentions back a pronoun may look. */
    private static final int MAX_LOOKBACK = 80;
    /** How many paragraphs back, beyond the window, a speaker of known gender may still be meant. */
    private static final int FALLBACK_PARAGRAPHS = 3;

    private PronounResolver() {
    }

    /** A candidate antecedent: a resolved mention and its entity. */
    record Candidate(Mention mention, Entity entity) {
    }

    /**
     * @param pronoun  the pronoun's mention
     * @param earlier  resolved mentions before it, in reading order (entity per mention, null when unresolved)
     * @param entities the entity of each mention in {@code earlier}
     * @param parenthetical whether the pronoun stands in ", he said," inside another clause (then mentions of its
     *                      own sentence are not candidates)
     */
    static Entity resolve(Mention pronoun, List<Mention> earlier, List<Entity> entities, boolean parenthetical) {
        String word = pronoun.phrase().name().toLowerCase(Locale.ROOT);
        if (word.equals("they")) {
            return resolvePlural(pronoun, earlier, entities);
        }
        if (!word.equals("he") && !word.equals("she")) {
            return null;
        }
        Gender gender = word.equals("he") ? Gender.MALE : Gender.FEMALE;
        int floor = Math.max(0, earlier.size() - MAX_LOOKBACK);
        for (Mention.Role level : Mention.Role.values()) {
            Candidate best = null;
            for (int k = earlier.size() - 1; k >= floor; k--) {
                Mention m = earlier.get(k);
                Entity e = entities.get(k);
                if (!inWindow(m, pronoun, parenthetical) || e == null || !compatible(e, gender)) {
                    continue;
                }
                if (m.role() == level || level == Mention.Role.OTHER && m.role() != Mention.Role.SPEAKER
                        && m.role() != Mention.Role.SUBJECT) {
                    best = new Candidate(m, e);
                    break;
                }
            }
            if (best == null) {
                continue;
            }
            if (ambiguous(best, pronoun, gender, level, earlier, entities, floor, parenthetical)) {
                return null;
            }
            return best.entity();
        }
        return fallback(pronoun, earlier, entities, gender, floor);
    }

    private static boolean ambiguous(Candidate best, Mention pronoun, Gender gender, Mention.Role level,
                                     List<Mention> earlier, List<Entity> entities, int floor, boolean parenthetical) {
        for (int k = earlier.size() - 1; k >= floor; k--) {
            Mention m = earlier.get(k);
            Entity e = entities.get(k);
            if (e == null || e == best.entity() || !inWindow(m, pronoun, parenthetical) || !compatible(e, gender)) {
                continue;
            }
            if (best.entity().gender() == Gender.UNKNOWN && e.gender() == gender) {
                return true; // someone of the right gender is near, and the nearest candidate's gender is unknown
            }
            boolean later = m.paragraph() > best.mention().paragraph()
                    || m.paragraph() == best.mention().paragraph() && m.start() > best.mention().start();
            if (later && level == Mention.Role.SPEAKER && m.role() == Mention.Role.SUBJECT
                    && m.sentence() != pronounSentence(pronoun, m)) {
                return true; // someone else became the subject after the last speaker
            }
        }
        return false;
    }

    private static int pronounSentence(Mention pronoun, Mention other) {
        return other.paragraph() == pronoun.paragraph() ? pronoun.sentence() : -1;
    }

    /** No candidate near: a speaker of the right, known gender, alone among the last few paragraphs' speakers. */
    private static Entity fallback(Mention pronoun, List<Mention> earlier, List<Entity> entities, Gender gender,
                                   int floor) {
        Entity found = null;
        for (int k = earlier.size() - 1; k >= floor; k--) {
            Mention m = earlier.get(k);
            Entity e = entities.get(k);
            if (pronoun.paragraph() - m.paragraph() > FALLBACK_PARAGRAPHS + 1) {
                break;
            }
            if (e == null || m.role() != Mention.Role.SPEAKER || !e.isPerson()) {
                continue;
            }
            if (e.gender() == Gender.UNKNOWN) {
                return null;
            }
            if (e.gender() == gender) {
                if (found != null && found != e) {
                    return null;
                }
                found = e;
            }
        }
        return found;
    }

    private static Entity resolvePlural(Mention pronoun, List<Mention> earlier, List<Entity> entities) {
        int floor = Math.max(0, earlier.size() - MAX_LOOKBACK);
        Entity found = null;
        for (int k = earlier.size() - 1; k >= floor; k--) {
            Mention m = earlier.get(k);
            Entity e = entities.get(k);
            if (!inWindow(m, pronoun, false) || e == null) {
                continue;
            }
            if (e.kind() == SourceKind.GROUP && e.plural() && m.role() != Mention.Role.OTHER) {
                if (found != null && found != e) {
                    return null;
                }
                found = e;
            }
        }
        return found;
    }

    private static boolean compatible(Entity e, Gender gender) {
        return e.isPerson() && e.gender().compatibleWith(gender);
    }

    /** The pronoun's own paragraph before it and the paragraph before that. */
    private static boolean inWindow(Mention m, Mention pronoun, boolean parenthetical) {
        if (m.paragraph() < pronoun.paragraph() - 1 || !m.before(pronoun.paragraph(), pronoun.start())) {
            return false;
        }
        return !(parenthetical && m.paragraph() == pronoun.paragraph() && m.sentence() == pronoun.sentence());
    }
}
