package io.tearsheet.epub.internal;

import io.tearsheet.epub.BookArrangement;
import io.tearsheet.export.BookOrder;
import io.tearsheet.export.DisplayText;
import io.tearsheet.model.ArticleDate;
import io.tearsheet.model.Metadata;
import io.tearsheet.model.Series;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Orders a book's articles and groups its table of contents, as a {@link BookArrangement} asks: the reading order
 * is the contents' order, always.
 */
final class BookLayout {
    static final String UNDATED = "Undated";

    private BookLayout() {
    }

    /** A group of the contents: a heading (null for none) over articles, by position in {@code plans}. */
    record Group(String heading, List<Integer> members) {
    }

    /** The groups in reading order; concatenated, their members are the reading order. */
    static List<Group> arrange(List<ChapterPlan> plans, BookArrangement arrangement) {
        return switch (arrangement) {
            case AS_GIVEN -> asGiven(plans);
            case BY_SERIES -> bySeries(plans);
            case BY_DATE -> byDate(plans);
        };
    }

    private static List<Group> asGiven(List<ChapterPlan> plans) {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            all.add(i);
        }
        return List.of(new Group(null, all));
    }

    private static List<Group> bySeries(List<ChapterPlan> plans) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        Map<String, String> headings = new LinkedHashMap<>();
        for (int i = 0; i < plans.size(); i++) {
            Series series = plans.get(i).metadata().series();
            String key = series == null ? "article:" + i : "series:" + series.title().strip();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            headings.putIfAbsent(key, series == null ? null : series.title());
        }
        List<Group> result = new ArrayList<>();
        groups.forEach((key, members) -> {
            if (key.startsWith("series:")) {
                List<Integer> sorted = new ArrayList<>(members);
                sorted.sort(Comparator.comparing(i -> plans.get(i).metadata(), BookOrder.COMPARATOR));
                result.add(new Group(headings.get(key), sorted));
            } else {
                result.add(new Group(null, members));
            }
        });
        return merge(result);
    }

    private static List<Group> byDate(List<ChapterPlan> plans) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing(i -> plans.get(i).metadata().published(),
                Comparator.nullsLast(Comparator.<ArticleDate>naturalOrder())));
        List<Group> result = new ArrayList<>();
        String current = null;
        List<Integer> members = null;
        for (int i : order) {
            ArticleDate date = plans.get(i).metadata().published();
            String month = date == null ? UNDATED : DisplayText.month(date.date());
            if (!month.equals(current)) {
                members = new ArrayList<>();
                result.add(new Group(month, members));
                current = month;
            }
            members.add(i);
        }
        return result;
    }

    /** Joins neighbouring groups without a heading, so articles outside any series form one run. */
    private static List<Group> merge(List<Group> groups) {
        List<Group> merged = new ArrayList<>();
        for (Group group : groups) {
            Group last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (group.heading() == null && last != null && last.heading() == null) {
                last.members().addAll(group.members()); // members are this class's own mutable lists
            } else {
                merged.add(group);
            }
        }
        return merged;
    }

    /** The publication dates of the planned articles that have one, for the book's timestamp and title page. */
    static List<ArticleDate> dates(List<ChapterPlan> plans) {
        List<ArticleDate> dates = new ArrayList<>();
        for (ChapterPlan plan : plans) {
            Metadata m = plan.metadata();
            if (m.published() != null) {
                dates.add(m.published());
            }
        }
        return dates;
    }
}
