package io.tearsheet.html.internal;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The state of one read: where the page lives, what was removed and what was doubted. Made per call, never shared.
 */
public final class ReadContext {
    private final URI pageUrl;
    private final Path folder;
    private final RemovalLog removals = new RemovalLog();
    private final Set<String> notes = new LinkedHashSet<>();

    /**
     * @param pageUrl the page's absolute address, or null when unknown
     * @param folder  the folder the page was saved in, or null when it was not read from a file
     */
    public ReadContext(URI pageUrl, Path folder) {
        this.pageUrl = pageUrl;
        this.folder = folder;
    }

    /** The page's absolute address, or null when unknown. */
    public URI pageUrl() {
        return pageUrl;
    }

    /** The folder of the saved page, or null. */
    public Path folder() {
        return folder;
    }

    public RemovalLog removals() {
        return removals;
    }

    /** Records a doubt or decision, once however often it is made. */
    public void note(String note) {
        notes.add(note);
    }

    public List<String> notes() {
        return new ArrayList<>(notes);
    }
}
