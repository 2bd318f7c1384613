package liquibase.ext.syzygy.schema;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A table as the changelog describes it so far. Mutable, but only inside one replay.
 *
 * <p>{@code existedBefore} says whether a changeset that already ran created it, i.e. whether the application
 * version running now may already write to it.
 */
final class TableState {

    private final Map<String, ColumnState> columns = new LinkedHashMap<>();
    private final boolean existedBefore;

    TableState(boolean existedBefore) {
        this.existedBefore = existedBefore;
    }

    boolean existedBefore() {
        return existedBefore;
    }

    Optional<ColumnState> column(String name) {
        return Optional.ofNullable(columns.get(key(name)));
    }

    void put(String name, ColumnState state) {
        columns.put(key(name), state);
    }

    void remove(String name) {
        columns.remove(key(name));
    }

    void update(String name, UnaryOperator<ColumnState> change) {
        columns.computeIfPresent(key(name), (k, state) -> change.apply(state));
    }

    void rename(String from, String to) {
        ColumnState state = columns.remove(key(from));
        if (state != null) {
            columns.put(key(to), state);
        }
    }

    private static String key(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }
}
