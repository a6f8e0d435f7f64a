package io.tearsheet.html.internal;

import io.tearsheet.read.conventions.RemovalReason;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Headings that announce boilerplate ("Related stories", "12 Comments", "Sign up for our newsletter", "About the
 * author"), in English, the language of the pages this reader is tuned on; other languages rely on the other signals.
 */
final class SectionCues {
    private static final List<Map.Entry<Pattern, RemovalReason>> CUES = List.of(
            cue("related(?: articles| stories| coverage| content| links| reading| news| posts)?"
                    + "|more (?:from|on|in|about|stories|news|coverage|like this|to read)\\b.*"
                    + "|read (?:more|next|also)|also read|see also|recommended(?: for you| reading| stories)?"
                    + "|most (?:read|popular|viewed|shared|commented)(?: .*)?|trending(?: now| stories| news)?"
                    + "|popular(?: now| stories| posts)?|you (?:may|might) (?:also )?(?:like|enjoy|be interested in).*"
                    + "|latest(?: news| stories| headlines| posts)?|top (?:stories|headlines)|editor'?s'? picks"
                    + "|what to read next|further reading|don'?t miss|in other news|around the web"
                    + "|from (?:our|the) (?:partners|network)|up next|keep reading|explore more",
                    RemovalReason.RELATED),
            cue("(?:\\d+ |one |no )?(?:comments?|responses?|replies|thoughts)(?: \\(\\d+\\))?(?: (?:on|to) .{1,60})?|(?:leave|post|add|write) a (?:reply|comment|response)"
                    + "|join the (?:conversation|discussion|debate)|reader comments|what do you think\\??"
                    + "|have your say", RemovalReason.COMMENTS),
            cue("sign up\\b.*|subscribe to (?:our|the) .*newsletter.*|(?:get|receive) (?:our|the) .*newsletter.*"
                    + "|.{0,40}newsletters?", RemovalReason.NEWSLETTER),
            cue("share(?: this)?(?: article| story| post| page)?|share on .*|follow us.*", RemovalReason.SHARE),
            cue("tags?|topics?|filed under|categories|keywords", RemovalReason.TAGS),
            cue("about the (?:authors?|writers?|reporters?|contributors?)|about (?:the )?authors?",
                    RemovalReason.BIO));

    private static final Pattern WHAT_DO_YOU_THINK = Pattern.compile("what do you think\\??",
            Pattern.CASE_INSENSITIVE);
    /** Headings longer than this announce no section. */
    static final int MAX_CHARS = 60;

    private SectionCues() {
    }

    private static Map.Entry<Pattern, RemovalReason> cue(String regex, RemovalReason reason) {
        return Map.entry(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), reason);
    }

    /**
     * Whether a short line announces readers' comments unmistakably ("Comments", "12 responses to …", "Have your
     * say", "Leave a reply"): strict enough to trust in a plain block, where a heading's tag does not vouch for it. A
     * question to the reader ("What do you think?") may end an article, so it does not count here.
     */
    static boolean announcesComments(String text) {
        String clean = Texts.clean(text).replace('’', '\'').replaceAll("[\\s:.!›»>→-]+$", "");
        return !clean.isEmpty() && clean.length() <= MAX_CHARS && !WHAT_DO_YOU_THINK.matcher(clean).matches()
                && of(clean) == RemovalReason.COMMENTS;
    }

    /** What a heading with this text announces, or null. */
    static RemovalReason of(String headingText) {
        String text = Texts.clean(headingText).replace('’', '\'').replaceAll("[\\s:.!›»>→-]+$", "");
        if (text.isEmpty() || text.length() > MAX_CHARS) {
            return null;
        }
        for (Map.Entry<Pattern, RemovalReason> cue : CUES) {
            if (cue.getKey().matcher(text).matches()) {
                return cue.getValue();
            }
        }
        return null;
    }
}
