package liquibase.ext.syzygy.database;

import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import liquibase.change.Change;
import liquibase.database.Database;
import liquibase.sqlgenerator.SqlGeneratorFactory;
import liquibase.statement.SqlStatement;
import liquibase.structure.DatabaseObject;
import liquibase.structure.core.Column;
import liquibase.structure.core.ForeignKey;
import liquibase.structure.core.Index;
import liquibase.structure.core.PrimaryKey;
import liquibase.structure.core.Relation;
import liquibase.structure.core.UniqueConstraint;

/**
 * The tables a change or statement locks, as far as Liquibase's generators say ({@code getAffectedDatabaseObjects}):
 * where to look for the session that blocked it after a lock timeout, when the server no longer says who it was
 * waiting for. Raw SQL names nothing; then the caller looks at every table.
 */
final class AffectedTables {

    private AffectedTables() {}

    /** Lower-case table names of {@code change}; empty when unknown. */
    static Set<String> of(Change change, Database database) {
        try {
            return names(change.getAffectedDatabaseObjects(database));
        } catch (RuntimeException e) {
            return Set.of(); // a change that cannot say: look at every table
        }
    }

    /** Lower-case table names of {@code statement}; empty when unknown. */
    static Set<String> of(SqlStatement statement, Database database) {
        try {
            return names(SqlGeneratorFactory.getInstance().getAffectedDatabaseObjects(statement, database));
        } catch (RuntimeException e) {
            return Set.of();
        }
    }

    private static Set<String> names(Collection<? extends DatabaseObject> objects) {
        Set<String> names = new TreeSet<>();
        if (objects != null) {
            objects.stream()
                    .flatMap(AffectedTables::relations)
                    .filter(Objects::nonNull)
                    .map(DatabaseObject::getName)
                    .filter(Objects::nonNull)
                    .map(name -> name.toLowerCase(Locale.ROOT))
                    .forEach(names::add);
        }
        return names;
    }

    private static Stream<? extends DatabaseObject> relations(DatabaseObject object) {
        if (object instanceof Relation relation) {
            return Stream.of(relation);
        } else if (object instanceof Column column) {
            return Stream.of(column.getRelation());
        } else if (object instanceof Index index) {
            return Stream.of(index.getRelation());
        } else if (object instanceof PrimaryKey key) {
            return Stream.of(key.getTable());
        } else if (object instanceof UniqueConstraint constraint) {
            return Stream.of(constraint.getRelation());
        } else if (object instanceof ForeignKey key) {
            return Stream.of(key.getForeignKeyTable(), key.getPrimaryKeyTable());
        }
        return Stream.empty();
    }
}
