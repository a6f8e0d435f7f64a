package io.tearsheet.pdf.internal.tagging;

import io.tearsheet.pdf.internal.output.StreamingPdfWriter;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The logical structure of a tagged PDF (ISO 32000-1 §14.7–14.8), built in reading order while pages are drawn:
 * each drawn piece of content is a marked-content sequence with an MCID that points back to its element, and
 * each element lists its content. {@link #write} turns it into the structure tree root, the parent tree and
 * {@code /MarkInfo}, after which this tree is empty. One export's; not thread-safe.
 */
public final class StructureTree {
    private static final COSName MARK_INFO = COSName.getPDFName("MarkInfo");
    private static final COSName ALT = COSName.getPDFName("Alt");
    private static final COSName OBJ = COSName.getPDFName("Obj");
    private static final COSName PG = COSName.getPDFName("Pg");

    private final StructNode document = new StructNode("Document", null);
    private final List<StructNode> attached = new ArrayList<>();
    private final Map<COSDictionary, PageMarks> pages = new IdentityHashMap<>();
    /**
     * Parent-tree entries in key order: a {@link PageMarks} or a single annotation's node, or its PDF object once
     * {@link #flush} has written it.
     */
    private final List<Object> parentTree = new ArrayList<>();
    /** The keys of entries not yet written by {@link #flush}. */
    private final List<Integer> open = new ArrayList<>();
    private COSDictionary root;

    public StructureTree() {
        document.markAttached();
        attached.add(document);
    }

    /** The root element, {@code Document}. */
    public StructNode document() {
        return document;
    }

    /**
     * Records that content about to be drawn on {@code page} belongs to {@code node}, attaching the node (and
     * any unattached ancestors) to the tree first.
     *
     * @return the MCID to put in the content's {@code BDC} operator
     */
    public int mark(StructNode node, COSDictionary page) {
        attach(node);
        PageMarks marks = pages.get(page);
        if (marks == null) {
            marks = new PageMarks(parentTree.size(), page);
            parentTree.add(marks);
            pages.put(page, marks);
            open.add(marks.key);
            page.setInt(COSName.STRUCT_PARENTS, marks.key);
        }
        int mcid = marks.owners.size();
        marks.owners.add(node);
        node.kids().add(new ContentRef(page, mcid));
        return mcid;
    }

    /** Records that {@code annotation} on {@code page} belongs to {@code node} (a Link). */
    public void annotate(StructNode node, COSDictionary page, COSDictionary annotation) {
        attach(node);
        annotation.setInt(COSName.STRUCT_PARENT, parentTree.size());
        open.add(parentTree.size());
        parentTree.add(node);
        node.kids().add(new AnnotationRef(page, annotation));
    }

    /** Makes {@code node} a child of its parent (in reading order), attaching ancestors first. */
    public void attach(StructNode node) {
        List<StructNode> chain = new ArrayList<>();
        for (StructNode n = node; n != null && !n.isAttached(); n = n.parent()) {
            chain.add(n);
        }
        for (int i = chain.size() - 1; i >= 0; i--) {
            StructNode n = chain.get(i);
            if (n.parent() == null) {
                throw new IllegalStateException("structure node " + n.type() + " has no parent");
            }
            n.parent().kids().add(n);
            n.markAttached();
            attached.add(n);
        }
    }

    /** Whether the page has marked content (so it needs {@code /StructParents}). */
    public boolean hasMarks(COSDictionary page) {
        return pages.containsKey(page);
    }

    /** A coordinate to the hundredth of a point, which is all a bounding box needs. */
    private static COSFloat point(float value) {
        return new COSFloat(Math.round(value * 100) / 100f);
    }

    /**
     * Writes a finished subtree, {@code top} and everything under it, to {@code writer} now, with the parent-tree
     * entries of the pages and links it completes; then lets go of its kids, keeping only the emptied
     * dictionaries for whatever still refers to them (the parent's kids, pages still open). Nothing may be marked
     * for these nodes afterwards. The root and {@code top}'s ancestors are deferred to the end, when {@link #write}
     * completes them.
     */
    public void flush(StructNode top, StreamingPdfWriter writer) throws IOException {
        List<StructNode> nodes = new ArrayList<>();
        for (StructNode node : attached) {
            if (isWithin(node, top)) {
                nodes.add(node);
            }
        }
        if (nodes.isEmpty()) {
            return;
        }
        writer.defer(root());
        for (StructNode ancestor = top.parent(); ancestor != null; ancestor = ancestor.parent()) {
            writer.defer(element(ancestor));
        }
        for (StructNode node : nodes) {
            element(node);
        }
        for (StructNode node : nodes) {
            fill(node);
        }
        List<COSArray> owners = new ArrayList<>();
        for (Iterator<Integer> keys = open.iterator(); keys.hasNext(); ) {
            int key = keys.next();
            Object entry = parentTree.get(key);
            if (entry instanceof PageMarks marks && marks.isComplete()) {
                COSArray array = marks.owners();
                writer.number(array);
                owners.add(array);
                parentTree.set(key, array);
                pages.remove(marks.page);
                keys.remove();
            } else if (entry instanceof StructNode node && node.cos != null) {
                parentTree.set(key, (COSDictionary) node.cos);
                keys.remove();
            }
        }
        writer.write((COSDictionary) top.cos);
        for (COSArray array : owners) {
            writer.write(array);
        }
        Set<StructNode> done = Collections.newSetFromMap(new IdentityHashMap<>());
        done.addAll(nodes);
        attached.removeIf(done::contains);
        for (StructNode node : nodes) {
            // The (emptied) element stays: pages not yet complete may still list it as an owner.
            node.kids().clear();
            node.markWritten();
        }
    }

    /**
     * Writes out, by {@link #flush}, every finished subtree under {@code parent}: a child is finished once a later
     * sibling has content, since content is marked in reading order and only when its page is drawn. Descends into
     * the last child with content, which may still grow. For long lists (a book's contents and index), whose
     * elements need not wait for the end.
     */
    public void flushFinished(StructNode parent, StreamingPdfWriter writer) throws IOException {
        StructNode last = null;
        List<StructNode> finished = new ArrayList<>();
        for (Object kid : parent.kids()) {
            if (kid instanceof StructNode child && !child.isWritten()) {
                if (last != null) {
                    finished.add(last);
                }
                last = child;
            }
        }
        for (StructNode child : finished) {
            flush(child, writer);
        }
        if (last != null) {
            flushFinished(last, writer);
        }
    }

    /**
     * Writes the structure tree root, the parent tree and the mark information into the catalog, then empties
     * this tree: call it once, last.
     */
    public void write(PDDocument pdf) {
        COSDictionary root = root();
        for (StructNode node : attached) {
            element(node);
        }
        for (StructNode node : attached) {
            fill(node);
        }
        root.setItem(COSName.K, (COSDictionary) document.cos);
        COSArray nums = new COSArray();
        for (int key = 0; key < parentTree.size(); key++) {
            Object entry = parentTree.get(key);
            nums.add(COSInteger.get(key));
            if (entry instanceof PageMarks marks) {
                nums.add(marks.owners());
            } else if (entry instanceof StructNode node) {
                nums.add((COSDictionary) node.cos);
            } else {
                nums.add((COSBase) entry); // written early by flush
            }
        }
        COSDictionary numberTree = new COSDictionary();
        numberTree.setItem(COSName.NUMS, nums);
        root.setItem(COSName.PARENT_TREE, numberTree);
        root.setInt(COSName.PARENT_TREE_NEXT_KEY, parentTree.size());
        PDDocumentCatalog catalog = pdf.getDocumentCatalog();
        catalog.getCOSObject().setItem(COSName.STRUCT_TREE_ROOT, root);
        COSDictionary markInfo = new COSDictionary();
        markInfo.setBoolean(COSName.getPDFName("Marked"), true);
        catalog.getCOSObject().setItem(MARK_INFO, markInfo);
        release();
    }

    private COSDictionary root() {
        if (root == null) {
            root = new COSDictionary();
            root.setItem(COSName.TYPE, COSName.getPDFName("StructTreeRoot"));
        }
        return root;
    }

    /** The node's element dictionary, made now if it has none yet. */
    private static COSDictionary element(StructNode node) {
        if (node.cos == null) {
            COSDictionary dictionary = new COSDictionary();
            dictionary.setItem(COSName.TYPE, COSName.getPDFName("StructElem"));
            dictionary.setItem(COSName.S, COSName.getPDFName(node.type()));
            node.cos = dictionary;
        }
        return (COSDictionary) node.cos;
    }

    /** Gives the node's element its parent, page, kids and attributes; every kid's element must exist. */
    private void fill(StructNode node) {
        COSDictionary dictionary = (COSDictionary) node.cos;
        dictionary.setItem(COSName.P, node.parent() == null ? root : (COSDictionary) node.parent().cos);
        COSDictionary firstPage = firstPage(node);
        if (firstPage != null) {
            dictionary.setItem(PG, firstPage);
        }
        COSArray kids = new COSArray();
        for (Object kid : node.kids()) {
            kids.add(kidObject(kid, firstPage));
        }
        dictionary.setItem(COSName.K, kids);
        if (node.alt() != null) {
            dictionary.setItem(ALT, new COSString(node.alt()));
        }
        if (node.actualText() != null) {
            dictionary.setItem(COSName.ACTUAL_TEXT, new COSString(node.actualText()));
        }
        if (node.language() != null) {
            dictionary.setItem(COSName.LANG, new COSString(node.language()));
        }
        if (node.title() != null) {
            dictionary.setItem(COSName.T, new COSString(node.title()));
        }
        if (node.id() != null) {
            dictionary.setItem(COSName.ID, new COSString(node.id().getBytes(StandardCharsets.US_ASCII)));
        }
        float[] box = node.boundingBox();
        if (box != null) {
            // the Layout attribute a Figure's bounding box belongs to (ISO 32000-1, 14.8.5.4)
            COSDictionary layout = new COSDictionary();
            layout.setItem(COSName.O, COSName.getPDFName("Layout"));
            layout.setItem(COSName.BBOX, new COSArray(List.of(point(box[0]), point(box[1]),
                    point(box[2]), point(box[3]))));
            dictionary.setItem(COSName.A, layout);
        }
    }

    private static boolean isWithin(StructNode node, StructNode top) {
        for (StructNode n = node; n != null; n = n.parent()) {
            if (n == top) {
                return true;
            }
        }
        return false;
    }

    /**
     * Lets go of the nodes once their dictionaries exist: a book's tree has about 90 elements and 170 content
     * references per article, and holding both forms through the save doubled its share of the heap.
     */
    private void release() {
        for (StructNode node : attached) {
            node.kids().clear();
            node.cos = null;
        }
        attached.clear();
        pages.clear();
        parentTree.clear();
        open.clear();
        root = null;
    }

    private static COSDictionary firstPage(StructNode node) {
        for (Object kid : node.kids()) {
            if (kid instanceof ContentRef ref) {
                return ref.page();
            }
        }
        return null;
    }

    private static COSBase kidObject(Object kid, COSDictionary elementPage) {
        if (kid instanceof StructNode child) {
            return (COSDictionary) child.cos;
        }
        if (kid instanceof ContentRef ref) {
            if (ref.page() == elementPage) {
                return COSInteger.get(ref.mcid());
            }
            COSDictionary mcr = new COSDictionary();
            mcr.setItem(COSName.TYPE, COSName.getPDFName("MCR"));
            mcr.setItem(PG, ref.page());
            mcr.setInt(COSName.MCID, ref.mcid());
            return mcr;
        }
        AnnotationRef ref = (AnnotationRef) kid;
        COSDictionary objr = new COSDictionary();
        objr.setItem(COSName.TYPE, COSName.getPDFName("OBJR"));
        objr.setItem(PG, ref.page());
        objr.setItem(OBJ, ref.annotation());
        return objr;
    }

    /** The owners of a page's MCIDs, by MCID, under one parent-tree key. */
    private static final class PageMarks {
        final int key;
        final COSDictionary page;
        final List<StructNode> owners = new ArrayList<>();

        PageMarks(int key, COSDictionary page) {
            this.key = key;
            this.page = page;
        }

        /** Whether every owner's element exists. */
        boolean isComplete() {
            for (StructNode owner : owners) {
                if (owner.cos == null) {
                    return false;
                }
            }
            return true;
        }

        COSArray owners() {
            COSArray array = new COSArray();
            for (StructNode owner : owners) {
                array.add((COSDictionary) owner.cos);
            }
            return array;
        }
    }
}
