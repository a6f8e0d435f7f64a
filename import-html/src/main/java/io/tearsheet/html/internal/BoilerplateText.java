package io.tearsheet.html.internal;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Short lines that sites put among an article's paragraphs and that are not the article: advertising labels,
 * share prompts, newsletter and paywall prompts, "Read more:" links, reading-time labels, cookie notices and
 * copyright lines. Matched on the whole line, in English.
 */
final class BoilerplateText {
    private static final int MAX_LINE = 300;
    private static final List<Map.Entry<Pattern, RemovalReason>> LINES = List.of(
            line("advertisement|advertising|sponsored(?: content)?|paid (?:content|post)|ad|skip advertisement"
                    + "|publicité|publicite|werbung|anzeige|publicidad|pubblicità|advertentie|reklame|annonce"
                    + "|(?:the )?(?:story|article) continues (?:below|after).*|continue reading (?:the main story|below).*"
                    + "|scroll (?:down )?to continue.*|content continues below.*", RemovalReason.ADS),
            line("share(?:\\s+(?:this|on|via)\\b.{0,60})?|click to share.*|tweet(?: this)?"
                    + "|follow (?:us|\\S+) on .{0,60}|(?:(?:facebook|twitter|x|linkedin|email|whatsapp|print|copy link"
                    + "|reddit|pinterest|flipboard)[\\s,·|•]*){2,}", RemovalReason.SHARE),
            line("sign up (?:for|to|now|here)\\b.*|subscribe (?:to|for|now|today)\\b.{0,150}|get (?:our|the) .{0,60}"
                    + "(?:newsletter|briefing|digest).*|(?:enter|your) email(?: address)?.{0,80}"
                    + "|by (?:signing up|subscribing).*|.{0,80}delivered (?:to|straight to) your inbox.{0,40}",
                    RemovalReason.NEWSLETTER),
            line("this (?:article|story|content) is (?:only )?(?:for|available to|reserved for) (?:paid )?"
                    + "(?:subscribers|members).*|already (?:a subscriber|have an account|registered)\\??.{0,80}"
                    + "|(?:log|sign) in to (?:continue|read|keep).*|you(?:'ve| have) (?:reached|read|used) .{0,60}"
                    + "(?:articles?|stories|limit).*|subscribe to (?:continue|keep) reading.*|to continue reading.*"
                    + "|start your (?:free )?(?:trial|subscription).*|.{0,60}free articles? (?:left|remaining).*"
                    + "|subscribers? only.{0,60}|unlock (?:this|the full) (?:article|story).*", RemovalReason.PAYWALL),
            line("(?:read|see) (?:more|also|next)\\s*[:|»›].*|related(?: stories| articles| coverage| content)?\\s*:.*"
                    + "|recommended(?: for you)?\\s*:.*|more (?:on|about) this (?:story|topic)\\s*:?.*"
                    + "|(?:watch|listen)\\s*:.{0,120}", RemovalReason.RELATED),
            line("listen to (?:this|the) (?:article|story).{0,40}|\\d+\\s*(?:min(?:ute)?s?|m)\\.?\\s*(?:read|listen)"
                    + "|reading time\\s*:.{0,30}|print|email|comments?|image|photo|video|audio|loading(?:\\.\\.\\.|…)?"
                    + "|close|menu|search|expand|collapse|(?:show|view|load) more|back to top", RemovalReason.LABEL),
            line("(?:\\d+ )?comments?|(?:show|view|load|read) (?:all )?(?:\\d+ )?comments.*"
                    + "|(?:leave|post|add) a (?:comment|reply).*|join the (?:conversation|discussion).*",
                    RemovalReason.COMMENTS),
            line("we use cookies.*|.{0,120}(?:accept|manage|reject) (?:all )?cookies.*"
                    + "|this (?:site|website) uses cookies.*", RemovalReason.COOKIE),
            line(".{0,200}(?:©|\\(c\\)\\s*\\d{4}|copyright\\s*©?\\s*\\d{4}).{0,200}"
                    + "|.{0,200}all rights reserved.{0,100}|.{0,80}tous droits réservés.{0,40}"
                    + "|.{0,80}alle rechte vorbehalten.{0,40}", RemovalReason.COPYRIGHT));

    /** Lines up to this long are always tested; longer ones only when they hold a word the patterns need. */
    private static final int SHORT_LINE = 24;
    /** Every pattern for a line longer than {@link #SHORT_LINE} needs one of these (lower case). */
    private static final List<String> TRIGGERS = List.of("advert", "sponsor", "paid ", "continue", "scroll", "share",
            "tweet", "follow", "facebook", "twitter", "linkedin", "whatsapp", "email", "print", "sign up", "sign in",
            "log in", "subscri", "newsletter", "briefing", "digest", "inbox", "already", "member", "article",
            "stories", "limit", "trial", "unlock", "read", "see ", "related", "recommended", "more on", "more about",
            "watch", "listen", "min", "comment", "conversation", "discussion", "reply", "cookie", "©", "(c)",
            "copyright", "reserved", "réservés", "vorbehalten", "publicit", "werbung", "anzeige", "pubblicit",
            "advertentie", "reklame", "annonce", "show", "view", "load", "back to top");

    private BoilerplateText() {
    }

    private static boolean hasTrigger(String line) {
        String lower = Texts.lower(line);
        for (String trigger : TRIGGERS) {
            if (lower.contains(trigger)) {
                return true;
            }
        }
        return false;
    }

    private static Map.Entry<Pattern, RemovalReason> line(String regex, RemovalReason reason) {
        return Map.entry(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), reason);
    }

    /** What a line of boilerplate is, or null when it may be article text. */
    static RemovalReason of(String text) {
        if (text.length() > MAX_LINE * 4) {
            return null;
        }
        String clean = Texts.clean(text);
        if (clean.isEmpty() || clean.length() > MAX_LINE || clean.length() > SHORT_LINE && !hasTrigger(clean)) {
            return null;
        }
        String line = clean.replace('’', '\'').replaceAll("^[\\s›»→▶►•·|-]+|[\\s›»→▶►•·|]+$", "");
        for (Map.Entry<Pattern, RemovalReason> entry : LINES) {
            if (entry.getKey().matcher(line).matches()) {
                return entry.getValue();
            }
        }
        return null;
    }
}
