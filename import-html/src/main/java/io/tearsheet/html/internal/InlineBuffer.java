package io.tearsheet.html.internal;

import io.tearsheet.model.Emphasis;
import io.tearsheet.model.Inline;
import io.tearsheet.model.Link;
import io.tearsheet.model.Strong;
import io.tearsheet.model.Text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * Collects the inline content of one block while the page is walked: text with HTML whitespace collapsed (no space
 * at the start or end of the block, one between words), and emphasis, strong emphasis and links as they open and
 * close. A block may end while inline elements are still open (a {@code <b>} around two paragraphs): {@link #take()}
 * closes them for the finished block and opens them again, empty, for the next, so opening and closing still pair up.
 *
 * <p>Formatting nested deeper than {@link #MAX_NESTING} is flattened into its text, so hostile nesting cannot build
 * an inline tree deeper than that.
 */
final class InlineBuffer {
    /** Deeper formatting than this is kept as text only; no article nests emphasis this far. */
    static final int MAX_NESTING = 12;

    /** What kind of inline container a frame becomes. */
    enum Kind { ROOT, EMPHASIS, STRONG, LINK, TRANSPARENT }

    private final Deque<Frame> open = new ArrayDeque<>();
    private boolean hasText;
    private boolean textOutsideStrong;
    private boolean pendingSpace;
    private int containers;
    private int strongDepth;
    private boolean flattened;

    InlineBuffer() {
        open.push(new Frame(Kind.ROOT, null));
    }

    /** Appends text from the page; whitespace runs become one space, placed only between words. */
    void text(String raw) {
        String collapsed = Texts.collapse(raw);
        if (collapsed.isEmpty()) {
            return;
        }
        boolean leadingSpace = collapsed.charAt(0) == ' ';
        boolean trailingSpace = collapsed.charAt(collapsed.length() - 1) == ' ';
        String words = collapsed.strip();
        if (words.isEmpty()) {
            pendingSpace = pendingSpace || hasText;
            return;
        }
        if ((pendingSpace || leadingSpace) && hasText) {
            // the space goes outside containers opened since the last word, so a link does not start with one
            spaceHolder().children.add(new Text(" "));
        }
        open.peek().children.add(new Text(words));
        hasText = true;
        textOutsideStrong |= strongDepth == 0;
        pendingSpace = trailingSpace;
    }

    /** The outermost frame, among those opened since the last text, where a space between words belongs. */
    private Frame spaceHolder() {
        for (Frame frame : open) {
            if (!frame.children.isEmpty() || frame.kind == Kind.ROOT) {
                return frame;
            }
        }
        return open.peekLast();
    }

    /** Whether all the text collected since the last {@link #take()} is strong (bold), as a run-in heading is. */
    boolean isAllStrong() {
        return hasText && !textOutsideStrong;
    }

    /** A line break inside a block: a space between words. */
    void lineBreak() {
        pendingSpace = hasText;
    }

    /**
     * Opens an inline container; {@code href} only for links. Transparent elements (a {@code <span>}) and
     * containers past the nesting limit are only counted on the frame below, so the stack of frames never grows
     * past {@link #MAX_NESTING}, however deep the page nests.
     */
    void open(Kind kind, String href) {
        if (kind != Kind.TRANSPARENT && containers >= MAX_NESTING) {
            flattened = true;
            open.peek().transparent++;
            return;
        }
        if (kind == Kind.TRANSPARENT) {
            open.peek().transparent++;
            return;
        }
        containers++;
        if (kind == Kind.STRONG) {
            strongDepth++;
        }
        open.push(new Frame(kind, href));
    }

    /** Closes the element opened last. */
    void close() {
        Frame top = open.peek();
        if (top.transparent > 0) {
            top.transparent--;
            return;
        }
        if (open.size() <= 1) {
            return;
        }
        Frame frame = open.pop();
        containers--;
        if (frame.kind == Kind.STRONG) {
            strongDepth--;
        }
        open.peek().children.addAll(frame.build());
    }

    /** Whether nothing but whitespace has been collected since the last {@link #take()}. */
    boolean isEmpty() {
        return !hasText;
    }

    /** Whether some formatting was flattened because it nested too deep. */
    boolean flattened() {
        return flattened;
    }

    /**
     * The finished block's inlines; the buffer starts a new block with the same containers open (and empty).
     */
    List<Inline> take() {
        List<Frame> frames = new ArrayList<>(open);
        // frames: innermost first; close them all into the root
        List<Inline> carried = new ArrayList<>();
        for (int i = 0; i < frames.size() - 1; i++) {
            Frame frame = frames.get(i);
            List<Inline> built = new ArrayList<>(frame.children);
            built.addAll(carried);
            carried = new Frame(frame.kind, frame.href, built).build();
        }
        Frame root = frames.get(frames.size() - 1);
        List<Inline> all = new ArrayList<>(root.children);
        all.addAll(carried);
        List<Inline> result = mergeTexts(all);
        // reopen the same containers, empty, for the next block
        open.clear();
        for (int i = frames.size() - 1; i >= 0; i--) {
            Frame reopened = new Frame(frames.get(i).kind, frames.get(i).href);
            reopened.transparent = frames.get(i).transparent;
            open.push(reopened);
        }
        hasText = false;
        textOutsideStrong = false;
        pendingSpace = false;
        return result;
    }

    private static final class Frame {
        final Kind kind;
        final String href;
        final List<Inline> children;
        /** Transparent elements open on top of this frame. */
        int transparent;

        Frame(Kind kind, String href) {
            this(kind, href, new ArrayList<>());
        }

        Frame(Kind kind, String href, List<Inline> children) {
            this.kind = kind;
            this.href = href;
            this.children = children;
        }

        /** The frame as inlines for its parent: nothing when empty, its children when transparent. */
        List<Inline> build() {
            List<Inline> merged = mergeTexts(children);
            if (merged.isEmpty()) {
                return List.of();
            }
            return switch (kind) {
                case EMPHASIS -> List.of(new Emphasis(merged));
                case STRONG -> List.of(new Strong(merged));
                case LINK -> List.of(new Link(href, merged));
                case ROOT, TRANSPARENT -> merged;
            };
        }
    }

    /** Joins neighbouring text runs into one, so the model does not keep the page's arbitrary splits. */
    static List<Inline> mergeTexts(List<Inline> inlines) {
        List<Inline> merged = new ArrayList<>(inlines.size());
        StringBuilder run = null;
        for (Iterator<Inline> it = inlines.iterator(); it.hasNext(); ) {
            Inline inline = it.next();
            if (inline instanceof Text text) {
                if (run == null) {
                    run = new StringBuilder();
                }
                run.append(text.text());
            } else {
                if (run != null) {
                    merged.add(new Text(run.toString()));
                    run = null;
                }
                merged.add(inline);
            }
        }
        if (run != null) {
            merged.add(new Text(run.toString()));
        }
        return merged;
    }
}
