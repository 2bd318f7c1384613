package liquibase.ext.syzygy.fact;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A database object a change touches: a table, view, sequence or procedure, compared by name.
 *
 * <p>Names are compared case-insensitively and regardless of kind, which is conservative (a view and a table
 * of the same name count as the same object). An object without a schema stands for "the default schema", which
 * is not known without a database, so it is taken to match the same name in any schema.
 *
 * @param schema the schema, empty when the change does not name one
 * @param name the object name
 */
public record DbObject(Optional<String> schema, String name) {

    public DbObject {
        Objects.requireNonNull(schema, "schema == null");
        Objects.requireNonNull(name, "name == null");
        schema = schema.filter(s -> !s.isBlank()).map(DbObject::normalize);
        name = normalize(name);
    }

    public static DbObject of(String schema, String name) {
        return new DbObject(Optional.ofNullable(schema), name);
    }

    /** Whether the two may denote the same database object. */
    public boolean mayBeSameAs(DbObject other) {
        if (!name.equals(other.name)) {
            return false;
        }
        return schema.isEmpty() || other.schema.isEmpty() || schema.equals(other.schema);
    }

    private static String normalize(String identifier) {
        return identifier.trim().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return schema.map(s -> s + "." + name).orElse(name);
    }
}
