package liquibase.ext.syzygy.schema;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The tables and columns the changelog itself describes, rebuilt by replaying its changes without a database.
 *
 * <p>It knows only what the changelog tells: a table the changelog never creates is unknown, and a table that
 * raw SQL may have altered is forgotten, so that checks built on it say nothing rather than guess.
 */
public final class SchemaModel {

    private final Map<DbObject, TableState> tables = new HashMap<>();

    /** The table {@code table} names, if the changelog describes it (a schema-less name matches a unique table). */
    Optional<TableState> table(DbObject table) {
        TableState exact = tables.get(table);
        if (exact != null) {
            return Optional.of(exact);
        }
        List<TableState> candidates = tables.entrySet().stream()
                .filter(e -> e.getKey().mayBeSameAs(table))
                .map(Map.Entry::getValue)
                .toList();
        return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
    }

    /** The state of a column, if the changelog describes it. */
    public Optional<ColumnState> column(DbObject table, String column) {
        return table(table).flatMap(t -> t.column(column));
    }

    /** Whether a changeset that already ran created {@code table}. */
    public boolean existedBefore(DbObject table) {
        return table(table).map(TableState::existedBefore).orElse(false);
    }

    void create(DbObject table, boolean existedBefore) {
        tables.put(table, new TableState(existedBefore));
    }

    void drop(DbObject table) {
        table(table).ifPresent(state -> tables.values().remove(state));
    }

    void rename(DbObject from, DbObject to) {
        table(from).ifPresent(state -> {
            tables.values().remove(state);
            tables.put(to, state);
        });
    }

    /** Forgets every table whose name appears as a word in {@code sql}: the SQL may have changed it. */
    void forgetTablesMentionedIn(String sql) {
        tables.keySet().removeIf(table -> Pattern.compile(
                        "\\b" + Pattern.quote(table.name()) + "\\b", Pattern.CASE_INSENSITIVE)
                .matcher(sql)
                .find());
    }

    /** Forgets everything: an opaque change may have changed any table. */
    void forgetAll() {
        tables.clear();
    }
}
