package liquibase.ext.syzygy.fact;

import java.util.Objects;

/**
 * What a change says about one column it defines, reduced to what stage rules and safety checks need.
 *
 * @param name the column name
 * @param type the declared type, or empty when the change does not say
 * @param nullable whether the column accepts NULL (Liquibase's default when no constraint is given)
 * @param hasDefault whether the change gives the column a database default value
 * @param primaryKey whether the column is (part of) the primary key
 */
public record ColumnFacts(String name, String type, boolean nullable, boolean hasDefault, boolean primaryKey) {

    public ColumnFacts {
        Objects.requireNonNull(name, "name == null");
        type = type == null ? "" : type;
    }

    /** True when old code, which never names this column in its INSERTs, cannot insert rows any more. */
    public boolean breaksInsertsThatOmitIt() {
        return !nullable && !hasDefault;
    }
}
