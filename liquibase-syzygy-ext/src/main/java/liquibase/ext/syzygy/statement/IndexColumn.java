package liquibase.ext.syzygy.statement;

import java.util.Objects;

/**
 * One key of an index: a column, or an SQL expression written as the changelog gives it.
 *
 * @param name the column name, or the expression when {@code computed}
 * @param computed whether {@code name} is an expression ({@code lower(email)}), written into SQL as is
 * @param descending whether the key sorts descending
 */
public record IndexColumn(String name, boolean computed, boolean descending) {

    public IndexColumn {
        Objects.requireNonNull(name, "name == null");
    }
}
