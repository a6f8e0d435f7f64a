package io.tearsheet.quotes.internal;

/**
 * One way of finding who said a quotation from the words around it. Rules are small and independent; the pass
 * tries them in an order that depends on where the quotation stands, and keeps the first answer.
 */
public interface AttributionRule {

    /** The attribution this rule finds for the quotation, or null. */
    Attribution apply(QuoteSite site);
}
