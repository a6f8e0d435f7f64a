package io.tearsheet.pdf.internal.tagging;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A structure element of the tagged PDF (P, H1, Link, Figure…) as it is built, before it is written as a
 * COS dictionary. A node joins its parent only when its first content is drawn ({@link StructureTree#attach}),
 * so nodes without content never appear and children keep reading order. One export's; not thread-safe.
 */
public final class StructNode {
    private final String type;
    private final StructNode parent;
    private final List<Object> kids = new ArrayList<>();
    private String alt;
    private String actualText;
    private String language;
    private String id;
    private String title;
    private float[] boundingBox;
    private boolean attached;
    Object cos;
    private boolean written;

    StructNode(String type, StructNode parent) {
        this.type = Objects.requireNonNull(type, "type must not be null");
        this.parent = parent;
    }

    /** A new child of this node, of a standard structure type; it joins this node when first used. */
    public StructNode child(String childType) {
        return new StructNode(childType, this);
    }

    public String type() {
        return type;
    }

    public StructNode parent() {
        return parent;
    }

    /** The kids, in reading order: {@link StructNode}s, {@link ContentRef}s and {@link AnnotationRef}s. */
    List<Object> kids() {
        return kids;
    }

    boolean isAttached() {
        return attached;
    }

    void markAttached() {
        attached = true;
    }

    /** Whether the element is in the file already ({@link StructureTree#flush}). */
    boolean isWritten() {
        return written;
    }

    void markWritten() {
        written = true;
    }

    /** Alternative text (required for figures). */
    public StructNode alt(String value) {
        this.alt = value;
        return this;
    }

    public StructNode actualText(String value) {
        this.actualText = value;
        return this;
    }

    /** The element's language, where it differs from the document's. */
    public StructNode language(String value) {
        this.language = value;
        return this;
    }

    /** A unique id (Note elements need one). */
    public StructNode id(String value) {
        this.id = value;
        return this;
    }

    public StructNode title(String value) {
        this.title = value;
        return this;
    }

    /** Where the element's content lies on its page (left, bottom, right, top), for figures. */
    public StructNode boundingBox(float left, float bottom, float right, float top) {
        this.boundingBox = new float[]{left, bottom, right, top};
        return this;
    }

    String alt() {
        return alt;
    }

    float[] boundingBox() {
        return boundingBox == null ? null : boundingBox.clone();
    }

    String actualText() {
        return actualText;
    }

    String language() {
        return language;
    }

    String id() {
        return id;
    }

    String title() {
        return title;
    }
}
