package io.tearsheet.quotes.internal;

import io.tearsheet.model.SourceKind;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Resolves "he", "she", "it" and "they" by salience. Every earlier mention of a fitting entity in the pronoun's
 * paragraph and the two before it adds to that entity's weight: more for the speaker of a cue than for the
 * subject of a sentence, more for a subject than for any other mention, and half as much for each sentence and
 * each paragraph break between it and the pronoun. The
 * heaviest entity wins if it clearly outweighs the next; otherwise the pronoun stays unresolved (precision before
 * recall).
 *
 * <p>"He" and "she" fit people of that gender or of a gender the text does not tell (those count for half);
 * "it" fits organisations, publications and documents; "they" fits groups and several people named together.
 * A pronoun in ", he said," inside another clause looks outside its own sentence.
 */
final class PronounResolver {
    /** How many mentions back a pronoun may look. */
    private static final int MAX_LOOKBACK = 120;
    /** Whether each pronoun's weights are traced on standard error; the environment is read once, not per pronoun. */
    private static final boolean DEBUG_PRONOUNS = System.getenv("TS_DEBUG_PRONOUN") != null;
    /** How many paragraphs back a mention still counts. */
    private static final int PARAGRAPHS_BACK = 2;
    /** How many paragraphs back a speaker of the right gender is still meant when nobody nearer fits. */
    private static final int FALLBACK_PARAGRAPHS = 4;
    /** The winner must weigh this many times the runner-up. */
    private static final double MARGIN = 1.8;
    /** Below this weight an antecedent is too far back to be meant (about four sentences for a speaker). */
    private static final double MIN_WEIGHT = 0.04;

    private PronounResolver() {
    }

    /**
     * What a pronoun looks back on.
     *
     * @param earlier   resolved mentions before it, in reading order
     * @param entities  the entity of each mention in {@code earlier} (null when unresolved)
     * @param sentences the number of each mention's sentence, counted from the article's first
     * @param sentence  the number of the pronoun's sentence
     */
    record Context(List<Mention> earlier, List<Entity> entities, List<Integer> sentences, int sentence) {
    }

    /**
     * @param pronoun       the pronoun's mention
     * @param context       the mentions before it
     * @param parenthetical whether the pronoun stands in ", he said," inside another clause (then mentions of its
     *                      own sentence are not candidates)
     */
    static Entity resolve(Mention pronoun, Context context, boolean parenthetical) {
        Choice choice = choose(pronoun, context, parenthetical);
        return choice == null ? null : choice.entity();
    }

    /**
     * What a pronoun resolved to, and whether no other entity fitted it at all: only then may the pronoun teach the
     * entity its gender ("Chris Christie described Hillary Clinton as … after she …" must not make Christie a woman).
     */
    record Choice(Entity entity, boolean uncontested) {
    }

    /** Whether the mention is something owned by the one the pronoun of {@code kind} means: "her child" for "she". */
    private static boolean possessedBy(Mention m, Kind kind) {
        String name = m.phrase().name();
        String owner = switch (kind) {
            case HE -> "his ";
            case SHE -> "her ";
            case IT -> "its ";
            case THEY -> "their ";
        };
        return m.phrase().form() == SpeakerPhrase.Form.DEFINITE && name.regionMatches(true, 0, owner, 0, owner.length());
    }

    /** As {@link #resolve}, with whether the choice was uncontested. */
    static Choice choose(Mention pronoun, Context context, boolean parenthetical) {
        List<Mention> earlier = context.earlier();
        List<Entity> entities = context.entities();
        String word = pronoun.phrase().name().toLowerCase(Locale.ROOT);
        Kind kind = switch (word) {
            case "he" -> Kind.HE;
            case "she" -> Kind.SHE;
            case "it" -> Kind.IT;
            case "they" -> Kind.THEY;
            default -> null;
        };
        if (kind == null) {
            return null;
        }
        Map<Entity, Double> weight = new LinkedHashMap<>();
        int floor = Math.max(0, earlier.size() - MAX_LOOKBACK);
        for (int k = earlier.size() - 1; k >= floor; k--) {
            Mention m = earlier.get(k);
            Entity e = entities.get(k);
            int back = pronoun.paragraph() - m.paragraph();
            if (back > PARAGRAPHS_BACK) {
                break;
            }
            if (e == null || !m.before(pronoun.paragraph(), pronoun.start())
                    || parenthetical && back == 0 && m.sentence() == pronoun.sentence()) {
                continue;
            }
            double fit = fit(e, kind);
            if (fit == 0 || possessedBy(m, kind)) {
                continue; // "her child" is not the "she" whose child it is
            }
            int distance = Math.max(0, context.sentence() - context.sentences().get(k)) + back;
            double w = fit * roleWeight(m) * Math.pow(0.5, distance);
            weight.merge(e, w, Double::sum);
        }
        if (DEBUG_PRONOUNS) {
            System.err.println("PRONOUN " + word + " p" + pronoun.paragraph() + "@" + pronoun.start() + " " + weight);
        }
        Entity best = null;
        double top = 0;
        double second = 0;
        for (Map.Entry<Entity, Double> entry : weight.entrySet()) {
            double w = entry.getValue();
            if (w > top) {
                second = top;
                top = w;
                best = entry.getKey();
            } else if (w > second) {
                second = w;
            }
        }
        if (best == null) {
            return kind == Kind.HE || kind == Kind.SHE ? contested(fallback(pronoun, earlier, entities, kind, floor))
                    : null;
        }
        if (top < MARGIN * second || top < MIN_WEIGHT) {
            return top < MIN_WEIGHT && (kind == Kind.HE || kind == Kind.SHE)
                    ? contested(fallback(pronoun, earlier, entities, kind, floor)) : null;
        }
        if (best.gender() == Gender.UNKNOWN && (kind == Kind.HE || kind == Kind.SHE)) {
            Gender g = kind == Kind.HE ? Gender.MALE : Gender.FEMALE;
            for (Map.Entry<Entity, Double> entry : weight.entrySet()) {
                if (entry.getKey() != best && entry.getKey().gender() == g && entry.getValue() >= top / 2) {
                    return null; // someone known to be of the right gender is near, and the heaviest is not known
                }
            }
        }
        return new Choice(best, weight.size() == 1);
    }

    private static Choice contested(Entity entity) {
        return entity == null ? null : new Choice(entity, false);
    }

    private enum Kind { HE, SHE, IT, THEY }

    /** How well an entity fits the pronoun: 1, a half for a person of unknown gender, or 0. */
    private static double fit(Entity e, Kind kind) {
        return switch (kind) {
            case HE, SHE -> {
                if (!e.isPerson()) {
                    yield 0;
                }
                Gender g = kind == Kind.HE ? Gender.MALE : Gender.FEMALE;
                yield e.gender() == g ? 1 : e.gender() == Gender.UNKNOWN ? 0.5 : 0;
            }
            case IT -> e.isThing() ? 1 : 0;
            case THEY -> e.plural() && (e.kind() == SourceKind.GROUP || e.kind() == SourceKind.ANONYMOUS) ? 1 : 0;
        };
    }

    /** The speaker of a cue weighs most, then a subject, then any other mention; a pronoun passes its weight on. */
    private static double roleWeight(Mention m) {
        return switch (m.role()) {
            case SPEAKER -> 1.0;
            case SUBJECT -> 0.7;
            case OTHER -> 0.2;
        };
    }

    /**
     * Nobody near fits: a speaker of the right, known gender, alone among the last few paragraphs' speakers, and
     * no one else of that gender mentioned there at all.
     */
    private static Entity fallback(Mention pronoun, List<Mention> earlier, List<Entity> entities, Kind kind,
                                   int floor) {
        Gender gender = kind == Kind.HE ? Gender.MALE : Gender.FEMALE;
        Entity found = null;
        java.util.Set<Entity> mentioned = new java.util.HashSet<>();
        for (int k = earlier.size() - 1; k >= floor; k--) {
            Mention m = earlier.get(k);
            Entity e = entities.get(k);
            if (pronoun.paragraph() - m.paragraph() > FALLBACK_PARAGRAPHS) {
                break;
            }
            if (e == null || !e.isPerson()) {
                continue;
            }
            if (m.role() != Mention.Role.SPEAKER) {
                if (e.gender() == gender && m.phrase().form() != SpeakerPhrase.Form.PRONOUN) {
                    mentioned.add(e);
                }
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
        mentioned.remove(found);
        if (found != null && !mentioned.isEmpty()) {
            return null; // "the woman" was mentioned among them: the speaker is not the only one it could mean
        }
        return found;
    }
}
