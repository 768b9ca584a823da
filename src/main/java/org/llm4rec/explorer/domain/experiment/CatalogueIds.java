package org.llm4rec.explorer.domain.experiment;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Every item id of a catalogue in a stable order (seeded draws repeat), with fast membership. */
public final class CatalogueIds {
    private final List<String> ids;
    private final Set<String> set;

    public CatalogueIds(List<String> ids) {
        this.ids = List.copyOf(ids);
        this.set = new HashSet<>(ids);
    }

    public int size() {
        return ids.size();
    }

    public String get(int index) {
        return ids.get(index);
    }

    public boolean contains(String id) {
        return set.contains(id);
    }

    public List<String> all() {
        return ids;
    }
}
