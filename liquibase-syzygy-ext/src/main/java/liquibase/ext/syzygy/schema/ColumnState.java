package liquibase.ext.syzygy.schema;

/**
 * What the changelog says about a column at one point of the replay.
 *
 * @param nullable whether the column accepts NULL
 * @param hasDefault whether the column has a database default
 */
public record ColumnState(boolean nullable, boolean hasDefault) {

    /** Whether an INSERT that does not name this column fails. */
    public boolean rejectsInsertsThatOmitIt() {
        return !nullable && !hasDefault;
    }

    ColumnState withNullable(boolean value) {
        return new ColumnState(value, hasDefault);
    }

    ColumnState withDefault(boolean value) {
        return new ColumnState(nullable, value);
    }
}
