package io.tearsheet.quotes.internal;

import io.tearsheet.model.Source;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Source ids for the entities quoted, {@code s1, s2, …} in the order they are first asked for, skipping the ids
 * of sources the article already has. Per call, never shared.
 */
final class SourceIds {
    private final Map<Entity, String> ids = new LinkedHashMap<>();
    private final Set<String> taken = new HashSet<>();
    private int next = 1;

    SourceIds(List<Source> existing) {
        for (Source s : existing) {
            taken.add(s.id());
        }
    }

    /** The entity's source id, given on first request. */
    String of(Entity entity) {
        String id = ids.get(entity);
        if (id == null) {
            while (taken.contains("s" + next)) {
                next++;
            }
            id = "s" + next++;
            ids.put(entity, id);
        }
        return id;
    }

    /** The existing sources followed by a source for each entity given an id, in the order of the ids. */
    List<Source> appendTo(List<Source> existing) {
        List<Source> sources = new ArrayList<>(existing);
        for (Map.Entry<Entity, String> entry : ids.entrySet()) {
            Entity e = entry.getKey();
            sources.add(new Source(entry.getValue(), e.name(), e.kind(), e.description(), List.copyOf(e.aliases())));
        }
        return sources;
    }
}
