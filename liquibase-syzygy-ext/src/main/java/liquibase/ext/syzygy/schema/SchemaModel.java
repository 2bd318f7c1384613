package liquibase.ext.syzygy.schema;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import liquibase.ext.syzygy.fact.DbObject;

/**
 * The tables and columns the changelog itself describes, rebuilt by replaying its changes without a database.
 *
 * <p>It knows only what the changelog tells: a table the changelog never creates is unknown, and a table that
 * raw SQL may have altered is forgotten, so that checks built on it say nothing rather than guess.
 *
 * <p>Tables are indexed by name, so that every lookup, drop and raw-SQL scan costs time proportional to the change,
 * not to the number of tables: a replay stays linear in the length of the changelog.
 */
public final class SchemaModel {

    /** Tables by name, then by schema-qualified identity (a name usually has one entry). */
    private final Map<String, Map<DbObject, TableState>> byName = new HashMap<>();

    /** The names that are not plain ASCII words, which raw SQL is searched for one by one. */
    private final Set<String> unusualNames = new HashSet<>();

    /** The table {@code table} names, if the changelog describes it (a schema-less name matches a unique table). */
    Optional<TableState> table(DbObject table) {
        return key(table).map(key -> byName.get(key.name()).get(key));
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
        put(table, new TableState(existedBefore));
    }

    void drop(DbObject table) {
        key(table).ifPresent(this::remove);
    }

    void rename(DbObject from, DbObject to) {
        key(from).ifPresent(key -> {
            TableState state = byName.get(key.name()).get(key);
            remove(key);
            put(to, state);
        });
    }

    /**
     * Forgets every table whose name appears as a word in {@code sql}: the SQL may have changed it. Names made of
     * ASCII letters, digits and underscores are looked up among the SQL's ASCII words (ignoring case), which
     * forgets at least every table that the word-boundary pattern used for other names finds.
     */
    void forgetTablesMentionedIn(String sql) {
        for (String word : asciiWords(sql)) {
            byName.remove(word);
        }
        unusualNames.removeIf(name -> {
            boolean mentioned = Pattern.compile("\\b" + Pattern.quote(name) + "\\b", Pattern.CASE_INSENSITIVE)
                    .matcher(sql)
                    .find();
            if (mentioned) {
                byName.remove(name);
            }
            return mentioned;
        });
    }

    /** Forgets everything: an opaque change may have changed any table. */
    void forgetAll() {
        byName.clear();
        unusualNames.clear();
    }

    /** The key of the table {@code table} names: itself, else the only table of that name it may be. */
    private Optional<DbObject> key(DbObject table) {
        Map<DbObject, TableState> named = byName.get(table.name());
        if (named == null) {
            return Optional.empty();
        }
        if (named.containsKey(table)) {
            return Optional.of(table);
        }
        List<DbObject> candidates =
                named.keySet().stream().filter(k -> k.mayBeSameAs(table)).toList();
        return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
    }

    private void put(DbObject table, TableState state) {
        byName.computeIfAbsent(table.name(), n -> new LinkedHashMap<>()).put(table, state);
        if (!isAsciiWord(table.name())) {
            unusualNames.add(table.name());
        }
    }

    private void remove(DbObject key) {
        Map<DbObject, TableState> named = byName.get(key.name());
        named.remove(key);
        if (named.isEmpty()) {
            byName.remove(key.name());
            unusualNames.remove(key.name());
        }
    }

    private static boolean isAsciiWord(String name) {
        return !name.isEmpty() && name.chars().allMatch(SchemaModel::isAsciiWordChar);
    }

    private static boolean isAsciiWordChar(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }

    /** The maximal runs of ASCII letters, digits and underscores in {@code sql}, lower-cased. */
    private static Set<String> asciiWords(String sql) {
        Set<String> words = new HashSet<>();
        int start = -1;
        for (int i = 0; i <= sql.length(); i++) {
            boolean word = i < sql.length() && isAsciiWordChar(sql.charAt(i));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                words.add(sql.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
        }
        return words;
    }
}
