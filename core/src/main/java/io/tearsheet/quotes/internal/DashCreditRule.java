package io.tearsheet.quotes.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A quotation credited by a dash and a name that close its paragraph: “Q.” ― Jane Doe. Readers' letters, pull
 * quotes and collected reactions are printed so. Only a name (with an appositive) counts; "— and more" or a dash
 * that goes on with the writer's sentence does not.
 */
public final class DashCreditRule implements AttributionRule {
    /** The dash, the credited words (no quotation marks, no further dash) and an optional full stop, to the end. */
    private static final Pattern CREDIT = Pattern.compile("\\s*[\u2015\u2014\u2013]\\s*(\\p{Lu}[^\u201C\u201D\"\u2015\u2014\u2013]{1,80}?)[\\s.]*");

    @Override
    public Attribution apply(QuoteSite site) {
        MarkedQuote quote = site.quote();
        if (quote.runsOn() || !site.before().isBlank()) {
            return null;
        }
        ParagraphText p = site.paragraph();
        String rest = p.text().substring(quote.after());
        Matcher m = CREDIT.matcher(rest);
        if (!m.matches()) {
            return null;
        }
        SpeakerPhrase phrase = SpeakerPhraseParser.parse(m.group(1));
        if (phrase == null || phrase.form() != SpeakerPhrase.Form.NAME) {
            return null;
        }
        int at = quote.after() + m.start(1);
        return new Attribution(phrase, null, at, quote.after() + m.end(1), RuleId.DASH_CREDIT, '\u2014');
    }
}
