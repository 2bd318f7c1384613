package liquibase.ext.syzygy.changelog;

import java.util.List;
import liquibase.change.ColumnConfig;
import liquibase.change.ConstraintsConfig;
import liquibase.ext.syzygy.fact.ColumnFacts;

/**
 * Reduces Liquibase {@link ColumnConfig}s to {@link ColumnFacts}, applying Liquibase's defaults (a column is
 * nullable unless a constraint says otherwise), because stage rules care about what the database will enforce.
 */
final class ColumnFactsReader {

    private ColumnFactsReader() {}

    /** The columns' facts as an immutable list, which the change facts keep without copying. */
    static List<ColumnFacts> read(List<? extends ColumnConfig> columns) {
        ColumnFacts[] facts = new ColumnFacts[columns.size()];
        for (int i = 0; i < facts.length; i++) {
            facts[i] = read(columns.get(i));
        }
        return List.of(facts);
    }

    static ColumnFacts read(ColumnConfig column) {
        ConstraintsConfig constraints = column.getConstraints();
        boolean primaryKey = constraints != null && Boolean.TRUE.equals(constraints.isPrimaryKey());
        boolean notNull = constraints != null && Boolean.FALSE.equals(constraints.isNullable());
        boolean hasDefault = column.getDefaultValueObject() != null || Boolean.TRUE.equals(column.isAutoIncrement());
        String name = column.getName() == null ? "" : column.getName();
        return new ColumnFacts(name, column.getType(), !(notNull || primaryKey), hasDefault, primaryKey);
    }
}
