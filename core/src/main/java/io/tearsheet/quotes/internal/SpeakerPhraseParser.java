package io.tearsheet.quotes.internal;

import io.tearsheet.model.SourceKind;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.Locale;

/**
 * Parses the words that name a speaker into a {@link SpeakerPhrase}. A phrase is a head ("Tomas Lindqvist",
 * "the paper", "a historian affiliated with …") followed by appositives between commas ("the city's transport
 * commissioner", "67", "who designed the boats"). Returns null for words that are not a noun phrase, so rules
 * that find a cue verb but no speaker before or after it attribute nothing.
 */
public final class SpeakerPhraseParser {
    private static final int MAX_HEAD_WORDS = 18;
    private static final java.util.Set<String> TRAILING_ADVERBS = Lexicon.words("phrase-final-adverbs");
    private static final int MAX_LENGTH = 220;
    private static final java.util.Set<String> NAME_PARTICLES = Lexicon.words("name-particles");
    private static final java.util.Set<String> CALENDAR = Lexicon.words("calendar-words");

    private SpeakerPhraseParser() {
    }

    /** The phrase, or null when the words do not name a speaker. */
    public static SpeakerPhrase parse(String raw) {
        return ParsedPhrases.phrase(raw, SpeakerPhraseParser::parseNew);
    }

    private static SpeakerPhrase parseNew(String raw) {
        String text = clean(raw);
        if (text.isEmpty() || text.length() > MAX_LENGTH) {
            return null;
        }
        Gender reflexive = text.endsWith(" herself") ? Gender.FEMALE : text.endsWith(" himself") ? Gender.MALE : null;
        if (reflexive != null) {
            // "said Montoya-Lewis herself": the person, and her gender
            SpeakerPhrase person = parse(text.substring(0, text.lastIndexOf(' ')));
            return person == null || person.form() != SpeakerPhrase.Form.NAME || person.gender() != Gender.UNKNOWN
                    ? person : person.toBuilder().gender(reflexive).build();
        }
        List<String> segments = splitCommas(text);
        String headText = segments.get(0);
        SpeakerPhrase head = parseHead(headText);
        if (head == null) {
            return null;
        }
        List<String> appositives = new ArrayList<>();
        Integer age = head.age();
        for (int i = 1; i < segments.size(); i++) {
            String segment = segments.get(i);
            if (isFiller(segment)) {
                age = age != null ? age : ageOf(segment);
                continue;
            }
            if (isParticipleClause(segment)) {
                continue; // "President Obama, dedicating the museum on Saturday,": what he did, not what he is
            }
            appositives.add(segment);
        }
        if (appositives.isEmpty() || head.form() == SpeakerPhrase.Form.PRONOUN) {
            return age == null || head.form() == SpeakerPhrase.Form.PRONOUN ? head : head.toBuilder().age(age).build();
        }
        SpeakerPhrase combined = combine(head, headText, appositives, text);
        return age == null || combined.age() != null ? combined : combined.toBuilder().age(age).build();
    }

    /** The age an appositive or a modifier gives: "56", "aged 56", "56-year-old"; or null. */
    static Integer ageOf(String words) {
        var m = AGE.matcher(words.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return null;
        }
        String digits = m.group(1) != null ? m.group(1) : m.group(2);
        int age = Integer.parseInt(digits);
        return age > 0 && age < 125 ? age : null;
    }

    private static final java.util.regex.Pattern AGE = java.util.regex.Pattern.compile(
            "(?:(?:now|aged|age)\\s+)?(\\d{1,3})|(\\d{1,3})-year-old");

    /** "dedicating the museum", "asked about the plan": a clause of a participle, never an appositive. */
    static boolean isParticipleClause(String segment) {
        String first = firstWord(segment.strip());
        if (first.isEmpty() || !Character.isLowerCase(first.charAt(0)) || first.length() < 5) {
            return false;
        }
        boolean participle = first.endsWith("ing") && HeadNouns.classOf(first) == HeadNouns.NounClass.UNKNOWN
                || first.endsWith("ed") && !FunctionWords.isDeterminer(first);
        if (!participle || !first.endsWith("ed")) {
            return participle;
        }
        // "retired teacher John McCarthy": an adjective before a role and a name, not a clause
        SpeakerPhrase named = parseHead(segment);
        return named == null || named.form() != SpeakerPhrase.Form.NAME;
    }

    /** "Investment and Commerce": capitalised words joined by "and", the rest of an office's list of duties. */
    private static boolean continuesOffice(String segment) {
        String[] words = segment.strip().split(" ");
        boolean and = false;
        for (String w : words) {
            if (w.equals("and") || w.equals("&")) {
                and = true;
            } else if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
                return false;
            }
        }
        return and && words.length <= 5;
    }

    /** Whether a segment could stand as an appositive: a noun phrase, an age, a relative clause. */
    static boolean isAppositive(String segment) {
        String s = clean(segment);
        if (s.isEmpty()) {
            return false;
        }
        if (isFiller(s)) {
            return true;
        }
        String first = firstWord(s);
        if (FunctionWords.isRelative(first) && !first.equalsIgnoreCase("that")) {
            return true;
        }
        SpeakerPhrase phrase = parseHead(s);
        if (phrase == null) {
            // "an outside adviser to the campaign on tax issues and an associate professor at …": two appositives
            var m = COORDINATED_APPOSITIVE.matcher(s);
            if (m.find() && m.start() > 0) {
                return isAppositive(s.substring(0, m.start())) && isAppositive(s.substring(m.start() + 5));
            }
        }
        return phrase != null && phrase.form() != SpeakerPhrase.Form.PRONOUN;
    }

    private static final java.util.regex.Pattern COORDINATED_APPOSITIVE =
            java.util.regex.Pattern.compile(" and (?=(?:a|an|the|its|his|her|their) )");

    private static SpeakerPhrase combine(SpeakerPhrase head, String headText, List<String> appositives, String surface) {
        if (appositives.size() > 1 && head.form() != SpeakerPhrase.Form.PRONOUN && isCapitalisedRole(headText)
                && continuesOffice(appositives.get(0))) {
            // "Minister of Industry, Investment and Commerce, Aubyn Hill": the office's title runs on after a comma
            return combine(head, headText + ", " + appositives.get(0).strip(), appositives.subList(1, appositives.size()),
                    surface);
        }
        String first = appositives.get(0);
        boolean relative = FunctionWords.isRelative(firstWord(first)) && !firstWord(first).equalsIgnoreCase("that");
        SpeakerPhrase app = relative ? null : parseHead(first);
        switch (head.form()) {
            case NAME -> {
                if (app != null && app.form() == SpeakerPhrase.Form.NAME && app.kind() == SourceKind.PERSON
                        && isCapitalisedRole(headText) && app.name() != null && app.name().contains(" ")) {
                    // "Chief Executive Officer of the zone authority, Gary Scott,": the office, then who holds it
                    String office = headText.strip();
                    office = office.startsWith("The ") ? "the" + office.substring(3) : office;
                    return app.toBuilder().surface(surface).description(office).build();
                }
                if (app == null || app.form() == SpeakerPhrase.Form.NAME || app.form() == SpeakerPhrase.Form.PRONOUN) {
                    return head;
                }
                SourceKind kind = head.kind();
                SourceKind byNoun = kindOfNoun(app.head(), false);
                if (byNoun == SourceKind.PUBLICATION || byNoun == SourceKind.ORGANIZATION && !personShaped(app.head())) {
                    kind = byNoun;
                }
                Gender gender = head.gender() != Gender.UNKNOWN ? head.gender() : app.gender();
                return head.toBuilder().surface(surface).description(first.strip()).kind(kind).gender(gender)
                        .head(app.head()).build();
            }
            case DEFINITE, BARE -> {
                if (app == null) {
                    return head;
                }
                if (app.form() == SpeakerPhrase.Form.NAME) {
                    Gender gender = app.gender() != Gender.UNKNOWN ? app.gender() : head.gender();
                    SourceKind kind = app.kind();
                    SourceKind byNoun = kindOfNoun(head.head(), false);
                    if (byNoun == SourceKind.PUBLICATION || byNoun == SourceKind.ORGANIZATION) {
                        kind = byNoun;
                    }
                    return app.toBuilder().surface(surface).description(lowerFirst(headText)).kind(kind).gender(gender)
                            .plural(false).head(head.head()).build();
                }
                if (app.form() == SpeakerPhrase.Form.INDEFINITE && !head.plural()) {
                    Gender gender = app.gender() != Gender.UNKNOWN ? app.gender() : head.gender();
                    return SpeakerPhrase.builder(SpeakerPhrase.Form.INDEFINITE, surface).name(app.name())
                            .description(lowerFirst(headText)).kind(app.kind()).gender(gender).plural(app.plural())
                            .head(app.head()).build();
                }
                return head;
            }
            case INDEFINITE -> {
                if (app != null && app.form() == SpeakerPhrase.Form.NAME && !head.plural() && head.isPerson()) {
                    // "another critic, Laurence H. Tribe": the name, described as the indefinite head
                    Gender gender = app.gender() != Gender.UNKNOWN ? app.gender() : head.gender();
                    return app.toBuilder().surface(surface).description(lowerFirst(headText)).gender(gender)
                            .head(head.head()).build();
                }
                Gender gender = head.gender() != Gender.UNKNOWN ? head.gender() : app == null ? Gender.UNKNOWN : app.gender();
                SpeakerPhrase.Builder described = SpeakerPhrase.builder(head.form(), surface).name(head.name())
                        .kind(head.kind()).gender(gender).plural(head.plural()).head(head.head());
                if (!relative) {
                    described.description(first);
                }
                return described.build();
            }
            default -> {
                return head;
            }
        }
    }

    /**
     * Surnames that are also verbs or months, written with a capital: "Theresa May", "“…,” May said", "George
     * Will". A speaker phrase is a name, so in it they are names.
     */
    private static final Set<String> NAMES_LIKE_VERBS = Set.of("May", "Will");

    /** Participles that open a sentence on how someone spoke: "Speaking to the BBC, …", "Appearing on …". */
    private static final Set<String> OPENING_PARTICIPLES = Set.of("speaking", "talking", "appearing", "addressing",
            "posting", "testifying", "interviewed", "campaigning");

    /** Person nouns a writer refers again by ("the singer", "the MP"): see Discourse. */
    private static final Set<String> EPITHETS = Lexicon.words("head-nouns-epithets");
    /** Units of time in a phrase such as "half a year later" or "two days earlier". */
    private static final Set<String> TIME_UNITS = Set.of("moment", "moments", "minute", "minutes",
            "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades");
    private static final Set<String> TIME_RELATIONS = Set.of("later", "earlier", "ago",
            "afterwards", "afterward");

    /**
     * Where a phrase opening on a span of time ("half a year later the White House", "Two days earlier the mayor")
     * goes on to its subject, or 0.
     */
    private static int leadingTimeEnd(String[] words) {
        boolean unit = false;
        for (int t = 0; t < Math.min(words.length - 1, 5); t++) {
            String w = words[t].toLowerCase(Locale.ROOT);
            unit |= TIME_UNITS.contains(w);
            if (TIME_RELATIONS.contains(w)) {
                return unit ? t + 1 : 0;
            }
        }
        return 0;
    }

    /** Adverbs without "-ly" that may stand where a subject would: "maybe whisper a silent “sorry”". */
    private static final Set<String> SENTENCE_ADVERBS = Set.of("maybe", "perhaps", "also", "just",
            "still", "even", "only", "then", "now", "never", "always", "often", "sometimes", "again");

    /** Words that open a sentence contracted with "is" ("There’s", "Here’s", "That’s"), never a possessor. */
    private static final Set<String> CONTRACTED_OPENERS = Set.of("there", "here", "that", "what", "where", "let");

    /** The head alone: a pronoun, a name (with title), or a description. */
    static SpeakerPhrase parseHead(String raw) {
        return ParsedPhrases.head(raw, SpeakerPhraseParser::parseHeadNew);
    }

    private static SpeakerPhrase parseHeadNew(String raw) {
        String text = clean(raw);
        if (text.isEmpty()) {
            return null;
        }
        String[] all = text.split(" ");
        int cut = relativeCut(all);
        String[] words = Arrays.copyOf(all, cut);
        if (words.length == 0 || words.length > MAX_HEAD_WORDS) {
            return null;
        }
        for (String word : words) {
            if (FunctionWords.isFiniteVerb(word) && !NAMES_LIKE_VERBS.contains(word)
                    || CueVerbs.speech(word) != null && !CueVerbs.isNounLike(word) && !Character.isUpperCase(word.charAt(0))
                    || word.indexOf('“') >= 0 || word.indexOf('”') >= 0 || word.indexOf('"') >= 0) {
                return null;
            }
        }
        if (words.length == 1 && INDEFINITE_PRONOUNS.contains(words[0].toLowerCase(Locale.ROOT))) {
            return null; // "others said …": nobody in particular
        }
        if (words.length == 1 && words[0].equalsIgnoreCase("you")) {
            return null; // "You argue that …": an interviewer's question names nobody by name
        }
        if (words.length == 1 && Character.isLowerCase(words[0].charAt(0))
                && (FunctionWords.isAdverb(words[0]) || SENTENCE_ADVERBS.contains(words[0]))) {
            return null; // "maybe whisper a silent “sorry”": an adverb speaks for no one
        }
        if (!stripPossessive(words[0]).equals(words[0])
                && CONTRACTED_OPENERS.contains(stripPossessive(words[0]).toLowerCase(Locale.ROOT))) {
            return null; // "There’s still time", "Here’s what": a contraction, not someone's
        }
        if (isClauseShaped(words) || FunctionWords.isRelative(words[0]) && !words[0].equalsIgnoreCase("that")) {
            return null; // "who sits at zero endorsements": a relative clause describes someone, it names nobody
        }
        int afterTime = leadingTimeEnd(words);
        if (afterTime > 0) {
            return parseHead(String.join(" ", Arrays.copyOfRange(words, afterTime, words.length)));
        }
        String w0 = words[0];
        if (words.length > 1 && w0.endsWith("ing") && Character.isLowerCase(w0.charAt(0))
                && (FunctionWords.isPreposition(words[1]) || FunctionWords.isDeterminer(words[1]))) {
            return null; // "reacting to the gap …", "holding a sign": a participle clause names nobody
        }
        if (CALENDAR.contains(withoutPossessiveS(w0.toLowerCase(Locale.ROOT)))
                && !(words.length == 1 && NAMES_LIKE_VERBS.contains(stripPossessive(w0)))) {
            return null; // "Tuesday", "Monday’s debate": a day or month never speaks
        }
        if (words.length == 1 && FunctionWords.isSubjectPronoun(w0)) {
            String p = w0.toLowerCase(Locale.ROOT);
            boolean plural = p.equals("they") || p.equals("we");
            SourceKind kind = plural ? SourceKind.GROUP : p.equals("it") ? SourceKind.ORGANIZATION : SourceKind.PERSON;
            return SpeakerPhrase.builder(SpeakerPhrase.Form.PRONOUN, text).name(p).kind(kind)
                    .gender(FunctionWords.pronounGender(p)).plural(plural).build();
        }
        if (FunctionWords.isSubjectPronoun(w0) || FunctionWords.isPreposition(w0) && !FunctionWords.isDeterminer(w0)
                || FunctionWords.isSubordinator(w0) && !w0.equalsIgnoreCase("that") || w0.equalsIgnoreCase("there")
                || w0.equalsIgnoreCase("it")) {
            return null;
        }
        SpeakerPhrase owner = channelOwner(words);
        if (owner != null) {
            return owner;
        }
        SpeakerPhrase coordinated = coordinated(words, text);
        if (coordinated != null) {
            return coordinated;
        }
        // "the Courier’s Dana Reyes": the article belongs to the possessive
        SpeakerPhrase possessed = w0.equalsIgnoreCase("the") ? afterPossessive(words, 1, text) : null;
        if (possessed != null) {
            return possessed;
        }
        if (w0.equalsIgnoreCase("the") && words.length == 2 && HeadNouns.isDemonym(words[1])) {
            // "the German said": the person by nationality, a description like "the singer"
            String head = words[1].toLowerCase(Locale.ROOT);
            return SpeakerPhrase.builder(SpeakerPhrase.Form.DEFINITE, text).name("the " + head).kind(SourceKind.PERSON)
                    .gender(HeadNouns.genderOf(head)).head(head).build();
        }
        String last = words[words.length - 1];
        if (w0.equalsIgnoreCase("the") && words.length > 2 && allCapitalised(words, 1) && !Titles.isTitle(last)
                && EPITHETS.contains(last.toLowerCase(Locale.ROOT))) {
            // "the Conservative MP": a description of someone by party and role, like "the Republican nominee"
            String head = last.toLowerCase(Locale.ROOT);
            return SpeakerPhrase.builder(SpeakerPhrase.Form.DEFINITE, text).name("the " + join(words, 1, words.length))
                    .kind(SourceKind.PERSON).gender(HeadNouns.genderOf(head)).head(head).build();
        }
        // "the Courier", "The National Weather Service": the article before a proper name
        if (w0.equalsIgnoreCase("the") && words.length > 1 && allCapitalised(words, 1)) {
            String name = join(words, 1, words.length);
            return name(name, null, text, "the " + name);
        }
        possessed = afterPossessive(words, 0, text);
        if (possessed != null) {
            return possessed;
        }
        if (words.length == 1 && isRoleNounAsName(w0)) {
            return name(w0, null, text, null); // "“…,” King said": a person noun alone and capitalised is a surname
        }
        int of = personBeforeOf(words);
        if (of > 0) {
            // "Jane Roe of Capital Economics": a person's name, then the body the person is from
            return name(join(words, 0, of), null, text, null).toBuilder().description(join(words, of, words.length))
                    .build();
        }
        if (allCapitalised(words, 0)) {
            int t = titleLength(words);
            if (t == 0 && isCommonNounRun(words, 0)) {
                return description(words, text);
            }
            if (t == 0 && words.length >= 3 && isRoleNoun(words[0]) && FunctionWords.isPreposition(words[1])) {
                return description(words, text); // "Attorneys for Reed": the lawyers speak, named by whom they serve
            }
            if (t == 0 && isRoleNoun(words[0]) && words.length >= 3 && isCapitalised(words[1])
                    && words.length <= 5 && NameKinds.of(join(words, 1, words.length)) == null) {
                // "Rival Hillary Clinton": a role noun capitalised at the start of a sentence describes the person named
                String person = join(words, 1, words.length);
                SpeakerPhrase named = name(person, null, person, null);
                return named.toBuilder().surface(text).description(words[0].toLowerCase(Locale.ROOT)).build();
            }
            if (t > 0 && t < words.length && words[t].equals("of")) {
                return description(words, text); // "Director of Operations": an office, no name after the title
            }
            String title = t == 0 ? null : join(words, 0, t);
            return name(join(words, t, words.length), title, text, t == 0 ? null : text);
        }
        // "Detective Inspector Rob Kettering of the county police"
        int prep = firstPreposition(words);
        int person = prep > 0 && allCapitalised(Arrays.copyOf(words, prep), 0) && !isClause(words, prep)
                ? personAfterTitle(words, prep) : 0;
        if (person > 0) {
            // "Speaker of the House Rep. Paul Ryan", "Chair of the Board Dr. Lena Okafor": the office, then the
            // person by title and name
            String name = join(words, person, words.length);
            String title = words[person - 1];
            return name(name, title, text, title + " " + name).toBuilder()
                    .description(join(words, 0, person - 1)).build();
        }
        int given = prep > 0 && allCapitalised(Arrays.copyOf(words, prep), 0) && !isClause(words, prep)
                ? givenNameAfterPlace(words, prep) : 0;
        if (given > 0) {
            // "Acting U.S. Attorney for the District of Massachusetts Joshua Levy": the place ends where a given
            // name starts the person's name
            return name(join(words, given, words.length), null, text, null).toBuilder()
                    .description(join(words, 0, given)).build();
        }
        if (prep > 0 && w0.equalsIgnoreCase("the") && insideNameBeforeHead(words, prep)) {
            return description(words, text); // "The University of Surrey expert": the expert, described by the name
        }
        if (prep > 0 && allCapitalised(Arrays.copyOf(words, prep), 0) && !isCommonNounRun(Arrays.copyOf(words, prep), 0)) {
            if (isClause(words, prep)) {
                return null; // "Americans to check out what he": an infinitive clause, not "of the county police"
            }
            if (Adverbials.isTimeAdverbial(join(words, prep, words.length))) {
                return parseHead(join(words, 0, prep)); // "The Times on Saturday": a time, not a description
            }
            String[] nameWords = Arrays.copyOf(words, prep);
            int t = 0;
            while (t < nameWords.length - 1 && Titles.isTitle(nameWords[t])) {
                t++;
            }
            String title = t == 0 ? null : join(nameWords, 0, t);
            SpeakerPhrase named = name(join(nameWords, t, nameWords.length), title, join(nameWords, 0, nameWords.length),
                    t == 0 ? null : join(nameWords, 0, nameWords.length));
            String described = join(words, prep, words.length);
            return named.toBuilder().surface(text).description(described).build();
        }
        if (prep > 1 && !isClause(words, prep) && !Adverbials.isTimeAdverbial(join(words, prep, words.length))) {
            // "lead author Dr. Maria Gonzalez of the University of Leeds": a role, a name, then where the person is from
            SpeakerPhrase before = parseHead(join(words, 0, prep));
            if (before != null && before.form() == SpeakerPhrase.Form.NAME && before.description() != null
                    && before.kind() == SourceKind.PERSON) {
                return before.toBuilder().surface(text)
                        .description(before.description() + " " + join(words, prep, words.length)).build();
            }
        }
        // "the family-owned Kellford newspaper Evening Post", "county emergency manager Lydia Marsh"
        int lastLower = -1;
        for (int i = 0; i < words.length; i++) {
            boolean inName = i > 0 && i + 1 < words.length && isSurnameParticle(words[i]) && isCapitalised(words[i - 1])
                    && isCapitalised(words[i + 1]); // "boss Erik ten Hag": "ten" belongs to the name
            if (!isCapitalised(words[i]) && !inName) {
                lastLower = i;
            }
        }
        if (lastLower >= 0 && lastLower < words.length - 1 && !FunctionWords.isPreposition(words[lastLower])
                && !FunctionWords.isDeterminer(words[lastLower]) && !words[lastLower].equalsIgnoreCase("and")) {
            int start = FunctionWords.isDeterminer(words[0]) && !FunctionWords.isPossessive(words[0]) ? 1 : 0;
            String description = join(words, start, lastLower + 1);
            String[] nameWords = Arrays.copyOfRange(words, lastLower + 1, words.length);
            if (CALENDAR.contains(withoutPossessiveS(nameWords[0].toLowerCase(Locale.ROOT)))) {
                return null; // "a series of tweets early Friday": a day never speaks
            }
            int t = 0;
            while (t < nameWords.length - 1 && Titles.isTitle(nameWords[t])) {
                t++; // "lead author Dr. Maria Gonzalez": the title is not part of the name
            }
            SpeakerPhrase named = name(join(nameWords, t, nameWords.length), t == 0 ? null : join(nameWords, 0, t),
                    join(nameWords, 0, nameWords.length), t == 0 ? null : join(nameWords, 0, nameWords.length));
            SourceKind kind = named.kind();
            SourceKind byNoun = kindOfNoun(words[lastLower], false);
            if (byNoun == SourceKind.PUBLICATION || byNoun == SourceKind.ORGANIZATION) {
                kind = byNoun;
            }
            Gender gender = HeadNouns.genderOf(words[lastLower]);
            return SpeakerPhrase.builder(SpeakerPhrase.Form.NAME, text).name(named.name()).title(named.title())
                    .alias(named.alias()).description(description).kind(kind)
                    .gender(gender != Gender.UNKNOWN ? gender : named.gender())
                    .head(words[lastLower].toLowerCase(Locale.ROOT)).build();
        }
        return description(words, text);
    }

    /**
     * Where the name starts when the words after the preposition at {@code prep} end in a title and a name of one to
     * four capitalised words ("… of the House Rep. | Paul Ryan"), else 0.
     */
    private static int personAfterTitle(String[] words, int prep) {
        for (int k = Math.max(prep + 1, words.length - 5); k < words.length - 1; k++) {
            if (Titles.isTitle(words[k]) && !Titles.isTitle(words[k + 1]) && allCapitalised(words, k + 1)) {
                boolean titlesAfter = false;
                for (int i = k + 1; i < words.length; i++) {
                    titlesAfter |= Titles.isTitle(words[i]);
                }
                return titlesAfter ? 0 : k + 1;
            }
        }
        return 0;
    }

    /**
     * Where "of" follows a person's name of two or three words that opens with a given name, in a phrase all in
     * capitals but the particles ("Jane Roe | of Capital Economics"); 0 for any other shape ("Bank of America").
     */
    private static int personBeforeOf(String[] words) {
        for (int k = 2; k <= 3 && k < words.length - 1; k++) {
            if (words[k].equals("of") && GivenNames.isGivenName(words[0].toLowerCase(Locale.ROOT))
                    && allCapitalised(Arrays.copyOf(words, k), 0) && allCapitalised(words, k + 1)
                    && !Titles.isTitle(words[0])) {
                return k;
            }
        }
        return 0;
    }

    /**
     * Where a person's name starts after a place ("… of Massachusetts | Joshua Levy"): a given name two or three
     * words from the end, after another capitalised word, all after the preposition; else 0.
     */
    private static int givenNameAfterPlace(String[] words, int prep) {
        for (int k = Math.max(prep + 2, words.length - 3); k < words.length - 1; k++) {
            if (GivenNames.isGivenName(words[k].toLowerCase(Locale.ROOT)) && isCapitalised(words[k - 1])
                    && !FunctionWords.isPreposition(words[k - 1]) && allCapitalised(words, k)) {
                return k;
            }
        }
        return 0;
    }

    /**
     * "NBC’s Chuck Todd" (from word 0), "the Courier’s Dana Reyes" (from word 1): the capitalised words from
     * {@code from} on hold a possessive part that says whose, and the rest is the name; null for any other shape.
     */
    private static SpeakerPhrase afterPossessive(String[] words, int from, String text) {
        if (!allCapitalised(words, from)) {
            return null;
        }
        int q = innerPossessive(Arrays.copyOfRange(words, from, words.length));
        if (q == 0) {
            return null;
        }
        SpeakerPhrase named = parseHead(join(words, from + q, words.length));
        return named != null && named.form() == SpeakerPhrase.Form.NAME
                ? named.toBuilder().surface(text).description(join(words, 0, from + q)).build() : null;
    }

    /**
     * "Ruiz’s fundraising email to her supporters notes", "the campaign’s statement declares": whoever owns the
     * channel speaks through it, as after "said in a statement"; null when the phrase is no possessive and a channel.
     */
    private static SpeakerPhrase channelOwner(String[] words) {
        int q = 0;
        while (q < words.length && !FunctionWords.isPossessive(words[q])) {
            q++;
        }
        if (q == 0 && words.length > 0 && !FunctionWords.isPossessive(words[0]) || q >= words.length - 1) {
            return null;
        }
        int end = q + 1;
        while (end < words.length && !FunctionWords.isPreposition(words[end])) {
            end++;
        }
        if (end == q + 1 || !CueWords.isChannelNoun(words[end - 1])) {
            return null;
        }
        String[] possessor = Arrays.copyOf(words, q + 1);
        possessor[q] = owner(possessor[q]);
        return parseHead(String.join(" ", possessor));
    }

    /** The index after the last possessive word that is not the last word, or 0: "NBC’s | Chuck Todd". */
    private static int innerPossessive(String[] words) {
        for (int i = words.length - 2; i >= 0; i--) {
            if (FunctionWords.isPossessive(words[i])) {
                return words.length - i - 1 >= 2 ? i + 1 : 0;
            }
        }
        return 0;
    }

    /**
     * How many words at the start of an all-capitalised phrase are its title: the words up to the last title word
     * that still leaves a name of one to four words after it ("Massachusetts Sen. | Elizabeth Warren", "Battalion
     * Chief | Ramon Estrada", "State Emergency Management Director | Cole Beaumont"); none when what would be
     * left is an organisation ("Justice Department").
     */
    private static int titleLength(String[] words) {
        int t = 0;
        while (t < words.length - 1 && Titles.isTitle(words[t])) {
            t++;
        }
        for (int k = Math.min(words.length - 2, 4); k >= t; k--) {
            if (Titles.isTitle(words[k]) && words.length - k - 1 <= 4 && !Titles.isTitle(words[k + 1])) {
                t = k + 1;
                break;
            }
        }
        if (t > 0 && NameKinds.of(join(words, t, words.length)) != null) {
            return 0;
        }
        return t;
    }

    /**
     * Whether the preposition at {@code i} joins the words of a name that modifies the phrase's last word, a noun in
     * lower case: "the University of Surrey expert", "the Bank of England economist".
     */
    private static boolean insideNameBeforeHead(String[] words, int i) {
        int last = words.length - 1;
        if (i < 2 || i + 1 >= last || !Character.isUpperCase(words[i - 1].charAt(0))
                || !Character.isLowerCase(words[last].charAt(0))) {
            return false;
        }
        for (int k = i + 1; k < last; k++) {
            if (!Character.isUpperCase(words[k].charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** A description: determiner, modifiers, head noun, then prepositional phrases. */
    private static SpeakerPhrase description(String[] all, String text) {
        String[] words = all;
        while (words.length > 1 && TRAILING_ADVERBS.contains(words[words.length - 1].toLowerCase(Locale.ROOT))) {
            words = Arrays.copyOf(words, words.length - 1); // "staff there", "the residents themselves"
        }
        String w0 = words[0];
        boolean determiner = FunctionWords.isDeterminer(w0) || Titles.isHonorific(w0) && words.length > 2
                && FunctionWords.isPossessive(words[1]);
        int end = words.length;
        for (int i = 1; i < words.length; i++) {
            String w = words[i];
            boolean modifier = FunctionWords.isDeterminer(words[i - 1]) && i + 1 < words.length; // "an outside adviser"
            if (FunctionWords.isPreposition(w) && !modifier && !insideNameBeforeHead(words, i)
                    || i > 1 && isParticiple(w) && endsNounPhrase(words, i)
                    || FunctionWords.isRelative(w)
                    || w.equalsIgnoreCase("and") && i == words.length - 1) {
                end = i;
                break;
            }
        }
        for (int i = 1; i < words.length; i++) {
            String w = words[i].toLowerCase(Locale.ROOT);
            if (FunctionWords.isSubjectPronoun(w) || w.equals("what") || w.equals("whom")) {
                return null; // "the gains from what they": a clause, not a noun phrase
            }
        }
        String head = stripPossessive(words[end - 1]);
        if (end == 1 && determiner) {
            return null; // "several", "one": a determiner with no noun
        }
        Integer age = null;
        for (int i = 0; i < end; i++) {
            if (age == null && words[i].endsWith("-year-old") && YEAR_OLD.matcher(words[i]).matches()) {
                age = ageOf(words[i]);
            }
        }
        if (age != null && YEAR_OLD.matcher(head).matches()) {
            head = "person"; // "the 56-year-old": a person of that age
        }
        if (!isNounLike(head)) {
            return null;
        }
        boolean possessive = false;
        for (int i = 0; i < end - 1; i++) {
            possessive |= FunctionWords.isPossessive(words[i]);
        }
        boolean plural = HeadNouns.isPlural(head);
        SpeakerPhrase.Form form;
        if (FunctionWords.isIndefinite(w0)) {
            form = SpeakerPhrase.Form.INDEFINITE;
        } else if (determiner || possessive) {
            form = SpeakerPhrase.Form.DEFINITE;
        } else {
            form = SpeakerPhrase.Form.BARE;
        }
        SourceKind kind = kindOfNoun(head, plural);
        int nameEnd = relativeCut(words);
        if (end < nameEnd && Adverbials.isTimeAdverbial(join(words, end, nameEnd))) {
            nameEnd = end; // "the Trump campaign on Tuesday": the time is not part of who
        }
        String name = lowerFirst(join(words, 0, nameEnd));
        return SpeakerPhrase.builder(form, text).name(name).kind(kind).gender(HeadNouns.genderOf(head)).plural(plural)
                .head(head.toLowerCase(Locale.ROOT)).age(age).build();
    }

    private static SpeakerPhrase name(String name, String title, String surface, String alias) {
        Gender gender = title == null ? Gender.UNKNOWN : Titles.genderOf(title.split(" ")[0]);
        SourceKind kind = NameKinds.of(name);
        if (kind == null || title != null) {
            kind = SourceKind.PERSON;
        }
        String description = title != null && !isPlainHonorific(title) ? title : null;
        return SpeakerPhrase.builder(SpeakerPhrase.Form.NAME, surface).name(stripPossessive(name)).title(title)
                .description(description).kind(kind).gender(gender).alias(alias == null ? null : stripPossessive(alias))
                .build();
    }

    /**
     * Words that make a clause, not a noun phrase: a negated auxiliary ("you don’t", "Comey cannot"), "rather
     * than" ("rather than infringing on …"; "more than 100 residents" is a noun phrase), a verb in -ed before its object ("Democrats crafted the schedule"), a lone
     * past tense ("came"), or an opening participle before a common noun ("Holding signs").
     */
    private static boolean isClauseShaped(String[] words) {
        for (int i = 0; i < words.length; i++) {
            String w = words[i].toLowerCase(Locale.ROOT).replace('’', '\'');
            String uncontracted = SubjectFinder.withoutContraction(words[i]);
            if (words.length > 1 && !uncontracted.equalsIgnoreCase(words[i])
                    && FunctionWords.isSubjectPronoun(uncontracted)) {
                return true; // "that if he’s elected": a clause with its own subject
            }
            if (w.endsWith("n't") || w.equals("cannot") || w.equals("than") && (i == 0
                    || words[i - 1].equalsIgnoreCase("rather"))) {
                return true;
            }
            boolean verbInEd = i > 0 && i + 1 < words.length && w.length() > 3 && w.endsWith("ed")
                    && Character.isLowerCase(words[i].charAt(0));
            if (verbInEd && (FunctionWords.isDeterminer(words[i + 1]) // "Democrats crafted the schedule"
                    || isCapitalised(words[i - 1]) && !FunctionWords.isPossessive(words[i - 1])
                    && !Titles.isTitle(words[i - 1]) && isCapitalised(words[i + 1]))) { // "Perez hammered Trump"
                return true;
            }
        }
        String w0 = words[0];
        if (words.length == 1 && Character.isLowerCase(w0.charAt(0)) && SubjectFinder.isIrregularPast(w0)) {
            return true;
        }
        if (words.length > 1 && w0.endsWith("ing") && Character.isUpperCase(w0.charAt(0))
                && (CueVerbs.speech(w0.toLowerCase(Locale.ROOT)) != null
                || OPENING_PARTICIPLES.contains(w0.toLowerCase(Locale.ROOT)))) {
            return true; // "Writing on Twitter", "Speaking to the BBC": how someone spoke, not who
        }
        return words.length > 1 && w0.length() > 5 && w0.endsWith("ing") && Character.isUpperCase(w0.charAt(0))
                && Character.isLowerCase(words[1].charAt(0)) && !FunctionWords.isPreposition(words[1]);
    }

    private static final java.util.Set<String> INDEFINITE_PRONOUNS = java.util.Set.of("others", "another", "anyone",
            "someone", "everyone", "nobody", "somebody", "everybody", "anybody");

    /** "Jane Doe and John Roe": names joined by "and", a group of people. */
    private static SpeakerPhrase coordinated(String[] words, String text) {
        int and = -1;
        for (int i = 1; i < words.length - 1; i++) {
            if (words[i].equals("and")) {
                and = i;
            }
        }
        if (and < 0 || !allCapitalised(Arrays.copyOf(words, and), 0)
                || !allCapitalised(Arrays.copyOfRange(words, and + 1, words.length), 0)) {
            return null;
        }
        if (isCommonNounRun(words, 0) || and == 1 && !isCapitalised(words[words.length - 1])) {
            return null;
        }
        if (NameKinds.of(join(words, and + 1, words.length)) != null && !isPersonName(words, 0, and)) {
            return null; // "the Maritime and Transport Union", "Department of Health and Human Services": one body
        }
        // "Danish and Dutch engineers" is a description: its last word is a lower-case noun
        return SpeakerPhrase.builder(SpeakerPhrase.Form.COORDINATED, text).name(text).kind(SourceKind.GROUP).plural(true)
                .build();
    }

    /** Whether words [from, to) look like one person's name: a given name first, or a title. */
    private static boolean isPersonName(String[] words, int from, int to) {
        return to - from >= 2 && (GivenNames.isGivenName(words[from]) || Titles.isTitle(words[from]));
    }

    /**
     * An office printed in capitals, without a person's name: "Chief Executive Officer", "Director of
     * Communications", "Head of the union" — titles and person nouns, then at most an "of" phrase.
     */
    private static boolean isCapitalisedRole(String text) {
        String[] words = text.strip().split(" ");
        int titles = 0;
        while (titles < words.length && (Titles.isTitle(words[titles])
                || HeadNouns.classOf(words[titles]) == HeadNouns.NounClass.PERSON)
                && Character.isUpperCase(words[titles].charAt(0))) {
            titles++;
        }
        if (titles > 0 && (titles == words.length || words[titles].equals("of"))) {
            return true;
        }
        // "The Prime Minister", "Health Secretary": capitalised words whose last is the office
        int from = words[0].equalsIgnoreCase("the") ? 1 : 0;
        int end = from;
        while (end < words.length && Character.isUpperCase(words[end].charAt(0))) {
            end++;
        }
        if (from == 1 && end == 2 && words.length == 2 && NameKinds.of(words[1]) == null
                && HeadNouns.classOf(words[1]) == HeadNouns.NounClass.UNKNOWN && !HeadNouns.isPlural(words[1])) {
            return true; // "The Taoiseach, Leo Varadkar,": an office of one word the lists do not know
        }
        if (end - from < 2 || end < words.length && !words[end].equals("of")) {
            return false;
        }
        String office = words[end - 1];
        return Titles.isTitle(office) || HeadNouns.classOf(office) == HeadNouns.NounClass.PERSON;
    }

    /** "carrier", "producer", "operator": organisation nouns that are also said of people. */
    private static boolean personShaped(String head) {
        return head != null && (head.endsWith("er") || head.endsWith("or"));
    }

    static SourceKind kindOfNoun(String head, boolean plural) {
        if (head == null) {
            return SourceKind.ANONYMOUS;
        }
        return switch (HeadNouns.classOf(head)) {
            case PUBLICATION -> plural ? SourceKind.GROUP : SourceKind.PUBLICATION;
            case ORGANIZATION -> plural ? SourceKind.GROUP : SourceKind.ORGANIZATION;
            case DOCUMENT -> SourceKind.DOCUMENT;
            default -> plural || HeadNouns.isPlural(head) ? SourceKind.GROUP : SourceKind.ANONYMOUS;
        };
    }

    private static boolean isPlainHonorific(String title) {
        String t = title.toLowerCase(Locale.ROOT);
        return Titles.isHonorific(t) || t.equals("dr") || t.equals("dr.") || t.equals("prof.") || t.equals("prof");
    }

    /** "Rival", "Columnist": a person noun (listed, or shaped like one and no given name) opening a sentence. */
    private static boolean isRoleNoun(String word) {
        return HeadNouns.classOf(word) == HeadNouns.NounClass.PERSON || HeadNouns.looksLikePerson(word)
                && !GivenNames.isGivenName(word.toLowerCase(Locale.ROOT));
    }

    /** Capitalised words that are really common nouns at the start of a sentence: "Police", "Officials". */
    private static boolean isCommonNounRun(String[] words, int from) {
        if (words.length - from == 1) {
            String w = words[from];
            return HeadNouns.classOf(w) != HeadNouns.NounClass.UNKNOWN
                    || FunctionWords.isSentenceWord(w) && !NAMES_LIKE_VERBS.contains(w);
        }
        // a title opens a name, not a run of common nouns: British "Dr Femi Adeyemi of the society" has no full stop
        return FunctionWords.isSentenceWord(words[from]) && !words[from].equalsIgnoreCase("the")
                && !Titles.isTitle(words[from]) && !NAMES_LIKE_VERBS.contains(words[from]);
    }

    private static boolean isNounLike(String word) {
        if (word.isEmpty() || !Character.isLetter(word.charAt(0))) {
            return false;
        }
        String w = word.toLowerCase(Locale.ROOT);
        return !FunctionWords.isPreposition(w) && !FunctionWords.isSubordinator(w) && !FunctionWords.isAuxiliary(w)
                && !FunctionWords.isDeterminer(w) && !FunctionWords.isFiniteVerb(w)
                && (CueVerbs.speech(w) == null || CueVerbs.isNounLike(w));
    }

    /** A participle after the head ("published in", "released last week") ends the noun phrase. */
    private static boolean endsNounPhrase(String[] words, int i) {
        if (i == words.length - 1) {
            return true;
        }
        String next = words[i + 1].toLowerCase(Locale.ROOT);
        return FunctionWords.isPreposition(next) || FunctionWords.isDeterminer(next) || next.equals("last")
                || next.equals("this") || next.equals("next") || next.equals("earlier") || next.equals("yesterday")
                || next.equals("today") || next.endsWith("ly");
    }

    private static boolean isParticiple(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.length() > 4 && (w.endsWith("ed") || w.endsWith("ing")) && HeadNouns.classOf(w) == HeadNouns.NounClass.UNKNOWN;
    }

    private static int relativeCut(String[] words) {
        for (int i = 1; i < words.length; i++) {
            String w = words[i].toLowerCase(Locale.ROOT);
            if (w.equals("who") || w.equals("whose") || w.equals("which") || w.equals("whom")) {
                return i;
            }
            if (w.equals("that") && i + 1 < words.length && verbLike(words[i + 1])) {
                return i; // "a company that has operated …"
            }
            if (isReducedRelative(words, i)) {
                return i; // "protesters marching through the streets"
            }
        }
        return words.length;
    }

    /**
     * A present participle after a plural noun, before a preposition or a determiner (or last): a clause that
     * says which of them, not part of who they are. Singular nouns are left alone: "a campaign meeting in Ohio".
     */
    private static boolean isReducedRelative(String[] words, int i) {
        String w = words[i];
        String before = words[i - 1];
        if (w.length() <= 4 || !w.endsWith("ing") || !Character.isLowerCase(w.charAt(0))
                || before.length() <= 3 || !before.endsWith("s") || FunctionWords.isPossessive(before)
                || FunctionWords.isDeterminer(before)) {
            return false;
        }
        return i + 1 == words.length || FunctionWords.isPreposition(words[i + 1])
                || FunctionWords.isDeterminer(words[i + 1]);
    }

    private static boolean verbLike(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return FunctionWords.isFiniteVerb(w) || FunctionWords.isAuxiliary(w) || w.endsWith("ed")
                || CueVerbs.speech(w) != null || CueVerbs.document(w) != null;
    }

    /**
     * Whether the words from the preposition at {@code prep} on make a clause rather than a prepositional phrase: an
     * infinitive ("to check out"), or a subject pronoun or "what" further on ("… what he").
     */
    private static boolean isClause(String[] words, int prep) {
        if (words[prep].equals("to") && prep + 1 < words.length && !FunctionWords.isDeterminer(words[prep + 1])
                && !isCapitalised(words[prep + 1])) {
            return true;
        }
        for (int i = prep + 1; i < words.length; i++) {
            if (FunctionWords.isSubjectPronoun(words[i]) || words[i].equals("what")) {
                return true;
            }
        }
        return false;
    }

    private static int firstPreposition(String[] words) {
        for (int i = 1; i < words.length; i++) {
            if (FunctionWords.isPreposition(words[i]) && Character.isLowerCase(words[i].charAt(0))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean allCapitalised(String[] words, int from) {
        if (from >= words.length) {
            return false;
        }
        for (int i = from; i < words.length; i++) {
            if (!isCapitalised(words[i]) && !(i > from && i < words.length - 1 && isParticle(words[i]))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "King", "Dean", "Judge": a singular person noun, capitalised, standing alone without an article; in running
     * text such a word can only be a name (a description needs its article: "the dean said").
     */
    static boolean isRoleNounAsName(String word) {
        String bare = stripPossessive(word);
        return bare.length() > 1 && Character.isUpperCase(bare.charAt(0)) && Character.isLowerCase(bare.charAt(1))
                && HeadNouns.classOf(bare) == HeadNouns.NounClass.PERSON && !HeadNouns.isPlural(bare);
    }

    static boolean isCapitalised(String word) {
        if (word.isEmpty()) {
            return false;
        }
        char c = word.charAt(0);
        return Character.isUpperCase(c) || Character.isLetter(c) && !Character.isLowerCase(c);
    }

    /** "van", "de", "ten": a particle of a person's surname, not "of" or "and" of an institution's name. */
    private static boolean isSurnameParticle(String word) {
        return isParticle(word) && !word.equals("of") && !word.equals("for") && !word.equals("and")
                && !word.equals("&");
    }

    /** A lower-case word that may stand inside a name: "van", "de", "of", "&". */
    private static boolean isParticle(String word) {
        return NAME_PARTICLES.contains(word);
    }

    private static boolean isFiller(String segment) {
        String s = segment.strip().toLowerCase(Locale.ROOT);
        if (s.isEmpty()) {
            return true;
        }
        if (s.chars().allMatch(Character::isDigit)) {
            return true; // an age
        }
        return FILLER.matcher(s).matches();
    }

    private static final java.util.regex.Pattern FILLER =
            java.util.regex.Pattern.compile("(?:now|aged|age|then)\\s+\\d{1,3}|jr\\.?|sr\\.?|\\d{1,3}-year-old");
    private static final java.util.regex.Pattern YEAR_OLD = java.util.regex.Pattern.compile("\\d{1,3}-year-old");

    /** "monday’s" → "monday": a word without the possessive ending it has. */
    private static String withoutPossessiveS(String word) {
        int n = word.length();
        return n >= 2 && word.charAt(n - 1) == 's' && (word.charAt(n - 2) == '’' || word.charAt(n - 2) == '\'')
                ? word.substring(0, n - 2) : word;
    }

    private static final java.util.regex.Pattern HONOURABLE = java.util.regex.Pattern.compile(
            "\\b(?:[Tt]he )?(?:Rt\\.? |Right )?Hon(?:\\.|ourable\\b|orable\\b)\\s*");

    static String clean(String raw) {
        String text = withoutAsides(raw).strip();
        boolean changed = true;
        while (changed && !text.isEmpty()) {
            changed = false;
            char last = text.charAt(text.length() - 1);
            if (".,;:!?—–-)”’\"'".indexOf(last) >= 0 && !text.endsWith("Jr.") && !text.endsWith("Inc.")
                    && !text.endsWith("Co.") && !text.endsWith("Corp.")) {
                text = text.substring(0, text.length() - 1).strip();
                changed = true;
            }
            if (!text.isEmpty() && ",;:—–-(“‘\"'".indexOf(text.charAt(0)) >= 0) {
                text = text.substring(1).strip();
                changed = true;
            }
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith("and ") || lower.startsWith("but ")) {
            text = text.substring(4).strip();
        }
        if (text.startsWith("Hon") || text.indexOf(" Hon") >= 0) {
            // "Senator the Hon. Aubyn Hill", "the Rt Hon. Jane Roe": a style of address, not part of the name
            text = HONOURABLE.matcher(text).replaceAll("").strip();
        }
        if (text.indexOf("  ") < 0) {
            return text; // most phrases: nothing to collapse
        }
        StringBuilder collapsed = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' && collapsed.length() > 0 && collapsed.charAt(collapsed.length() - 1) == ' ') {
                continue;
            }
            collapsed.append(c);
        }
        return collapsed.toString();
    }

    /**
     * The text without bracketed asides, which never name the speaker: "Rep. Gwen Moore (D-Wis.)" → "Rep. Gwen
     * Moore"; a bracket left open at the end goes too.
     */
    static String withoutAsides(String text) {
        if (text.indexOf('(') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int close = c == '(' ? text.indexOf(')', i) : -1;
            if (close > 0) {
                i = close + 1; // a closed aside goes
            } else if (c == '(') {
                i++; // an unclosed bracket opened a sentence in brackets: only the mark goes
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString().replaceAll(" {2,}", " ").replace(" ,", ",");
    }

    /** Splits at commas outside brackets. */
    static List<String> splitCommas(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            } else if (c == ',' && depth == 0) {
                String part = text.substring(start, i).strip();
                if (!part.isEmpty()) {
                    parts.add(part);
                }
                start = i + 1;
            }
        }
        String part = text.substring(start).strip();
        if (!part.isEmpty() || parts.isEmpty()) {
            parts.add(part);
        }
        return parts;
    }

    /** The first word of a text, spaces around it left out. */
    static String firstWord(String text) {
        String s = text.strip();
        int space = s.indexOf(' ');
        return space < 0 ? s : s.substring(0, space);
    }

    /** The owner a possessive names: "Ruiz" of "Ruiz’s", "Sanders" of "Sanders’". */
    static String owner(String possessive) {
        String word = stripPossessive(possessive);
        return word.equals(possessive) && (word.endsWith("’") || word.endsWith("'"))
                ? word.substring(0, word.length() - 1) : word;
    }

    static String stripPossessive(String word) {
        if (word.endsWith("'s") || word.endsWith("’s")) {
            return word.substring(0, word.length() - 2);
        }
        return word;
    }

    private static String lowerFirst(String text) {
        String t = text.strip();
        if (t.isEmpty() || Character.toLowerCase(t.charAt(0)) == t.charAt(0)) {
            return t; // nothing to lower
        }
        String first = firstWord(t);
        if (FunctionWords.isDeterminer(first) && !FunctionWords.isPossessive(first)
                || HeadNouns.classOf(first) != HeadNouns.NounClass.UNKNOWN && !Titles.isTitle(first)) {
            return Character.toLowerCase(t.charAt(0)) + t.substring(1);
        }
        return t;
    }

    private static String join(String[] words, int from, int to) {
        return String.join(" ", Arrays.asList(words).subList(from, to));
    }
}
