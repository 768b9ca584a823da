package org.llm4rec.explorer.dataset.imports;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.llm4rec.explorer.domain.Item;

/**
 * A file of any layout read through a {@link ColumnMapping}: the items file first when there is one (only its
 * items may then be rated), else each item is added when first seen, with the fields its row maps.
 */
public final class MappedFile implements DatasetFormat {
    private final ColumnMapping mapping;

    public MappedFile(ColumnMapping mapping) {
        this.mapping = mapping;
    }

    @Override
    public String name() {
        return "Mapped columns (" + mapping.interactions().layout().describe() + ")";
    }

    @Override
    public String itemKind() {
        return "item";
    }

    @Override
    public boolean detects(DatasetSource source) {
        return true;
    }

    @Override
    public List<SourceFile> files(DatasetSource source) {
        try {
            List<SourceFile> files = new ArrayList<>();
            if (mapping.items() != null) {
                files.add(DatasetSource.file(mapping.items().file()));
            }
            files.add(DatasetSource.file(mapping.interactions().file()));
            return files;
        } catch (IOException e) {
            throw new ImportException("Cannot read " + e.getMessage() + ".", e);
        }
    }

    @Override
    public void read(DatasetSource source, ImportSession session) throws IOException {
        List<SourceFile> files = files(source);
        if (mapping.items() != null) {
            read(files.get(0), mapping.items(), session, (row, file, line) -> {
                if (row.item().isEmpty()) {
                    session.skip(file, line, "the item id is empty");
                } else {
                    session.item(file, line, item(row), null);
                }
            });
        }
        session.itemsFromInteractions(mapping.items() == null);
        boolean itemFields = mapping.items() == null && mapping.interactions().columns().keySet().stream()
                .anyMatch(r -> r != Role.ITEM && Role.itemRoles().contains(r));
        Set<String> seen = new HashSet<>();
        read(files.get(files.size() - 1), mapping.interactions(), session, (row, file, line) -> {
            if (row.user().isEmpty() || row.item().isEmpty()) {
                session.skip(file, line, row.user().isEmpty() ? "the user id is empty" : "the item id is empty");
                return;
            }
            if (itemFields && seen.add(row.item())) {
                session.item(file, line, item(row), null);
            }
            session.interaction(file, line, row.user(), row.item(), row.rating(), row.timestamp(), null);
        });
    }

    private static Item item(MappedRow row) {
        return new Item(row.item(), row.title().isEmpty() ? row.item() : row.title(), row.creator(), row.year(),
                row.categories(), 0);
    }

    private interface RowHandler {
        void handle(MappedRow row, String file, long line);
    }

    private void read(SourceFile file, ColumnMapping.FileMapping fileMapping, ImportSession session,
                      RowHandler handler) throws IOException {
        TextLayout layout = fileMapping.layout();
        InputStream in = session.open(file);
        List<String> keys = layout.json() ? List.copyOf(new HashSet<>(fileMapping.columns().values())) : null;
        try (TabularReader reader = TabularReader.open(file.name(), in, layout, keys)) {
            RowMapper mapper = new RowMapper(file.name(), reader.columns(), fileMapping.columns(),
                    mapping.categorySeparator());
            if (!mapper.missing().isEmpty()) {
                throw new ImportException(mapper.missing().get(0) + ".");
            }
            for (List<String> row = reader.next(); row != null; row = reader.next()) {
                if (reader.problem() != null) {
                    session.skip(file.name(), reader.line(), reader.problem());
                    continue;
                }
                try {
                    handler.handle(mapper.map(row, !layout.json()), file.name(), reader.line());
                } catch (RowMapper.BadValue e) {
                    session.skip(file.name(), reader.line(), e.getMessage());
                }
            }
        }
    }
}
