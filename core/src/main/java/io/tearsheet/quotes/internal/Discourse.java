package io.tearsheet.quotes.internal;

import io.tearsheet.model.SourceKind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tracks the entities of an article and resolves each mention to one, in reading order:
 * <ul>
 *   <li>a name to the entity of that name, or of a fuller name that contains it ("Mr. Varga" → "Anton Varga");
 *       a full name after a short one gives the entity the full name;</li>
 *   <li>"he", "she", "it", "they" through {@link PronounResolver}, by salience and agreement;</li>
 *   <li>"the coach", "the company", "the production company", "the paper" to the one entity in reach that has
 *       that role; "the 56-year-old" to the one person of that age; "the statement said" to whoever made the
 *       statement; "his lawyer" to the lawyer of the one person "his" can mean;</li>
 *   <li>anything indefinite ("a visiting economist") to someone new.</li>
 * </ul>
 * When two entities fit equally, the mention stays unresolved (precision before recall) and a note says why.
 * Per call, never shared.
 */
public final class Discourse {
    /** How many paragraphs back "the company" or "the report" may point. */
    private static final int ANAPHORA_REACH = 8;
    /** Whether each resolution is traced on standard error; the environment is read once, not per mention. */
    private static final boolean DEBUG_MENTIONS = System.getenv("TS_DEBUG_MENTION") != null;
    /** Person nouns by which a writer refers again to the person an article is about ("the singer"). */
    private static final Set<String> EPITHETS = Lexicon.words("head-nouns-epithets");
    /** How many resolved mentions are kept for pronouns and descriptions to look back on. */
    private static final int WINDOW = 400;

    /** "the company", "the firm": nouns that fit any firm named before. */
    private static final Set<String> GENERIC_BODIES = Lexicon.words("generic-bodies");
    /** "the statement", "the post": nouns of what a speaker speaks through. */
    private static final Set<String> CHANNELS = Lexicon.words("channel-nouns");
    /** What a sentence holds, lower-cased and padded with spaces, where it names each channel: " statement,". */
    private static final List<Probe> CHANNEL_PROBES = Lexicon.entries("channel-nouns").stream()
            .map(c -> new Probe(c, List.of(" " + c + " ", " " + c + ",", " " + c + ".", " " + c + "s "))).toList();
    /** What a sentence holds where it names a platform: " on Instagram", " to X". */
    private static final List<String> PLATFORM_PROBES = Lexicon.entries("social-platforms").stream()
            .flatMap(p -> java.util.stream.Stream.of(" on " + p, " to " + p)).toList();

    private record Probe(String channel, List<String> forms) {
    }
    private static final Set<String> AGENCIES = Lexicon.words("news-agencies");
    /** Roles of bodies that are not firms: "the company" never means them. */
    private static final Set<String> PUBLIC_BODIES = Lexicon.words("public-bodies");

    private final List<Entity> entities = new ArrayList<>();
    private final Map<String, List<Entity>> byNameWord = new HashMap<>();
    private final Map<String, Entity> byName = new HashMap<>();
    private final List<Mention> resolved = new ArrayList<>();
    private final List<Entity> resolvedEntities = new ArrayList<>();
    /** The number of each resolved mention's sentence, counted from the article's first. */
    private final List<Integer> resolvedSentences = new ArrayList<>();
    /** The number of the current paragraph's first sentence, and the paragraph. */
    private int sentenceBase;
    private ParagraphText current;
    private Entity lastPublication;
    /** Who last spoke through each channel ("statement" → the company), and in which paragraph. */
    private final Map<String, Entity> issuers = new HashMap<>();
    private final Map<String, Integer> issuedIn = new HashMap<>();
    /** Descriptions that introduced someone new ("the seafarers' union"), in case the name follows. */
    private final List<Entity> described = new ArrayList<>();
    private final List<Integer> describedIn = new ArrayList<>();
    private final Set<String> agencies = new LinkedHashSet<>();
    private final List<String> notes;

    /**
     * @param notes    where notes on unresolved mentions go
     * @param credits  the article's credits (news agencies): sources by these names are publications
     */
    public Discourse(List<String> notes, List<String> credits) {
        this.notes = notes;
        for (String credit : credits) {
            agencies.add(agencyKey(credit));
        }
    }

    public Discourse(List<String> notes) {
        this(notes, List.of());
    }

    /** Starts the mentions of the next paragraph (paragraphs must come in reading order). */
    public void enter(ParagraphText paragraph) {
        if (current != null) {
            sentenceBase += current.sentenceCount();
        }
        current = paragraph;
    }

    /** The number of the sentence of a mention of the current paragraph, counted from the article's first. */
    private int sentenceOf(Mention m) {
        return current == null ? 0 : sentenceBase + current.sentenceIndex(m.sentence());
    }

    /**
     * Whether a speech cue stands before the mention in its sentence: the mention is in a reported clause ("Voss
     * asked Quist whether she had argued …"), where whom a pronoun means is not clear enough to count it.
     */
    private boolean inReportedClause(Mention mention) {
        if (current == null || mention.paragraph() != current.index() || current.words().isEmpty()) {
            return false;
        }
        int k = current.wordAt(mention.start());
        for (int i = current.wordAt(mention.sentence()); i < k && i < current.words().size(); i++) {
            if (CueWords.isSpeechCue(current, i)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the mention stands right after a cue verb, opening the reported clause. */
    private boolean afterCue(Mention mention) {
        if (current == null || mention.paragraph() != current.index() || current.words().isEmpty()) {
            return false;
        }
        int k = current.wordAt(mention.start());
        return k > 0 && k <= current.words().size() && CueWords.isSpeechCue(current, k - 1);
    }

    /** Resolves the next mention (mentions must come in reading order); returns its entity and how, or null. */
    public Resolved resolve(Mention mention, boolean parenthetical) {
        return resolve(mention, parenthetical, true);
    }

    /**
     * Resolves the next mention; {@code attributes} says whether it is the speaker of a quotation or of reported
     * speech (a pronoun inside someone else's reported clause that attributes nothing is left alone).
     */
    public Resolved resolve(Mention mention, boolean parenthetical, boolean attributes) {
        Resolved r = switch (mention.phrase().form()) {
            case NAME -> name(mention);
            case PRONOUN -> !attributes && inReportedClause(mention) ? null : pronoun(mention, parenthetical);
            case DEFINITE -> definite(mention);
            case INDEFINITE, COORDINATED -> new Resolved(create(mention.phrase(), false), Resolution.DESCRIPTION);
            case BARE -> sameName(mention.phrase());
        };
        Entity entity = r == null ? null : r.entity();
        if (DEBUG_MENTIONS) {
            System.err.println("MENTION p" + mention.paragraph() + " " + mention.role() + " '" + mention.phrase().surface()
                    + "' " + mention.phrase().form() + "/" + mention.phrase().gender() + " -> "
                    + (r == null ? null : r.how() + " " + entity + (entity == null ? "" : " " + entity.kind() + "/"
                    + entity.gender() + " person=" + entity.isPerson() + " roles=" + entity.roles() + " age=" + entity.age())));
        }
        remember(mention, entity);
        if (entity != null && entity.kind() == SourceKind.PUBLICATION) {
            lastPublication = entity;
        }
        return r;
    }

    /** Records that {@code entity} spoke through the channels its sentence names ("said in a statement"). */
    public void spokeThrough(Entity entity, String sentence, int paragraph) {
        if (entity == null) {
            return;
        }
        String lower = " " + sentence.toLowerCase(Locale.ROOT).replace('’', '\'') + " ";
        for (Probe probe : CHANNEL_PROBES) {
            for (String form : probe.forms()) {
                if (lower.contains(form)) {
                    issue(probe.channel(), entity, paragraph);
                    break;
                }
            }
        }
        for (String platform : PLATFORM_PROBES) {
            if (sentence.contains(platform)) {
                issue("post", entity, paragraph);
            }
        }
    }

    /**
     * Records that {@code entity} put out a {@code channel}: "released a statement" (the statement said …), "posted a
     * picture" (the post said …).
     */
    void issued(Entity entity, String channel, int paragraph) {
        issue(channel, entity, paragraph);
    }

    private void issue(String channel, Entity entity, int paragraph) {
        String key = channel.endsWith("post") ? "post" : channel;
        issuers.put(key, entity);
        issuedIn.put(key, paragraph);
    }

    private void remember(Mention mention, Entity entity) {
        resolved.add(mention);
        resolvedEntities.add(entity);
        resolvedSentences.add(sentenceOf(mention));
        if (resolved.size() > 2 * WINDOW) {
            // only the recent past matters to pronouns and descriptions: keep the window, drop the rest
            resolved.subList(0, resolved.size() - WINDOW).clear();
            resolvedEntities.subList(0, resolvedEntities.size() - WINDOW).clear();
            resolvedSentences.subList(0, resolvedSentences.size() - WINDOW).clear();
        }
    }

    /** The earlier mentions as a pronoun sees them. */
    private PronounResolver.Context context(Mention pronoun) {
        return new PronounResolver.Context(resolved, resolvedEntities, resolvedSentences, sentenceOf(pronoun));
    }

    private Resolved pronoun(Mention mention, boolean parenthetical) {
        PronounResolver.Choice choice = PronounResolver.choose(mention, context(mention), parenthetical);
        if (choice == null) {
            return null;
        }
        Entity e = choice.entity();
        if (!afterCue(mention) && choice.uncontested()) {
            // "Petrov said she had …": the pronoun of a reported clause may be someone else; it teaches nothing
            e.learnGender(mention.phrase().gender());
        }
        return new Resolved(e, Resolution.PRONOUN);
    }

    private Resolved name(Mention mention) {
        Resolved r = named(mention);
        Entity e = r == null ? null : r.entity();
        if (e != null && e.kind() == SourceKind.PERSON && (mention.role() == Mention.Role.SPEAKER
                || mention.role() == Mention.Role.SUBJECT && e.name().indexOf(' ') > 0)) {
            e.markPerson(); // a name that speaks, or that does something at the head of a sentence, is someone's
        }
        return r;
    }

    private Resolved named(Mention mention) {
        SpeakerPhrase phrase = mention.phrase();
        String name = phrase.name();
        boolean latent = mention.role() != Mention.Role.SPEAKER && phrase.title() == null
                && phrase.description() == null;
        Entity same = byName.get(name.toLowerCase(Locale.ROOT));
        if (same != null) {
            same.learn(phrase);
            same.alias(phrase.alias());
            if (retitle(same, phrase)) {
                return new Resolved(same, Resolution.FULLER_NAME);
            }
            // "Okafor" after "Adaeze Okafor" took the full name: a shorter form, though first met as a name
            return new Resolved(same, same.name().equalsIgnoreCase(name) && phrase.alias() == null
                    || same.name().equalsIgnoreCase(phrase.alias() == null ? name : phrase.alias())
                    ? Resolution.NAME : Resolution.SHORT_NAME);
        }
        String[] parts = name.split(" ");
        if (parts.length == 1) {
            Entity e = bySingleName(parts[0], mention);
            if (e != null) {
                if (!latent || !e.latent()) {
                    e.learn(phrase);
                }
                e.alias(phrase.alias() != null ? phrase.alias() : name);
                return new Resolved(e, retitle(e, phrase) ? Resolution.FULLER_NAME : Resolution.SHORT_NAME);
            }
            if (ambiguous(parts[0], mention)) {
                return null;
            }
            if (latent) {
                return null; // a lone capitalised word is not worth an entity of its own
            }
        } else {
            if (isTitled(name)) {
                // "Mr. Clarke" whose title the phrase did not part from the name: the surname finds the person
                Entity e = bySingleName(parts[1], mention);
                if (e != null && e.kind() == SourceKind.PERSON) {
                    e.alias(name);
                    return new Resolved(e, Resolution.SHORT_NAME);
                }
                if (ambiguous(parts[1], mention)) {
                    return null;
                }
            }
            Entity shorter = shorterForm(parts, phrase);
            if (shorter != null) {
                shorter.rename(name);
                index(shorter);
                shorter.learn(phrase);
                shorter.alias(phrase.alias());
                return new Resolved(shorter, Resolution.FULLER_NAME);
            }
            Entity introduced = namedAfterDescription(phrase, mention);
            if (introduced != null) {
                introduced.alias(introduced.name());
                introduced.rename(name);
                index(introduced);
                introduced.learn(phrase);
                return new Resolved(introduced, Resolution.FULLER_NAME);
            }
        }
        Entity holder = holderOf(name);
        if (holder == null && phrase.surface().regionMatches(true, 0, "the ", 0, 4)) {
            holder = onlyHolderOfTitle(parts[parts.length - 1]);
        }
        if (holder != null) {
            return new Resolved(holder, Resolution.ROLE); // "the Prime Minister" after "The Prime Minister, Rishi Sunak,"
        }
        if (parts.length == 1 && phrase.title() != null && phrase.alias() != null) {
            // "Mr. Lindqvist" with no fuller name: the titled form is the name, found again by the surname
            Entity e = create(phrase.toBuilder().name(phrase.alias()).alias(null).build(), false);
            byName.putIfAbsent(name.toLowerCase(Locale.ROOT), e);
            return new Resolved(e, Resolution.NAME);
        }
        Entity e = create(phrase, latent);
        if (phrase.alias() != null) {
            e.alias(phrase.alias());
        }
        return new Resolved(e, Resolution.NAME);
    }

    /**
     * The entity a single name means: the one person whose name holds it (a person's surname before an
     * organisation that carries it, as "Clinton" before "Clinton Foundation"), or the one entity of any kind.
     * Between two people of that name, the one already called by it, or the only one named lately.
     */
    private Entity bySingleName(String word, Mention mention) {
        List<Entity> all = distinct(byNameWord.getOrDefault(word, List.of()));
        if (all.size() <= 1) {
            return all.isEmpty() ? null : all.get(0);
        }
        List<Entity> people = new ArrayList<>();
        for (Entity e : all) {
            if (e.kind() == SourceKind.PERSON) {
                people.add(e);
            }
        }
        boolean personal = mention.phrase().kind() == SourceKind.PERSON;
        List<Entity> pool = personal && !people.isEmpty() ? people : all;
        Gender said = mention.phrase().gender();
        if (said != Gender.UNKNOWN && pool.size() > 1) {
            // "Mrs. Clinton" is not Bill Clinton
            List<Entity> agreeing = new ArrayList<>();
            for (Entity e : pool) {
                if (e.gender().compatibleWith(said)) {
                    agreeing.add(e);
                }
            }
            pool = agreeing.isEmpty() ? pool : agreeing;
        }
        if (pool.size() == 1) {
            return pool.get(0);
        }
        if (personal) {
            List<Entity> surnamed = new ArrayList<>();
            for (Entity e : pool) {
                if (e.kind() == SourceKind.PERSON && e.name().endsWith(" " + word)) {
                    surnamed.add(e);
                }
            }
            if (surnamed.size() == 1) {
                return surnamed.get(0); // "Dion" is Céline Dion, not René-Charles Dion Angélil
            }
        }
        List<Entity> calledSo = new ArrayList<>();
        for (Entity e : pool) {
            if (e.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(word))) {
                calledSo.add(e);
            }
        }
        if (calledSo.size() == 1) {
            return calledSo.get(0);
        }
        List<Entity> lately = mentionedSince(pool, mention.paragraph() - 1);
        return lately.size() == 1 ? lately.get(0) : null;
    }

    private boolean ambiguous(String word, Mention mention) {
        List<Entity> all = distinct(byNameWord.getOrDefault(word, List.of()));
        if (all.size() > 1 && mention.role() == Mention.Role.SPEAKER) {
            notes.add("'" + mention.phrase().surface() + "' could be " + names(all) + ": left unresolved");
        }
        return all.size() > 1;
    }

    /** "Anton Varga" after "Varga" or "Mr. Varga": the entity known by a part of the name. */
    private Entity shorterForm(String[] parts, SpeakerPhrase phrase) {
        for (String part : parts) {
            Entity shorter = byName.get(part.toLowerCase(Locale.ROOT));
            if (shorter != null && shorter.kind() == phrase.kind()
                    && (!shorter.name().contains(" ") || isTitled(shorter.name()))) {
                return shorter;
            }
        }
        return null;
    }

    /**
     * "The Maritime and Transport Union" just after "the seafarers' union" introduced someone new: the name of
     * the one described entity whose head noun ends the name, in this paragraph or the one before.
     */
    private Entity namedAfterDescription(SpeakerPhrase phrase, Mention mention) {
        if (phrase.kind() != SourceKind.ORGANIZATION && phrase.kind() != SourceKind.PUBLICATION) {
            return null;
        }
        String[] words = phrase.name().split(" ");
        String last = words[words.length - 1].toLowerCase(Locale.ROOT);
        Entity found = null;
        int at = -1;
        for (int i = 0; i < described.size(); i++) {
            Entity e = described.get(i);
            if (e.head() != null && HeadNouns.singular(e.head()).equals(HeadNouns.singular(last))
                    && describedIn.get(i) >= mention.paragraph() - 1) {
                if (found != null) {
                    return null;
                }
                found = e;
                at = i;
            }
        }
        if (found != null) {
            described.remove(at);
            describedIn.remove(at);
        }
        return found;
    }

    /** "President Lindqvist" after "Mr. Lindqvist": a title that says more than an honorific becomes the name. */
    private boolean retitle(Entity e, SpeakerPhrase phrase) {
        if (phrase.title() == null || !isTitled(e.name()) || Titles.isHonorific(phrase.title())) {
            return false;
        }
        String[] current = e.name().split(" ");
        if (Titles.isHonorific(current[0]) && phrase.alias() != null && phrase.alias().split(" ").length == 2) {
            e.rename(phrase.alias());
            index(e);
            return true;
        }
        return false;
    }

    /**
     * A definite description: a channel ("the statement") to its issuer, or to itself as a document when no one
     * named issued it; a possessive ("his lawyer") to the possessor's; a role ("the coach", "the company", "the
     * paper") or an age ("the 56-year-old") to the one entity in reach that fits; anything else, or nothing fitting,
     * to someone new.
     */
    private Resolved definite(Mention mention) {
        SpeakerPhrase phrase = mention.phrase();
        Entity same = byName.get(phrase.name().toLowerCase(Locale.ROOT));
        if (same != null) {
            return new Resolved(same, Resolution.ROLE);
        }
        String[] words = phrase.name().split(" ");
        String det = words[0].toLowerCase(Locale.ROOT);
        String head = phrase.head();
        if (head != null && (det.equals("the") || det.equals("this") || det.equals("that"))
                && CHANNELS.contains(channelOf(phrase.name()))) {
            Resolved issuer = issuer(mention, channelOf(phrase.name()));
            if (issuer != null || !det.equals("the") || !anaphoric(words)) {
                return issuer;
            }
            // nobody spoke through it, but the article introduced it: "sent a letter …" ¶ "“…,” the letter reads"
            Resolved introduced = role(mention, words);
            if (introduced != null && introduced.entity() != null) {
                return introduced;
            }
            // nobody named put it out: the document speaks for itself ("The letter said a “graduated” approach …")
            return new Resolved(create(phrase, false), Resolution.DESCRIPTION);
        }
        if (isPossessivePronoun(det) && words.length >= 2 && phrase.description() == null
                && mention.role() == Mention.Role.SPEAKER) {
            return possessor(mention, det, String.join(" ", List.of(words).subList(1, words.length)));
        }
        int and = det.equals("the") && phrase.description() == null ? roleJoint(words) : -1;
        if (and > 0) {
            // "the Florida senator and Republican presidential candidate": one person in two roles, known by either
            String[] first = java.util.Arrays.copyOf(words, and);
            String[] second = new String[words.length - and];
            second[0] = words[0];
            System.arraycopy(words, and + 1, second, 1, words.length - and - 1);
            if (anaphoric(first) && anaphoric(second)) {
                Resolved r = roleOf(mention, first);
                if (r == null || r.entity() == null) {
                    r = roleOf(mention, second);
                }
                if (r != null && r.entity() != null) {
                    return r;
                }
            }
        }
        if (det.equals("the") && anaphoric(words) && phrase.description() == null) {
            Resolved r = role(mention, words);
            if (r != null) {
                return r;
            }
            if (phrase.kind() == SourceKind.PUBLICATION && words.length == 2) {
                notes.add("'" + phrase.surface() + "' names no publication mentioned before: left unresolved");
                return null;
            }
        }
        Entity e = create(phrase, false);
        if (det.equals("the") && head != null) {
            described.add(e);
            describedIn.add(mention.paragraph());
            while (!describedIn.isEmpty() && describedIn.get(0) < mention.paragraph() - 1) {
                // only a name in this paragraph or the next may name what a description introduced
                described.remove(0);
                describedIn.remove(0);
            }
        }
        return new Resolved(e, Resolution.DESCRIPTION);
    }

    /**
     * Whether a person may be called by the epithet {@code head}: someone introduced by another office ("Chuck Rocha,
     * president of a consulting firm") is not "the GOP nominee" of the next paragraph.
     */
    private static boolean mayBe(Entity person, String head) {
        if (person.roles().isEmpty() || person.roles().contains(head)) {
            return true;
        }
        for (String role : person.roles()) {
            if (EPITHETS.contains(HeadNouns.singular(role))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "the famous singer", not "the Lincoln actor": nothing capitalised after the determiner, but for a party's or
     * nation's adjective ("the Republican presidential nominee", "the GOP candidate", "the French actress").
     */
    private static boolean lowerCaseAfter(String[] words) {
        int left = 1;
        for (int i = 1; i < words.length; i++) {
            boolean acronymHead = i == words.length - 1 && EPITHETS.contains(words[i].toLowerCase(Locale.ROOT));
            if (words[i].isEmpty() || Character.isLowerCase(words[i].charAt(0)) || acronymHead) {
                continue; // "the Conservative MP": the head may be written in capitals
            }
            if (left == 0 || !isPartyOrNationAdjective(words[i])) {
                return false;
            }
            left--;
        }
        return true;
    }

    private static boolean isPartyOrNationAdjective(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        boolean acronym = word.length() >= 2 && word.length() <= 4 && word.equals(word.toUpperCase(Locale.ROOT));
        return acronym || w.endsWith("an") || w.endsWith("ic") || w.endsWith("ese") || w.endsWith("ish")
                || w.endsWith("al") || w.endsWith("ive") || w.endsWith("ist"); // "Liberal", "Conservative", "Socialist"
    }

    /** "the production company": the head and lower-case modifiers only, with no possessive or preposition. */
    private static boolean anaphoric(String[] words) {
        if (words.length < 2 || words.length > 5) {
            return false;
        }
        for (int i = 1; i < words.length; i++) {
            String w = words[i];
            if (FunctionWords.isPossessive(w) || FunctionWords.isPreposition(w) || FunctionWords.isDeterminer(w)
                    || FunctionWords.isRelative(w)) {
                return false;
            }
        }
        return true;
    }

    /** The channel a description names: "the statement" → statement, "the blog post" → post. */
    private static String channelOf(String name) {
        String[] words = name.toLowerCase(Locale.ROOT).split(" ");
        String last = words[words.length - 1];
        return last.equals("tweet") || last.equals("post") ? "post" : last;
    }

    /** "the statement said": whoever last spoke through a statement, in reach; null when nobody did. */
    private Resolved issuer(Mention mention, String channel) {
        String key = channel.equals("tweet") ? "post" : channel;
        Entity e = issuers.get(key);
        Integer at = issuedIn.get(key);
        if (e == null || mention.paragraph() - at > ANAPHORA_REACH) {
            notes.add("'" + mention.phrase().surface() + "': nobody named before made it");
            return null;
        }
        return new Resolved(e, Resolution.ISSUER);
    }

    private static boolean isPossessivePronoun(String word) {
        return word.equals("his") || word.equals("her") || word.equals("its") || word.equals("their");
    }

    /** "his lawyer": "his" resolved as "he" would be where it stands; the lawyer named after that person. */
    private Resolved possessor(Mention mention, String pronoun, String rest) {
        String as = switch (pronoun) {
            case "his" -> "he";
            case "her" -> "she";
            case "its" -> "it";
            default -> "they";
        };
        SpeakerPhrase standIn = SpeakerPhraseParser.parseHead(as);
        Mention pronounMention = new Mention(mention.paragraph(), mention.start(), mention.start() + pronoun.length(),
                mention.sentence(), standIn, mention.role());
        Entity owner = PronounResolver.resolve(pronounMention, context(mention), false);
        if (owner == null) {
            notes.add("'" + mention.phrase().surface() + "': whose it is cannot be told: left unresolved");
            return null;
        }
        String name = owner.name() + "’s " + rest;
        Entity same = byName.get(name.toLowerCase(Locale.ROOT));
        if (same != null) {
            return new Resolved(same, Resolution.POSSESSOR);
        }
        SpeakerPhrase named = mention.phrase().toBuilder().name(name).alias(null).build();
        return new Resolved(create(named, false), Resolution.POSSESSOR);
    }

    /**
     * "the coach", "the company", "the 56-year-old": the entities in reach that fit; the one, or among several the
     * only one named in this paragraph or the one before; null when none fits or the choice is not clear.
     */
    private Resolved role(Mention mention, String[] words) {
        return role(mention, words, mention.phrase().head() == null ? null : HeadNouns.singular(mention.phrase().head()));
    }

    /** Where "and" joins two roles of one person after "the" ("the senator and presidential candidate"), or -1. */
    private static int roleJoint(String[] words) {
        int and = -1;
        for (int i = 0; i < words.length; i++) {
            if (words[i].equals("and")) {
                if (and >= 0) {
                    return -1; // "the mayor and the council and …": a list
                }
                and = i;
            }
        }
        if (and < 2 || and > words.length - 2) {
            return -1;
        }
        String after = words[and + 1];
        if (FunctionWords.isDeterminer(after) || FunctionWords.isPossessive(after)) {
            return -1; // "the senator and the governor", "the mayor and his wife": two people
        }
        return HeadNouns.looksLikePerson(HeadNouns.singular(words[and - 1]).toLowerCase(Locale.ROOT))
                && HeadNouns.looksLikePerson(HeadNouns.singular(words[words.length - 1]).toLowerCase(Locale.ROOT))
                && !HeadNouns.isPlural(words[words.length - 1]) ? and : -1;
    }

    /** {@link #role} of one of two roles joined by "and" ("the Florida senator"), its head its last word. */
    private Resolved roleOf(Mention mention, String[] role) {
        return role(mention, role, HeadNouns.singular(role[role.length - 1]));
    }

    private Resolved role(Mention mention, String[] words, String head) {
        SpeakerPhrase phrase = mention.phrase();
        Integer age = phrase.age();
        boolean ageOnly = age != null && "person".equals(head);
        List<Entity> fit = new ArrayList<>();
        List<Entity> seen = new ArrayList<>();
        for (int k = resolved.size() - 1; k >= 0; k--) {
            Mention m = resolved.get(k);
            Entity e = resolvedEntities.get(k);
            if (mention.paragraph() - m.paragraph() > ANAPHORA_REACH) {
                break;
            }
            if (e == null || seen.contains(e)) {
                continue;
            }
            seen.add(e);
            if (fits(e, phrase, head, age, words, false)) {
                fit.add(e);
            }
        }
        if (fit.isEmpty() && age == null && hasCapitalisedModifier(words)) {
            // "Sen. Marco Rubio …" ¶ "the Florida senator": a place nothing said of the only senator in reach (a
            // party or nation says more: "the Democratic candidate" is not everyone's)
            Entity loosely = null;
            int count = 0;
            for (Entity e : seen) {
                if (fits(e, phrase, head, null, words, true)) {
                    loosely = e;
                    count++;
                }
            }
            if (count == 1) {
                fit.add(loosely);
            }
        }
        Resolution how = age != null ? Resolution.AGE : Resolution.ROLE;
        if (fit.isEmpty() && age != null) {
            // "the 56-year-old" of someone whose age was not given: the one person just named
            Entity only = onlyPersonJustNamed(mention, age, false, false);
            return only == null ? null : new Resolved(only, Resolution.AGE);
        }
        if (fit.size() == 1 && age == null && HeadNouns.looksLikePerson(head) && !phrase.plural()) {
            Entity other = otherPersonHere(mention, fit.get(0), head);
            if (other != null) {
                notes.add("'" + phrase.surface() + "' could be " + names(List.of(fit.get(0), other)) + ": left unresolved");
                return new Resolved(null, how);
            }
        }
        if (fit.size() == 1) {
            return new Resolved(fit.get(0), how);
        }
        if (fit.size() > 1) {
            fit = byModifiers(fit, words);
        }
        if (fit.size() == 1) {
            return new Resolved(fit.get(0), how);
        }
        if (fit.size() > 1) {
            List<Entity> lately = mentionedSince(fit, mention.paragraph() - 1);
            if (lately.size() == 1) {
                return new Resolved(lately.get(0), how);
            }
            notes.add("'" + phrase.surface() + "' could be " + names(fit) + ": left unresolved");
            return new Resolved(null, how);
        }
        if (ageOnly) {
            return null;
        }
        boolean former = words.length == 3 && (words[1].equals("former") || words[1].equals("ex-"));
        if (head != null && (EPITHETS.contains(head) || HeadNouns.isDemonym(head)
                || former && HeadNouns.looksLikePerson(head)) && words.length <= 4
                && lowerCaseAfter(words)) {
            // "Céline Dion …" ¶ "The singer …", "the former mayor": the one person just named, not someone new
            // a nationality says nothing against an office ("Liverpool manager Jurgen Klopp" is "the German")
            boolean demonym = HeadNouns.isDemonym(head);
            Entity here = onlyPersonJustNamed(mention, null, true, true);
            Entity only = here != null && (demonym || mayBe(here, head)) ? here
                    : onlyPersonJustNamed(mention, null, true, false);
            Gender gender = HeadNouns.genderOf(head);
            if (only != null && only.kind() == SourceKind.PERSON && (demonym || mayBe(only, head))
                    && (gender == Gender.UNKNOWN || only.gender() == Gender.UNKNOWN || only.gender() == gender)) {
                return new Resolved(only, Resolution.ROLE);
            }
        }
        if (phrase.kind() == SourceKind.PUBLICATION && lastPublication != null && words.length == 2) {
            return new Resolved(lastPublication, Resolution.ROLE); // "the paper": the publication last mentioned
        }
        return null;
    }

    /**
     * Among several that fit, those whose name or roles share the stem of a lower-case modifier: "the production
     * company" is Hartwell Lane Productions rather than the Sunrise Network. All of them when none does.
     */
    private static List<Entity> byModifiers(List<Entity> fit, String[] words) {
        List<Entity> out = new ArrayList<>();
        for (int i = 1; i < words.length - 1; i++) {
            String w = words[i].toLowerCase(Locale.ROOT);
            if (w.length() < 5 || !Character.isLetter(w.charAt(0))) {
                continue;
            }
            String stem = w.substring(0, Math.min(6, w.length()));
            for (Entity e : fit) {
                boolean shares = e.normalizedName().contains(stem) || e.roles().stream().anyMatch(r -> r.startsWith(stem))
                        || e.description() != null && e.description().toLowerCase(Locale.ROOT).contains(stem);
                if (shares && !out.contains(e)) {
                    out.add(e);
                }
            }
        }
        return out.isEmpty() ? fit : out;
    }

    /** Whether an entity fits a definite description: its kind, its roles, its age, its capitalised modifiers. */
    private static boolean fits(Entity e, SpeakerPhrase phrase, String head, Integer age, String[] words,
            boolean unknownModifiers) {
        if (age != null) {
            if (!e.isPerson() || e.age() == null || !e.age().equals(age)) {
                return false;
            }
            return "person".equals(head) || e.roles().contains(head) || e.roles().isEmpty();
        }
        if (head == null) {
            return false;
        }
        for (int i = 1; i < words.length - 1; i++) {
            if (SpeakerPhraseParser.isCapitalised(words[i])
                    && !(e.name() + " " + (e.description() == null ? "" : e.description())).contains(words[i])
                    && !(unknownModifiers && e.isPerson() && onlyTitled(e) && !isPartyOrNationAdjective(words[i]))) {
                return false; // "the Lakeport coach" is not the Harriers' coach
            }
        }
        return switch (phrase.kind()) {
            case PUBLICATION -> e.kind() == SourceKind.PUBLICATION && (e.roles().contains(head) || sameHead(e, head));
            case ORGANIZATION -> e.kind() == SourceKind.ORGANIZATION && (e.roles().contains(head) || sameHead(e, head)
                    || GENERIC_BODIES.contains(head) && isFirm(e));
            case DOCUMENT -> e.kind() == SourceKind.DOCUMENT && sameHead(e, head);
            case GROUP -> e.kind() == SourceKind.GROUP && sameHead(e, head);
            default -> HeadNouns.looksLikePerson(head) ? e.isPerson() && e.roles().contains(head)
                    : e.kind() == SourceKind.ANONYMOUS && sameHead(e, head);
        };
    }

    /**
     * Another person (known by a full name: "Vogue asked Dion" has one person) named as a subject earlier in the
     * mention's paragraph, of whom nothing else is known (no title, no role, no description), where the one that
     * fits is not: "Rubio sought to stoke positive energy … the
     * senator said" may be Rubio even when only another senator is known to be one. Null when there is none.
     */
    private Entity otherPersonHere(Mention mention, Entity fit, String head) {
        Entity other = null;
        for (int k = resolved.size() - 1; k >= 0 && resolved.get(k).paragraph() == mention.paragraph(); k--) {
            Entity e = resolvedEntities.get(k);
            Mention m = resolved.get(k);
            if (e == null || m.role() == Mention.Role.OTHER) {
                continue; // "Christie accused Cruz …": an object is not whom the next sentence goes on about
            }
            if (e == fit) {
                return null;
            }
            if (e.kind() == SourceKind.PERSON && e.hasPersonEvidence() && e.name().indexOf(' ') > 0 && e.roles().isEmpty()
                    && e.description() == null && m.phrase().title() == null
                    && m.phrase().form() == SpeakerPhrase.Form.NAME) {
                other = e;
            }
        }
        return other;
    }

    /** Whether a capitalised word stands between a description's determiner and its head ("the Florida senator"). */
    private static boolean hasCapitalisedModifier(String[] words) {
        for (int i = 1; i < words.length - 1; i++) {
            if (SpeakerPhraseParser.isCapitalised(words[i])) {
                return true;
            }
        }
        return false;
    }

    /** Whether nothing but a title ("Sen.") describes the entity: no place or body it belongs to. */
    private static boolean onlyTitled(Entity e) {
        if (e.description() == null) {
            return true;
        }
        for (String word : e.description().split(" ")) {
            if (!Titles.isTitle(word)) {
                return false;
            }
        }
        return true;
    }

    private static final Pattern LEADING_THE = Pattern.compile("^(?i)the ");

    /** An organisation known by a proper name that nothing shows to be a public body: "the company" may mean it. */
    private static boolean isFirm(Entity e) {
        String name = LEADING_THE.matcher(e.name()).replaceFirst("");
        if (name.isEmpty() || !Character.isUpperCase(name.charAt(0))) {
            return false; // "a small group" is no firm named before
        }
        for (String role : e.roles()) {
            if (PUBLIC_BODIES.contains(role)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The one person named or described in this paragraph before the mention or in the one before, of that age or of
     * none told; with {@code byNameOnly}, the one person named there. With {@code ownParagraph}, only the earlier
     * sentences of the mention's own paragraph count ("Liverpool manager Jurgen Klopp was less impressed. “…,” the
     * German said."): a name in the description's own sentence is someone else ("In an interview with X, the …").
     */
    private Entity onlyPersonJustNamed(Mention mention, Integer age, boolean byNameOnly, boolean ownParagraph) {
        Entity found = null;
        int firstParagraph = ownParagraph ? mention.paragraph() : mention.paragraph() - 1;
        for (int k = resolved.size() - 1; k >= 0; k--) {
            Mention m = resolved.get(k);
            if (m.paragraph() < firstParagraph) {
                break;
            }
            Entity e = resolvedEntities.get(k);
            if (e == null || !e.isPerson() || m.phrase().form() == SpeakerPhrase.Form.PRONOUN
                    || m.role() == Mention.Role.OTHER || byNameOnly && m.phrase().form() != SpeakerPhrase.Form.NAME
                    || ownParagraph && m.sentence() == mention.sentence()) {
                continue;
            }
            if (found != null && found != e) {
                return null;
            }
            found = e;
        }
        return found != null && (age == null || found.age() == null || found.age().equals(age)) ? found : null;
    }

    /**
     * The one person the article described by this office ("The Prime Minister, Rishi Sunak, said" makes Sunak the
     * holder of "Prime Minister"), or null when nobody or several were.
     */
    private Entity holderOf(String office) {
        return onlyPerson(e -> {
            String d = e.description();
            return d != null && (d.regionMatches(true, 0, "the ", 0, 4) ? d.substring(4) : d).equalsIgnoreCase(office);
        });
    }

    /**
     * "The PAHO Director" after "Pan American Health Organization (PAHO) Director Carissa F. Etienne": the one person
     * the article gave this title, or null when the word is no title or nobody or several hold it.
     */
    private Entity onlyHolderOfTitle(String title) {
        if (!Titles.isTitle(title)) {
            return null;
        }
        String role = title.toLowerCase(Locale.ROOT);
        return onlyPerson(e -> e.roles().contains(role));
    }

    /** The one person entity {@code test} accepts, or null when none or several do. */
    private Entity onlyPerson(java.util.function.Predicate<Entity> test) {
        Entity found = null;
        for (Entity e : entities) {
            if (e.kind() == SourceKind.PERSON && test.test(e)) {
                if (found != null && found != e) {
                    return null;
                }
                found = e;
            }
        }
        return found;
    }

    /** "Mr. Lindqvist": a title and one name. */
    private static boolean isTitled(String name) {
        String[] words = name.split(" ");
        return words.length == 2 && Titles.isTitle(words[0]);
    }

    private static boolean sameHead(Entity e, String head) {
        if (head.equals(e.head()) || e.head() != null && HeadNouns.singular(e.head()).equals(head)) {
            return true;
        }
        String[] words = e.normalizedName().split(" ");
        // "the agency" is the regional roads agency; "the city" is not the city's transport department
        return HeadNouns.singular(words[words.length - 1]).equals(head);
    }

    private Resolved sameName(SpeakerPhrase phrase) {
        Entity same = byName.get(phrase.name().toLowerCase(Locale.ROOT));
        return same != null ? new Resolved(same, Resolution.DESCRIPTION)
                : new Resolved(create(phrase, false), Resolution.DESCRIPTION);
    }

    private Entity create(SpeakerPhrase phrase, boolean latent) {
        SourceKind kind = phrase.kind();
        Entity e = new Entity(entities.size(), phrase.name(), kind, phrase.description(), phrase.gender(),
                phrase.plural(), phrase.head(), latent);
        e.learn(phrase);
        if (latent) {
            e.markLatent();
        }
        if (isAgency(phrase.name())) {
            e.makePublication();
        }
        entities.add(e);
        index(e);
        return e;
    }

    private boolean isAgency(String name) {
        String key = agencyKey(name);
        return AGENCIES.contains(key) || agencies.contains(key);
    }

    private static String agencyKey(String name) {
        String key = name.strip().toLowerCase(Locale.ROOT);
        return key.startsWith("the ") ? key.substring(4) : key;
    }

    private void index(Entity e) {
        byName.putIfAbsent(e.normalizedName(), e);
        if (e.kind() == SourceKind.PERSON || e.kind() == SourceKind.PUBLICATION || e.kind() == SourceKind.ORGANIZATION) {
            String[] parts = e.name().split(" ");
            if (e.kind() == SourceKind.ORGANIZATION && Character.isLowerCase(parts[parts.length - 1].charAt(0))) {
                return; // "the Clinton campaign": its capitalised word names a person, not the campaign
            }
            for (String part : parts) {
                if (part.length() > 1 && Character.isUpperCase(part.charAt(0))) {
                    List<Entity> list = byNameWord.computeIfAbsent(part, k -> new ArrayList<>());
                    if (!list.contains(e)) {
                        list.add(e);
                    }
                }
            }
        }
    }

    /** Those of {@code pool} mentioned in paragraph {@code from} or later. */
    private List<Entity> mentionedSince(List<Entity> pool, int from) {
        List<Entity> out = new ArrayList<>();
        for (int k = resolved.size() - 1; k >= 0 && resolved.get(k).paragraph() >= from; k--) {
            Entity e = resolvedEntities.get(k);
            if (e != null && pool.contains(e) && !out.contains(e)) {
                out.add(e);
            }
        }
        return out;
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
