package liquibase.ext.syzygy.fact;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One database object, or one column of it, that a change reads or writes: the unit of dependency between
 * changesets.
 *
 * <p>Two changesets that touch different columns of one table are independent; a touch of the whole object (create,
 * drop or rename a table, data changes, raw SQL that names it) overlaps every touch of that object.
 *
 * @param object the table, view, sequence, procedure or index
 * @param column the column, empty for the whole object
 */
public record Touch(DbObject object, Optional<String> column) {

    public Touch {
        Objects.requireNonNull(object, "object == null");
        column = column.filter(c -> !c.isBlank()).map(c -> c.trim().toLowerCase(Locale.ROOT));
    }

    /** The whole of {@code object}. */
    public static Touch whole(DbObject object) {
        return new Touch(object, Optional.empty());
    }

    /** One column of {@code table}. */
    public static Touch column(DbObject table, String column) {
        return new Touch(table, Optional.ofNullable(column));
    }

    /** Whether the two may denote the same data: the same object, and the same column unless one is the whole. */
    public boolean overlaps(Touch other) {
        return object.mayBeSameAs(other.object)
                && (column.isEmpty() || other.column.isEmpty() || column.equals(other.column));
    }

    @Override
    public String toString() {
        return column.map(c -> object + "." + c).orElse(object.toString());
    }
}
