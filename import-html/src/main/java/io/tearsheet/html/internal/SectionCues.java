package io.tearsheet.html.internal;

import io.tearsheet.read.conventions.RemovalReason;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Headings that announce boilerplate ("Related stories", "12 Comments", "Sign up for our newsletter", "About the
 * author"), in English and in the words German, French, Spanish, Italian, Portuguese and Polish sites use for the
 * same sections ("Mehr zum Thema", "Lire aussi", "Deja un comentario", "O autorze"). Only unambiguous phrases are
 * listed: a heading such as "Weitere Informationen" or "Kontakt" may head part of the article itself.
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
                    + "|from (?:our|the) (?:partners|network)|up next|keep reading|explore more"
                    // German, French, Spanish, Italian, Portuguese, Polish
                    + "|mehr zum thema|auch interessant|das könnte (?:dich|sie|ihnen) auch interessieren"
                    + "|(?:ähnliche|verwandte|weitere) (?:beiträge|artikel|themen|nachrichten|meldungen|posts)"
                    + "|(?:zum )?weiterlesen|lesen sie (?:auch|mehr)|meistgelesene?(?: artikel)?"
                    + "|(?:à )?lire (?:aussi|également)|voir aussi|sur le même sujet|articles? (?:similaires|liés)"
                    + "|les plus lus|(?:también )?te (?:puede|podría) interesar|(?:noticias|artículos) relacionad[oa]s"
                    + "|lo más leído|leer más|más noticias|leggi anche|articoli correlati|potrebbe interessarti"
                    + "|(?:i )?più letti|leia (?:também|mais)|veja também|(?:notícias|artigos) relacionad[oa]s"
                    + "|mais lidas|czytaj (?:też|także|więcej)|zobacz (?:też|także|również)|podobne (?:artykuły|wpisy)"
                    + "|najczęściej czytane|polecamy",
                    RemovalReason.RELATED),
            cue("(?:\\d+ |one |no )?(?:comments?|responses?|replies|thoughts)(?: \\(\\d+\\))?(?: (?:on|to) .{1,60})?|(?:leave|post|add|write) a (?:reply|comment|response)"
                    + "|join the (?:conversation|discussion|debate)|reader comments|what do you think\\??"
                    + "|have your say"
                    // a singular "Kommentar" or "Komentarz" heads an opinion piece, not readers' comments
                    + "|(?:\\d+ )?(?:kommentare|commentaires|comentarios|commenti|comentários|komentarz[ey])"
                    + "(?: \\(\\d+\\))?|\\d+ (?:kommentar|commentaire|comentario|commento|comentário|komentarz)"
                    + "|(?:einen )?kommentar (?:schreiben|verfassen|abgeben|hinterlassen)"
                    + "|schreibe(?:n sie)? einen kommentar|(?:eine )?antwort hinterlassen|diskutieren sie mit"
                    + "|laisser un commentaire|(?:deja|dejar|escribe) un (?:comentario|respuesta)|deja una respuesta"
                    + "|lascia un commento|deixe (?:um comentário|uma resposta)|dodaj komentarz|zostaw komentarz",
                    RemovalReason.COMMENTS),
            cue("sign up\\b.*|subscribe to (?:our|the) .*newsletter.*|(?:get|receive) (?:our|the) .*newsletter.*"
                    + "|.{0,40}newsletters?", RemovalReason.NEWSLETTER),
            cue("share(?: this)?(?: article| story| post| page)?|share on .*|follow us.*"
                    + "|(?:(?:diesen )?(?:artikel|beitrag) )?teilen|folgen sie uns.*|folge uns.*|partager(?: .*)?"
                    + "|suivez-nous.*|compartir(?: .*)?|comparte(?: .*)?|síguenos.*|condividi(?: .*)?|seguici.*"
                    + "|compartilhe(?: .*)?|partilhe(?: .*)?|udostępnij(?: .*)?", RemovalReason.SHARE),
            cue("tags?|topics?|filed under|categories|keywords|schlagwörter|schlagworte|stichwörter|kategorien"
                    + "|mots-clés|étiquettes|etiquetas|tagi|marcadores", RemovalReason.TAGS),
            cue("about the (?:authors?|writers?|reporters?|contributors?)|about (?:the )?authors?"
                    + "|über (?:den autor|die autorin|die autor(?:inn)?en)|zum autor|zur autorin"
                    + "|à propos de l'auteur|(?:sobre|acerca de) (?:el autor|la autora)|sull'autore|o autorze"
                    + "|sobre o autor", RemovalReason.BIO));

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
