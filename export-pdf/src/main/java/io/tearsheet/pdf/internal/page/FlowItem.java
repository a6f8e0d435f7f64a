package io.tearsheet.pdf.internal.page;

/**
 * Something the {@link PageComposer} stacks in a column: a line of text, vertical space, a rule, a figure or its picture.
 */
public sealed interface FlowItem permits TextLineItem, SpaceItem, RuleItem, FigureItem, ImageItem {

    /** The vertical space the item takes, in points. */
    float height();

    /** Whether a column break between this item and the next is to be avoided. */
    boolean keepWithNext();
}
