package io.tearsheet.warc;

import io.tearsheet.batch.ContainerOptions;
import io.tearsheet.export.ImageLimits;
import io.tearsheet.export.ImageResolver;
import io.tearsheet.warc.internal.ArchiveImages;
import io.tearsheet.warc.internal.CaptureReading;
import io.tearsheet.warc.internal.ContentTypes;
import io.tearsheet.warc.internal.PageNames;
import io.tearsheet.warc.internal.PayloadKind;
import io.tearsheet.warc.internal.RecordFacts;
import io.tearsheet.warc.internal.RecordScanner;
import io.tearsheet.warc.internal.Scanned;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Makes one {@link ArchiveListing}: scans every file once, says what each record is, resolves revisits against
 * every capture seen (in the archives and in the files of originals), and names the pages. Holds, per record, its
 * header facts, never its payload. Used once, by one thread.
 */
final class ListingBuilder {
    private final ContainerOptions selection;
    private final CaptureReading reading;
    private final long maxPayloadBytes;
    private final ImageLimits imageLimits;
    private final boolean keepRecords;

    private final List<ArchivedRecord> every = new ArrayList<>();
    private final Map<Path, Map<Disposition, Integer>> counts = new LinkedHashMap<>();
    private final Map<Path, Boolean> compressed = new HashMap<>();
    private final List<Path> order = new ArrayList<>();
    private final List<ArchivedRecord> pages = new ArrayList<>();
    private final Map<ArchivedRecord, ArchivedRecord> payloadOf = new HashMap<>();
    private final List<ArchivedRecord> damaged = new ArrayList<>();
    private final List<Candidate> candidates = new ArrayList<>();
    private final List<Revisit> revisits = new ArrayList<>();
    private final Set<String> otherCaptures = new HashSet<>();
    private final Map<String, ArchiveImages.Capture> images = new HashMap<>();

    /** A capture that a revisit may point at: a page, read here or not. */
    private record Candidate(ArchivedRecord record, boolean read) {
    }

    /** A revisit waiting for every capture to be seen, and where it sits in the list of every record. */
    private record Revisit(ArchivedRecord record, RecordFacts facts, int index) {
    }

    ListingBuilder(ContainerOptions selection, CaptureReading reading, long maxPayloadBytes, ImageLimits imageLimits,
                   boolean keepRecords) {
        this.selection = selection;
        this.reading = reading;
        this.maxPayloadBytes = maxPayloadBytes;
        this.imageLimits = imageLimits;
        this.keepRecords = keepRecords;
    }

    ArchiveListing build(List<Path> archives, List<Path> originals) throws IOException {
        for (Path file : archives) {
            counts.put(file, new EnumMap<>(Disposition.class));
            order.add(file);
            scan(file, false);
        }
        for (Path file : originals) {
            if (!counts.containsKey(file)) {
                order.add(file);
                scan(file, true);
            }
        }
        resolveRevisits();
        return new ArchiveListing(named(), damaged, keepRecords ? every : List.of(), counts);
    }

    private void scan(Path file, boolean originalsOnly) throws IOException {
        try (RecordScanner scanner = new RecordScanner(FileChannel.open(file, StandardOpenOption.READ))) {
            compressed.put(file, scanner.compressed());
            for (Scanned scanned; (scanned = scanner.next()) != null; ) {
                classify(file, scanned, originalsOnly);
            }
        }
    }

    private void classify(Path file, Scanned scanned, boolean originalsOnly) {
        RecordFacts f = scanned.facts();
        ArchivedRecord record = new ArchivedRecord(file, f.offset(), f.length(), f.type(), f.recordId(),
                f.targetUri(), f.date(), f.payloadDigest(), f.httpStatus(), f.contentType(), Disposition.OTHER, null);
        if (scanned.damage() != null) {
            record = record.as(Disposition.DAMAGED, scanned.damage());
            if (!originalsOnly) {
                damaged.add(record);
            }
            keep(record, originalsOnly);
            return;
        }
        String type = f.type() == null ? "" : f.type();
        if (f.segmented()) {
            keep(record.as(Disposition.OTHER, "a segment of a record split over several, which is not read"),
                    originalsOnly);
            return;
        }
        switch (type) {
            case "warcinfo" -> keep(record.as(Disposition.WARCINFO, null), originalsOnly);
            case "request" -> keep(record.as(Disposition.REQUEST, null), originalsOnly);
            case "metadata" -> keep(record.as(Disposition.METADATA, null), originalsOnly);
            case "revisit" -> {
                if (!originalsOnly) {
                    revisits.add(new Revisit(record, f, every.size()));
                    keep(record.as(Disposition.REVISIT_UNRESOLVED, null), false);
                }
            }
            case "response", "resource", "conversion" -> capture(record, f, originalsOnly);
            default -> keep(record.as(Disposition.OTHER, "record type " + (type.isEmpty() ? "missing" : type)),
                    originalsOnly);
        }
    }

    private void capture(ArchivedRecord record, RecordFacts f, boolean originalsOnly) {
        boolean response = "response".equals(f.type());
        boolean page = f.kind() == PayloadKind.HTML || f.kind() == PayloadKind.TEXT;
        // a response without HTTP (a DNS answer) has no status: it is simply not a page
        if (response && f.httpStatus() != 0 && f.httpStatus() != 200) {
            keep(record.as(Disposition.NOT_OK, "HTTP status " + f.httpStatus()), originalsOnly);
            return;
        }
        if (!page) {
            if (response && ContentTypes.isImage(f.contentType()) && f.targetUri() != null && f.length() > 0) {
                images.putIfAbsent(ArchiveImages.withoutFragment(f.targetUri().strip()),
                        new ArchiveImages.Capture(record.file(), record.offset(), record.length()));
            }
            otherCaptures.add(key(f.recordId()));
            keep(record.as(Disposition.NOT_HTML, f.contentType() == null ? null : f.contentType()), originalsOnly);
            return;
        }
        ArchivedRecord placed;
        if (originalsOnly) {
            placed = record.as(Disposition.EXCLUDED, "in a file of originals");
        } else if (f.length() > maxPayloadBytes * 2 + 65536) {
            placed = record.as(Disposition.TOO_LARGE, f.length() + " bytes");
        } else if (!selection.selects(f.targetUri())) {
            placed = record.as(Disposition.EXCLUDED, null);
        } else {
            placed = record.as(Disposition.PAGE, null);
            pages.add(placed);
            payloadOf.put(placed, placed);
        }
        candidates.add(new Candidate(placed, placed.disposition() == Disposition.PAGE));
        keep(placed, originalsOnly);
    }

    private void keep(ArchivedRecord record, boolean originalsOnly) {
        if (originalsOnly) {
            return;
        }
        if (keepRecords) {
            every.add(record);
        } else {
            every.add(null); // keeps revisits' indexes right without holding the records
        }
        counts.get(record.file()).merge(record.disposition(), 1, Integer::sum);
    }

    /**
     * Each revisit is matched to its original by {@code WARC-Refers-To}, then by the address and date it refers
     * to, then by payload digest. A revisit of a page read here is left out; a revisit of a capture that is not
     * read (left out by the selection, or in a file of originals) is read in its place, once per capture.
     */
    private void resolveRevisits() {
        if (revisits.isEmpty()) {
            return;
        }
        Map<String, Candidate> byId = new HashMap<>();
        Map<String, Candidate> byAddressAndDate = new HashMap<>();
        Map<String, Candidate> byDigest = new HashMap<>();
        for (Candidate candidate : candidates) {
            ArchivedRecord r = candidate.record();
            if (r.recordId() != null) {
                byId.putIfAbsent(key(r.recordId()), candidate);
            }
            if (r.targetUri() != null && r.date() != null) {
                byAddressAndDate.putIfAbsent(r.targetUri().strip() + " " + r.date().strip(), candidate);
            }
            if (r.payloadDigest() != null) {
                byDigest.putIfAbsent(key(r.payloadDigest()), candidate);
            }
        }
        Map<ArchivedRecord, ArchivedRecord> readThrough = new HashMap<>();
        for (Revisit revisit : revisits) {
            RecordFacts f = revisit.facts();
            ArchivedRecord record = revisit.record();
            Candidate original = null;
            if (f.refersTo() != null) {
                original = byId.get(key(f.refersTo()));
            }
            if (original == null && f.refersToTargetUri() != null && f.refersToDate() != null) {
                original = byAddressAndDate.get(f.refersToTargetUri().strip() + " " + f.refersToDate().strip());
            }
            if (original == null && f.payloadDigest() != null) {
                original = byDigest.get(key(f.payloadDigest()));
            }
            ArchivedRecord resolved;
            if (!selection.selects(f.targetUri())) {
                resolved = record.as(Disposition.EXCLUDED, null);
            } else if (original == null) {
                boolean other = f.kind() == PayloadKind.OTHER
                        || (f.refersTo() != null && otherCaptures.contains(key(f.refersTo())));
                resolved = other ? record.as(Disposition.NOT_HTML, f.contentType())
                        : record.as(Disposition.REVISIT_UNRESOLVED, "its original "
                        + (f.refersTo() != null ? f.refersTo() : f.payloadDigest() != null ? "with payload "
                        + f.payloadDigest() : "capture") + " is in none of the files given");
            } else {
                ArchivedRecord o = original.record();
                if (original.read()) {
                    resolved = record.as(Disposition.REVISIT_OF_PAGE, "revisits " + o.recordId() + " at "
                            + o.place() + ", which is read");
                } else if (o.disposition() == Disposition.TOO_LARGE) {
                    resolved = record.as(Disposition.TOO_LARGE, "its original at " + o.place() + " is too large");
                } else if (readThrough.containsKey(o)) {
                    resolved = record.as(Disposition.REVISIT_OF_PAGE, "revisits " + o.recordId() + " at "
                            + o.place() + ", read through the revisit at " + readThrough.get(o).place());
                } else {
                    resolved = record.as(Disposition.PAGE, "revisits " + o.recordId() + " at " + o.place()
                            + ", which is not read itself");
                    readThrough.put(o, resolved);
                    pages.add(resolved);
                    payloadOf.put(resolved, o);
                }
            }
            Map<Disposition, Integer> fileCounts = counts.get(record.file());
            fileCounts.merge(Disposition.REVISIT_UNRESOLVED, -1, Integer::sum);
            fileCounts.remove(Disposition.REVISIT_UNRESOLVED, 0);
            fileCounts.merge(resolved.disposition(), 1, Integer::sum);
            if (keepRecords) {
                every.set(revisit.index(), resolved);
            }
        }
    }

    /** The pages in file order, named. */
    private List<ArchivedPage> named() {
        pages.sort(Comparator.comparingInt((ArchivedRecord r) -> order.indexOf(r.file()))
                .thenComparingLong(ArchivedRecord::offset));
        List<PageNames.Request> requests = new ArrayList<>(pages.size());
        for (ArchivedRecord page : pages) {
            String stem = page.fileName().replaceAll("\\.(warc|wet)(\\.gz)?$", "");
            requests.add(new PageNames.Request(page.targetUri(), page.date(), page.offset(),
                    stem + "-" + page.offset()));
        }
        List<PageNames.Name> names = PageNames.assign(requests);
        ImageResolver pictures = new ArchiveImages(images, imageLimits);
        List<ArchivedPage> named = new ArrayList<>(pages.size());
        for (int i = 0; i < pages.size(); i++) {
            ArchivedRecord page = pages.get(i);
            ArchivedRecord payload = payloadOf.get(page);
            boolean gzip = compressed.get(page.file()) && compressed.get(payload.file());
            named.add(new ArchivedPage(page, payload, names.get(i).folder(), names.get(i).baseName(), gzip, reading,
                    pictures));
        }
        return named;
    }

    private static String key(String value) {
        return value.strip();
    }
}
