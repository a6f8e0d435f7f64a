package io.tearsheet.quotes.internal;

/**
 * The rule that gave a quotation or a reported speech its speaker. Explicit rules read the speaker's phrase from
 * the words around the quotation; continuation rules pass on the speaker of a neighbouring quotation.
 */
public enum RuleId {
    /** “Q,” X said. ({@link TrailingCueRule}) */
    TRAILING(true, "trailing"),
    /** “Q,” said X. ({@link TrailingCueRule}) */
    INVERTED(true, "inverted"),
    /** “Q,” according to X. ({@link TrailingCueRule}) */
    TRAILING_ACCORDING_TO(true, "trailing according to"),
    /** X has “Q” to show …, according to Y. ({@link TrailingCueRule}) */
    CLOSING_ACCORDING_TO(true, "closing according to"),
    /** X said: “Q” / X says the … “Q”. ({@link LeadingCueRule}) */
    LEADING(true, "leading"),
    /** Hill said Sondland told her: “Q” — the relayed speaker's words. ({@link LeadingCueRule}) */
    RELAYED(true, "relayed"),
    /** X was unimpressed, saying “Q” / with X saying “Q”. ({@link LeadingCueRule}) */
    PARTICIPLE(true, "participle"),
    /** X was conclusive in its findings: “Q” / X: “Q” — a colon and no cue. ({@link ColonRule}) */
    INTRODUCED_BY_COLON(true, "introduced with a colon"),
    /** “Q.” ― X, closing the paragraph. ({@link DashCreditRule}) */
    DASH_CREDIT(true, "credited after a dash"),
    /** According to X, “Q”. ({@link LeadingCueRule}) */
    LEADING_ACCORDING_TO(true, "leading according to"),
    /** The Courier called it “…”, a quotation longer than a label. ({@link NamingVerbRule}) */
    NAMING(true, "naming"),
    /** Officials say …, without quotation marks. ({@link IndirectAttributionFinder}) */
    INDIRECT(true, "indirect"),
    /** …, according to county records. ({@link IndirectAttributionFinder}) */
    INDIRECT_ACCORDING_TO(true, "indirect according to"),
    /** The next paragraph's part of a quotation that runs on. ({@link RunOnContinuation}) */
    RUNS_ON_FROM_PARAGRAPH_BEFORE(false, "runs on from the paragraph before"),
    /** The earlier part of a quotation that runs on into an attributed paragraph. ({@link RunOnContinuation}) */
    RUNS_ON_INTO_ATTRIBUTED_PARAGRAPH(false, "runs on into an attributed paragraph"),
    /** “Q1,” said X. “Q2.” ({@link SameParagraphContinuation}) */
    CONTINUES_QUOTATION_BEFORE(false, "continues the quotation before it"),
    /** “Q1.” “Q2,” she said. ({@link BackwardContinuation}) */
    SHARES_SPEAKER_OF_QUOTATION_AFTER(false, "shares the speaker of the quotation after it"),
    /** A paragraph of quotation alone after one that ended on an attributed one. ({@link NextParagraphContinuation}) */
    CONTINUES_PARAGRAPH_BEFORE(false, "goes on quoting the speaker of the paragraph before"),
    /** X continued: ¶ “Q” — the paragraph before ends on a cue and a colon. ({@link ParagraphBeforeRule}) */
    INTRODUCED_BY_PARAGRAPH_BEFORE(true, "introduced by the paragraph before"),
    /** …, X said. ¶ “Q” — a paragraph of quotation alone after one that closed on X's reported speech. ({@link ParagraphBeforeRule}) */
    NAMED_IN_PARAGRAPH_BEFORE(false, "quotes the speaker the paragraph before closed on"),
    /** …, X said. “Q” — a quotation that opens the sentence after X's reported speech. ({@link SentenceBeforeRule}) */
    NAMED_IN_SENTENCE_BEFORE(false, "quotes the speaker the sentence before closed on");

    private final boolean explicit;
    private final String explanation;

    RuleId(boolean explicit, String explanation) {
        this.explicit = explicit;
        this.explanation = explanation;
    }

    /** Whether the rule read the speaker's phrase itself rather than passing on a neighbour's speaker. */
    public boolean explicit() {
        return explicit;
    }

    /** The rule in words, as provenance notes give it: "goes on quoting the speaker of the paragraph before". */
    public String explanation() {
        return explanation;
    }
}
