package io.tearsheet.epub.internal;

import java.util.List;

import io.tearsheet.model.Metadata;

/**
 * What the first pass over a book learns about one article, kept while the rest is read again article by article.
 *
 * @param given       the article's index in the book's article source
 * @param metadata    its metadata (for the contents, the order and the package)
 * @param fingerprint its content fingerprint, to check that the second read returns the same article
 * @param identifier  its own identifier, which goes into the book's
 * @param quoted      whether it has numbered quotations (and so may get a "Sources quoted" page)
 * @param attributed  whether any of its quotations names a source (and so appears in the book's index)
 * @param figures     whether it has figures
 * @param images      what the first pass found of its figures' images (their bytes are read again later)
 */
record ChapterPlan(int given, Metadata metadata, String fingerprint, String identifier, boolean quoted,
                   boolean attributed, boolean figures, Images images) {

    /**
     * The images of an article's figures, without their bytes.
     *
     * @param firstNumber the number of its first image; the numbers continue across the book
     * @param manifest    the manifest items of its images
     * @param fingerprint the image files' names and digests, to check the second read against
     * @param state       what the accessibility metadata says of them
     * @param notes       its figures shown without their image
     */
    record Images(int firstNumber, List<ManifestItem> manifest, List<String> fingerprint,
                  Accessibility.FigureState state, List<String> notes) {
        Images {
            manifest = List.copyOf(manifest);
            fingerprint = List.copyOf(fingerprint);
            notes = List.copyOf(notes);
        }

        static Images of(FigureFiles files, int firstNumber) {
            List<ManifestItem> manifest = new java.util.ArrayList<>();
            files.manifest(manifest);
            return new Images(firstNumber, manifest, files.fingerprint(), files.state(), files.notes());
        }
    }
}
