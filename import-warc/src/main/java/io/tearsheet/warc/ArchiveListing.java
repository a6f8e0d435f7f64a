package io.tearsheet.warc;

import io.tearsheet.batch.ContainedArticle;
import io.tearsheet.warc.internal.DamagedEntry;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link WarcArticles#list} found in a set of web archives: the pages to read, the damaged records, how many
 * records of each kind every file held, and (when asked for) every record with what becomes of it.
 *
 * @since 0.1.0
 */
public final class ArchiveListing {
    private final List<ArchivedPage> pages;
    private final List<ArchivedRecord> damaged;
    private final List<ArchivedRecord> records;
    private final Map<Path, Map<Disposition, Integer>> counts;

    ArchiveListing(List<ArchivedPage> pages, List<ArchivedRecord> damaged, List<ArchivedRecord> records,
                   Map<Path, Map<Disposition, Integer>> counts) {
        this.pages = List.copyOf(pages);
        this.damaged = List.copyOf(damaged);
        this.records = List.copyOf(records);
        Map<Path, Map<Disposition, Integer>> copy = new LinkedHashMap<>();
        counts.forEach((file, byDisposition) -> copy.put(file, java.util.Collections.unmodifiableMap(
                new EnumMap<>(byDisposition))));
        this.counts = java.util.Collections.unmodifiableMap(copy);
    }

    /** The pages to read, in file order, each named uniquely. */
    public List<ArchivedPage> pages() {
        return pages;
    }

    /** The records that could not be read, in file order. */
    public List<ArchivedRecord> damaged() {
        return damaged;
    }

    /**
     * Every record of the archives, in file order, with its disposition; empty unless the listing was made with
     * {@link WarcArticles#listEveryRecord}.
     */
    public List<ArchivedRecord> records() {
        return records;
    }

    /** How many records of each disposition each archive file held, files in the order given. */
    public Map<Path, Map<Disposition, Integer>> counts() {
        return counts;
    }

    /**
     * The pages and the damaged records as entries of a batch, in file order: a damaged record is an entry whose
     * reading fails with a message naming the file and the offset.
     */
    public List<ContainedArticle> entries() {
        List<Path> files = new ArrayList<>(counts.keySet());
        record Placed(int file, long offset, ContainedArticle entry) {
        }
        List<Placed> placed = new ArrayList<>();
        for (ArchivedPage page : pages) {
            placed.add(new Placed(files.indexOf(page.record().file()), page.record().offset(), page));
        }
        for (ArchivedRecord record : damaged) {
            placed.add(new Placed(files.indexOf(record.file()), record.offset(), new DamagedEntry(record)));
        }
        placed.sort(Comparator.comparingInt(Placed::file).thenComparingLong(Placed::offset));
        return placed.stream().map(Placed::entry).toList();
    }

    /**
     * One line per file: {@code crawl.warc.gz: 14 records, 6 pages; left out 6 request, 1 warcinfo, 1 not HTML;
     * 1 damaged}.
     */
    public List<String> notes() {
        List<String> notes = new ArrayList<>();
        counts.forEach((file, byDisposition) -> {
            int total = byDisposition.values().stream().mapToInt(Integer::intValue).sum();
            StringBuilder note = new StringBuilder(file.toString()).append(": ").append(total)
                    .append(total == 1 ? " record, " : " records, ")
                    .append(byDisposition.getOrDefault(Disposition.PAGE, 0)).append(" to read");
            List<String> leftOut = new ArrayList<>();
            byDisposition.forEach((disposition, n) -> {
                if (disposition != Disposition.PAGE && disposition != Disposition.DAMAGED && n > 0) {
                    leftOut.add(n + " " + disposition.label());
                }
            });
            if (!leftOut.isEmpty()) {
                note.append("; left out ").append(String.join(", ", leftOut));
            }
            int bad = byDisposition.getOrDefault(Disposition.DAMAGED, 0);
            if (bad > 0) {
                note.append("; ").append(bad).append(" damaged");
            }
            notes.add(note.toString());
        });
        return notes;
    }
}
