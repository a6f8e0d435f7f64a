package io.tearsheet.quotes.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the head noun of a phrase says about a speaker: a person ("diplomat", "spokeswoman", "schoolboy"), an
 * organisation ("ministry", "company"), a publication ("newspaper", "paper"), a document ("report", "records"),
 * and, for some, a gender. Plural forms are recognised from their singular.
 */
public final class HeadNouns {
    /** The class of thing a noun names. */
    public enum NounClass { PERSON, ORGANIZATION, PUBLICATION, DOCUMENT, UNKNOWN }

    private static final Set<String> PERSON = Lexicon.of("official", "diplomat", "spokesman", "spokeswoman",
            "spokesperson", "minister", "president", "leader", "analyst", "expert", "economist", "scientist", "researcher",
            "professor", "scholar", "academic", "teacher", "student", "pupil", "resident", "worker", "farmer", "grower",
            "officer", "soldier", "captain", "driver", "passenger", "commuter", "rider", "nurse", "doctor", "physician",
            "surgeon", "lawyer", "attorney", "judge", "prosecutor", "witness", "victim", "survivor", "neighbour",
            "neighbor", "owner", "manager", "director", "executive", "engineer", "architect", "designer", "planner",
            "mayor", "councillor", "councilor", "councilman", "councilwoman", "senator", "lawmaker", "legislator",
            "politician", "activist", "campaigner", "protester", "protestor", "demonstrator", "volunteer", "librarian",
            "principal", "headteacher", "dietitian", "nutritionist", "coach", "player", "champion", "referee", "fan",
            "parent", "mother", "father", "son", "daughter", "wife", "husband", "sister", "brother", "grandmother",
            "grandfather", "grandson", "granddaughter", "uncle", "aunt", "cousin", "nephew", "niece", "man", "woman",
            "boy", "girl", "child", "kid", "baby", "schoolboy", "schoolgirl", "teenager", "youth", "retiree",
            "pensioner", "veteran", "priest", "pastor", "vicar", "imam", "rabbi", "monk", "nun", "bishop", "chef",
            "cook", "baker", "packer", "butcher", "dockworker", "docker", "fisherman", "fisher", "sailor", "pilot",
            "guard", "clerk", "secretary", "aide", "adviser", "advisor", "consultant", "negotiator", "mediator",
            "inspector", "detective", "curator", "historian", "author", "writer", "novelist", "poet", "journalist",
            "reporter", "editor", "photographer", "artist", "musician", "actor", "actress", "singer", "dancer",
            "shopkeeper", "shopper", "customer", "client", "patient", "entrepreneur", "investor", "banker", "trader",
            "broker", "shareholder", "employee", "employer", "staffer", "technician", "mechanic", "electrician",
            "plumber", "builder", "contractor", "landlord", "landlady", "tenant", "homeowner", "villager", "local",
            "citizen", "voter", "candidate", "chief", "head", "chairman", "chairwoman", "chair", "chairperson",
            "member", "specialist", "epidemiologist", "psychologist", "biologist", "ecologist", "astronomer",
            "physicist", "chemist", "geologist", "meteorologist", "forecaster", "ambassador", "envoy", "commander",
            "general", "colonel", "sergeant", "lieutenant", "admiral", "governor", "commissioner", "superintendent",
            "supervisor", "foreman", "founder", "co-founder", "organiser", "organizer", "host", "guide", "ranger",
            "rescuer", "firefighter", "paramedic", "policeman", "policewoman", "constable", "deckhand", "skipper",
            "crewman", "labourer", "laborer", "miner", "stallholder", "vendor", "seller", "buyer", "dealer", "agent",
            "representative", "delegate", "observer", "monitor", "critic", "supporter", "opponent", "defender",
            "ally", "rival", "friend", "colleague", "partner", "assistant", "deputy", "intern", "apprentice",
            "graduate", "alumnus", "alumna", "lecturer", "tutor", "dean", "chancellor", "provost", "investigator", "auditor", "accountant", "administrator", "coordinator", "strategist", "lobbyist",
            "advocate", "trustee", "steward", "waiter", "waitress", "bartender", "barista",
            "cleaner", "caretaker", "janitor", "gardener", "porter", "courier", "postman", "postwoman", "tourist",
            "visitor", "traveller", "traveler", "hiker", "walker", "climber", "cyclist", "motorist", "pedestrian",
            "spectator", "athlete", "runner", "swimmer", "golfer", "insider", "source", "person",
            "individual", "dignitary", "monarch", "king", "queen", "prince", "princess", "emperor",
            "premier", "congressman", "congresswoman", "businessman", "businesswoman",
            "gentleman", "lady", "mixer", "operator", "inhabitant", "householder", "mourner", "relative", "widow",
            "widower", "orphan", "refugee", "migrant", "immigrant", "emigrant", "exile", "prisoner", "inmate",
            "detainee", "suspect", "defendant", "plaintiff", "claimant", "juror", "magistrate", "justice", "coroner", "pathologist", "vet", "veterinarian", "pharmacist", "dentist", "midwife", "carer", "caregiver");
    private static final Set<String> ORGANIZATION = Lexicon.of("ministry", "department", "agency", "office", "council",
            "government", "administration", "company", "firm", "corporation", "business", "union", "city", "town",
            "police", "court", "board", "committee", "commission", "authority", "service", "bank", "university",
            "college", "school", "hospital", "party", "army", "navy", "embassy", "consulate", "institute",
            "association", "federation", "chain", "group", "club", "team", "regulator", "watchdog", "charity",
            "foundation", "trust", "cooperative", "co-operative", "museum", "library", "society", "organisation",
            "organization", "producer", "manufacturer", "maker", "retailer", "supermarket", "carrier", "airline",
            "lender", "insurer", "developer", "operator", "utility", "cabinet", "parliament", "congress", "senate",
            "legislature", "secretariat", "prosecutor's office", "church", "mosque", "synagogue", "district",
            "county", "state", "province", "municipality", "bureau", "centre", "center", "unit", "division",
            "shop", "store", "plant", "mill", "observatory", "coalition", "alliance", "campaign", "movement",
            "network", "consortium", "conglomerate", "subsidiary", "startup", "brewery", "bakery", "hotel",
            "restaurant", "orchestra", "opposition", "bloc", "caucus", "junta", "regime", "tribunal", "inquiry",
            "panel", "taskforce", "task force", "delegation");
    private static final Set<String> PUBLICATION = Lexicon.of("newspaper", "paper", "daily", "weekly", "monthly",
            "magazine", "journal", "tabloid", "broadsheet", "broadcaster", "station", "channel", "website", "outlet",
            "gazette", "newsletter", "bulletin", "news agency", "wire service", "radio", "television");
    private static final Set<String> DOCUMENT = Lexicon.of("report", "statement", "study", "survey", "record", "document",
            "figure", "data", "filing", "poll", "census", "analysis", "review", "audit", "memo", "memorandum", "letter",
            "minutes", "estimate", "log", "logbook", "book", "diary", "assessment", "evaluation", "forecast",
            "projection", "calculation", "count", "tally", "result", "finding", "account", "release", "communique",
            "communiqué", "editorial", "transcript", "paper", "dossier", "note", "notice", "order", "ruling",
            "verdict", "judgment", "judgement", "indictment", "complaint", "lawsuit", "petition", "proposal", "plan",
            "budget", "website", "database", "register", "registry", "ledger", "index", "chart", "table", "map",
            "guidance", "guideline", "rule", "regulation", "law", "bill", "act", "treaty", "agreement", "contract",
            "charter", "constitution", "manifesto", "announcement", "warning", "advisory", "bulletin", "interview",
            "testimony", "deposition", "evidence", "research", "statistic", "statistics", "number", "numbers");
    private static final Map<String, Gender> GENDERED = Map.ofEntries(
            Map.entry("man", Gender.MALE), Map.entry("boy", Gender.MALE), Map.entry("schoolboy", Gender.MALE),
            Map.entry("father", Gender.MALE), Map.entry("son", Gender.MALE), Map.entry("husband", Gender.MALE),
            Map.entry("brother", Gender.MALE), Map.entry("grandfather", Gender.MALE), Map.entry("grandson", Gender.MALE),
            Map.entry("uncle", Gender.MALE), Map.entry("nephew", Gender.MALE), Map.entry("king", Gender.MALE),
            Map.entry("prince", Gender.MALE), Map.entry("monk", Gender.MALE), Map.entry("spokesman", Gender.MALE),
            Map.entry("chairman", Gender.MALE), Map.entry("businessman", Gender.MALE), Map.entry("gentleman", Gender.MALE),
            Map.entry("policeman", Gender.MALE), Map.entry("congressman", Gender.MALE), Map.entry("councilman", Gender.MALE),
            Map.entry("widower", Gender.MALE), Map.entry("postman", Gender.MALE), Map.entry("crewman", Gender.MALE),
            Map.entry("woman", Gender.FEMALE), Map.entry("girl", Gender.FEMALE), Map.entry("schoolgirl", Gender.FEMALE),
            Map.entry("mother", Gender.FEMALE), Map.entry("daughter", Gender.FEMALE), Map.entry("wife", Gender.FEMALE),
            Map.entry("sister", Gender.FEMALE), Map.entry("grandmother", Gender.FEMALE),
            Map.entry("granddaughter", Gender.FEMALE), Map.entry("aunt", Gender.FEMALE), Map.entry("niece", Gender.FEMALE),
            Map.entry("queen", Gender.FEMALE), Map.entry("princess", Gender.FEMALE), Map.entry("nun", Gender.FEMALE),
            Map.entry("spokeswoman", Gender.FEMALE), Map.entry("chairwoman", Gender.FEMALE),
            Map.entry("businesswoman", Gender.FEMALE), Map.entry("lady", Gender.FEMALE), Map.entry("actress", Gender.FEMALE),
            Map.entry("waitress", Gender.FEMALE), Map.entry("policewoman", Gender.FEMALE), Map.entry("widow", Gender.FEMALE),
            Map.entry("congresswoman", Gender.FEMALE), Map.entry("councilwoman", Gender.FEMALE),
            Map.entry("landlady", Gender.FEMALE), Map.entry("postwoman", Gender.FEMALE), Map.entry("alumna", Gender.FEMALE),
            Map.entry("midwife", Gender.FEMALE));
    /** Nouns that end like a plural but are singular (or only plural in form). */
    private static final Set<String> NOT_PLURAL = Lexicon.of("press", "news", "series", "business", "analysis", "census",
            "bus", "campus", "status", "virus", "boss", "congress", "witness", "mattress", "address", "process",
            "progress", "success", "chess", "glass", "class", "grass", "gas", "bias", "atlas", "canvas", "lens",
            "physics", "economics", "politics", "statistics", "minutes", "data", "means", "headquarters", "species");
    /** Nouns for many people at once: "police say", "the staff", "the crew". */
    private static final Set<String> COLLECTIVE = Lexicon.of("police", "staff", "crew", "people", "public", "clergy",
            "military", "personnel", "youth", "authorities", "officials");

    private HeadNouns() {
    }

    /** The class of a head noun, singular or plural. */
    public static NounClass classOf(String noun) {
        String n = noun.toLowerCase(Locale.ROOT);
        String s = singular(n);
        if (PUBLICATION.contains(n) || PUBLICATION.contains(s)) {
            return NounClass.PUBLICATION;
        }
        if (PERSON.contains(s) || PERSON.contains(n) || COLLECTIVE.contains(n) || s.endsWith("man")
                || s.endsWith("woman") || s.endsWith("person")) {
            return NounClass.PERSON;
        }
        if (ORGANIZATION.contains(s) || ORGANIZATION.contains(n)) {
            return NounClass.ORGANIZATION;
        }
        if (DOCUMENT.contains(s) || DOCUMENT.contains(n)) {
            return NounClass.DOCUMENT;
        }
        return NounClass.UNKNOWN;
    }

    /** Whether a head noun names people: a known person noun, or one formed like one ("-ist", "-ian", "-er"). */
    public static boolean looksLikePerson(String noun) {
        NounClass c = classOf(noun);
        if (c == NounClass.PERSON) {
            return true;
        }
        if (c != NounClass.UNKNOWN) {
            return false;
        }
        String s = singular(noun.toLowerCase(Locale.ROOT));
        return s.length() > 4 && (s.endsWith("ist") || s.endsWith("ian") || s.endsWith("er") || s.endsWith("or")
                || s.endsWith("ant") || s.endsWith("ent"));
    }

    public static Gender genderOf(String noun) {
        return GENDERED.getOrDefault(singular(noun.toLowerCase(Locale.ROOT)), Gender.UNKNOWN);
    }

    /** Whether a noun is plural in form (or names a crowd: "police", "staff"). */
    public static boolean isPlural(String noun) {
        String n = noun.toLowerCase(Locale.ROOT);
        if (COLLECTIVE.contains(n) || n.endsWith("men") || n.endsWith("people")) {
            return true;
        }
        return n.length() > 3 && n.endsWith("s") && !n.endsWith("ss") && !NOT_PLURAL.contains(n) && !n.endsWith("us")
                && !n.endsWith("is");
    }

    /** A plural noun's singular, roughly: "diplomats" → "diplomat", "ministries" → "ministry", "women" → "woman". */
    public static String singular(String noun) {
        String n = noun.toLowerCase(Locale.ROOT);
        if (NOT_PLURAL.contains(n)) {
            return n;
        }
        if (n.endsWith("men") && n.length() > 3) {
            return n.substring(0, n.length() - 3) + "man";
        }
        if (n.endsWith("people")) {
            return n.substring(0, n.length() - 6) + "person";
        }
        if (n.endsWith("ies") && n.length() > 4) {
            return n.substring(0, n.length() - 3) + "y";
        }
        if (n.endsWith("ches") || n.endsWith("shes") || n.endsWith("sses") || n.endsWith("xes")) {
            return n.substring(0, n.length() - 2);
        }
        if (n.endsWith("s") && !n.endsWith("ss") && !n.endsWith("us") && !n.endsWith("is") && n.length() > 3) {
            return n.substring(0, n.length() - 1);
        }
        return n;
    }
}
