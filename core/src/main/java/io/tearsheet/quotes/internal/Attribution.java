package io.tearsheet.quotes.internal;

/**
 * What a rule found about who said a quotation: the speaker phrase as written, the cue, and where the phrase
 * stands, so that it can be resolved against the rest of the article.
 *
 * @param phrase    the speaker phrase
 * @param cue       the attributing verb as written ("said", "told", "according to", "called")
 * @param at        char index of the phrase in its paragraph
 * @param end       one past its last char
 * @param rule      the rule that found it
 * @param connector what stands between a leading attribution and the quotation: ':' , ',' or ' ' (none)
 */
public record Attribution(SpeakerPhrase phrase, String cue, int at, int end, RuleId rule, char connector) {
}
