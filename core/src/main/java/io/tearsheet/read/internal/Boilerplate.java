package io.tearsheet.read.internal;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The kinds of site furniture a scraped page carries around an article, each with the label recorded in
 * {@link io.tearsheet.model.Removal#reason()} and the whole-line patterns that recognise it.
 *
 * <p>Patterns are matched against a {@linkplain #normalize(String) normalised} line, in full, and only against
 * short lines: they describe what a button, a prompt or a footer says, never what a sentence of an article
 * might say in passing, so "Subscribers to the ferry pass said …" is not a subscribe prompt. Kinds that
 * {@link #anywhere()} are removed wherever they stand (a line reading "Advertisement" is never article text);
 * the rest only at the top or bottom of the page.
 */
public enum Boilerplate {
    PAYWALL("paywall", false,
            "you(?:'ve| have) (?:read|used|viewed|reached)\\b.{0,60}\\b(?:articles?|stories|story|limit)\\b.*",
            "you have (?:\\d+ |one |two |three |no )?(?:more )?(?:free )?(?:articles?|stories) (?:left|remaining)\\b.*",
            "(?:\\d+ )?(?:free )?(?:articles?|stories) (?:left|remaining)\\b.*",
            "(?:this|the) (?:article|story|content|page) is (?:only )?(?:available |reserved )?(?:for|to) "
                    + "(?:subscribers|members|paying subscribers)\\b.*",
            "subscribe to (?:continue|read|keep reading|unlock|access|see)\\b.*",
            "(?:already a subscriber|already have an account|are you a subscriber)\\??.{0,60}",
            "(?:log|sign) ?in to (?:continue|read|keep reading|see)\\b.*",
            "(?:to )?continue reading(?: with| for)?\\b.{0,60}",
            "subscribers? only\\b.{0,40}",
            "(?:this is|you are reading) (?:your )?(?:last )?(?:free|complimentary) (?:article|story)\\b.*"),
    SUBSCRIBE("subscribe", false,
            "(?:start|begin|get|try) (?:your |a )?(?:free )?(?:digital )?(?:subscription|trial)\\b.*",
            "subscribe(?: now| today| here| for| and| to our| to the)?\\b.{0,60}",
            "(?:get|enjoy) (?:unlimited|full|digital|complete) access\\b.*",
            "support (?:our|independent|quality|local) journalism\\b.*",
            "become a (?:member|subscriber|supporter)\\b.*",
            "(?:unlock|try) (?:all|unlimited|full)\\b.{0,60}"),
    QR_CODE("qr-code", false, "qr[- ]?code\\b.*"),
    TRANSLATION("translation", false,
            "read (?:this|the) (?:article|story|page) in\\b.*",
            "(?:this (?:article|story) is )?(?:also )?available in:.{0,80}"),
    SHARE("share", true),
    COOKIE("cookie", false,
            ".{0,300}\\bcookies?\\b.{0,300}",
            "(?:accept|reject|decline|allow|refuse)(?: all| necessary| essential| only necessary)?(?: cookies)?",
            "(?:manage|cookie|privacy) (?:preferences|settings|options|choices)",
            "(?:i agree|i accept|got it|agree and close|accept and close)"),
    ADVERTISEMENT("advertisement", true,
            "(?:advertisement|advertising|ad|ads|sponsored|sponsored content|paid content|paid post|"
                    + "paid partner content)",
            "(?:the )?(?:story|article) continues (?:below|after (?:this )?(?:advertisement|ad))(?: advertisement)?",
            "continue reading (?:the main story|below)",
            "scroll (?:down )?to continue(?: with content)?"),
    RELATED("related", false,
            "(?:related|related (?:articles|stories|content|coverage|reading|links|topics)|read more|more (?:on|from|about|"
                    + "in) .{1,40}|more stories|recommended(?: for you| reading| stories)?|you (?:may|might) also "
                    + "(?:like|enjoy|be interested in)|most (?:read|popular|viewed|shared)|trending(?: now| stories)?|"
                    + "see also|also read|further reading|top stories|latest(?: news| stories)?|editor'?s picks|"
                    + "don't miss|what to read next|more like this)\\s*:?",
            "(?:related|read more|see also|also read|read also|more|recommended)\\s*:\\s*\\S.{0,150}"),
    COPYRIGHT("copyright", false,
            "(?:copyright|©|\\(c\\)).{0,200}",
            ".{0,150}\\ball rights reserved\\b.{0,60}"),
    SOURCE("source", false, "source\\s?:\\s?.{1,100}"),
    CREDITS("credits", false,
            "\\(?(?:reporting|additional reporting|writing|editing|compiled|research|graphics|photography) by\\b.{0,200}"),
    NAVIGATION("navigation", false,
            "(?:skip to (?:main |the )?(?:content|navigation|main|article)|menu|main menu|home|search|sign in|log in|"
                    + "login|sign up|register|back to top|top of page|jump to(?: comments)?|open menu|close(?: menu)?|"
                    + "toggle navigation|you are here:?.{0,100})"),
    NEWSLETTER("newsletter", false,
            "(?:sign up|subscribe|register) (?:for|to) (?:our|the|my|a) .{0,60}newsletters?\\b.*",
            "newsletters?(?: sign[- ]?up)?",
            "get (?:our|the) .{0,40}newsletters?\\b.*"),
    SOCIAL("social", false, "follow (?:us|me|@\\S+)(?: on)?\\b.{0,80}"),
    COMMENTS("comments", false,
            "(?:\\d+ )?comments?",
            "(?:leave|add|post|view|show|read|see) (?:a |all |the )?(?:\\d+ )?comments?\\b.{0,40}",
            "comments are (?:closed|open)\\b.{0,40}",
            "join the (?:conversation|discussion)\\b.{0,40}"),
    READING_AID("reading-aid", true,
            "listen to (?:this|the) (?:article|story)\\b.{0,40}",
            "\\d+ min(?:ute)?s? (?:read|listen)",
            "reading time:?.{0,20}",
            "print(?: this)?(?: article| page| story)?",
            "save(?: this)? (?:article|story|for later)",
            "gift (?:this )?(?:article|story)",
            "(?:font|text) size:?.{0,20}");

    /** Lines longer than this are article text, whatever they say. */
    static final int MAX_LENGTH = 400;

    private static final Set<String> SHARE_WORDS = Set.of("share", "shares", "sharing", "this", "article", "story",
            "page", "on", "via", "with", "by", "facebook", "twitter", "x", "linkedin", "whatsapp", "email", "e-mail",
            "mail", "reddit", "pinterest", "telegram", "messenger", "print", "copy", "link", "copied", "url", "save",
            "gift", "bluesky", "threads", "flipboard", "pocket", "sms", "tumblr", "mastodon", "comment", "comments",
            "the", "to", "a", "friend", "more", "options", "tweet");
    private static final Set<String> SHARE_TARGETS = Set.of("share", "tweet", "facebook", "twitter", "linkedin",
            "whatsapp", "email", "e-mail", "reddit", "pinterest", "telegram", "bluesky", "flipboard", "print");

    private final String reason;
    private final boolean anywhere;
    private final Pattern[] patterns;

    Boilerplate(String reason, boolean anywhere, String... patterns) {
        this.reason = reason;
        this.anywhere = anywhere;
        this.patterns = new Pattern[patterns.length];
        for (int i = 0; i < patterns.length; i++) {
            this.patterns[i] = Pattern.compile(patterns[i]);
        }
    }

    /** The label recorded in provenance ("paywall", "share", "qr-code"). */
    public String reason() {
        return reason;
    }

    /** Whether lines of this kind are removed wherever they stand, not only at the top or bottom. */
    public boolean anywhere() {
        return anywhere;
    }

    /** The kind of boilerplate a line is, or null when it is none (or too long to be any). */
    public static Boilerplate classify(String line) {
        if (line.length() > MAX_LENGTH || line.isEmpty()) {
            return null;
        }
        String normal = normalize(line);
        for (Boilerplate kind : values()) {
            if (kind.matches(normal)) {
                return kind;
            }
        }
        return null;
    }

    /** Lower case, ASCII apostrophes and quotation marks, single spaces, no surrounding spaces or bullets. */
    static String normalize(String line) {
        StringBuilder out = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            switch (c) {
                case '\u2018', '\u2019', '`' -> out.append('\'');
                case '\u201C', '\u201D' -> out.append('"');
                default -> out.append(c);
            }
        }
        String text = Words.collapse(out.toString()).toLowerCase(Locale.ROOT);
        while (!text.isEmpty() && "•·*>-|".indexOf(text.charAt(0)) >= 0) {
            text = text.substring(1).trim();
        }
        return text;
    }

    private boolean matches(String normal) {
        if (this == SHARE) {
            return isShareBar(normal);
        }
        if (this == SUBSCRIBE && Words.count(normal) > 12) {
            return false;
        }
        if (this == COOKIE && !normal.contains("cookie") && Words.count(normal) > 4) {
            return false;
        }
        if (this == COOKIE && normal.contains("cookie") && !mentionsConsent(normal)) {
            return false;
        }
        for (Pattern pattern : patterns) {
            if (pattern.matcher(normal).matches()) {
                return true;
            }
        }
        return this == TRANSLATION && LanguageNames.isList(normal);
    }

    private static boolean mentionsConsent(String normal) {
        return normal.contains("we use") || normal.contains("uses cookies") || normal.contains("accept")
                || normal.contains("consent") || normal.contains("by continuing") || normal.contains("policy")
                || normal.contains("settings") || normal.contains("preferences") || normal.contains("experience")
                || normal.contains("agree");
    }

    private static boolean isShareBar(String normal) {
        String[] tokens = normal.split("[\\s|·•/,:]+");
        if (tokens.length == 0 || tokens.length > 12) {
            return false;
        }
        boolean target = false;
        for (String token : tokens) {
            if (token.isEmpty()) {
                continue;
            }
            if (!SHARE_WORDS.contains(token)) {
                return false;
            }
            target |= SHARE_TARGETS.contains(token);
        }
        return target;
    }
}
