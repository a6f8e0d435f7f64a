package io.tearsheet.quotes.internal;

import io.tearsheet.model.QuoteKind;

/**
 * A quotation under attribution during one call: where it stands and what the rules have found so far.
 * Mutable; never leaves the pass.
 */
public final class Candidate {
    final ParagraphText paragraph;
    final MarkedQuote quote;
    final QuoteSite site;
    Attribution attribution;
    Entity entity;
    String cue;
    /** The rule that gave the quotation its speaker. */
    RuleId rule;
    /** How the rule's speaker phrase was resolved to the speaker (explicit rules only). */
    Resolution resolution;
    boolean scare;
    QuoteKind kind;
    /** The segment of the same quotation in the previous paragraph, for a quotation that runs on. */
    Candidate runsOnFrom;
    /** Why the quotation was left unattributed, for provenance. */
    String doubt;

    Candidate(ParagraphText paragraph, MarkedQuote quote, QuoteSite site) {
        this.paragraph = paragraph;
        this.quote = quote;
        this.site = site;
    }

    boolean isTopLevel() {
        return quote.depth() == 0;
    }

    boolean attributed() {
        return entity != null;
    }

    String text() {
        return paragraph.text().substring(quote.start(), quote.end());
    }

    void inherit(Candidate from, RuleId continuation) {
        entity = from.entity;
        cue = from.cue;
        rule = continuation;
    }
}
