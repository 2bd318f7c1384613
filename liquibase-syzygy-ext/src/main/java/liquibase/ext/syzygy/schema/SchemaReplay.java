package liquibase.ext.syzygy.schema;

import java.util.List;
import liquibase.ext.syzygy.fact.ChangeFacts;
import liquibase.ext.syzygy.fact.ColumnFacts;
import liquibase.ext.syzygy.fact.Effect;
import liquibase.ext.syzygy.fact.Effect.AddColumns;
import liquibase.ext.syzygy.fact.Effect.AlterColumn;
import liquibase.ext.syzygy.fact.Effect.CreateTable;
import liquibase.ext.syzygy.fact.Effect.DropColumns;
import liquibase.ext.syzygy.fact.Effect.DropTable;
import liquibase.ext.syzygy.fact.Effect.Rename;
import liquibase.ext.syzygy.fact.Effect.RenameColumn;
import liquibase.ext.syzygy.fact.Effect.Unknown;

/**
 * Applies one change's typed effects to a {@link SchemaModel}: created and dropped tables, added, dropped and
 * renamed columns, nullability and defaults. Effects it cannot follow make it forget what they may have touched.
 */
public final class SchemaReplay {

    private SchemaReplay() {}

    /** Replays {@code change}; {@code ran} says whether its changeset already ran (the table existed before). */
    public static void apply(SchemaModel model, ChangeFacts change, boolean ran) {
        for (Effect effect : change.effects()) {
            apply(model, effect, ran);
        }
    }

    /** Replays one effect. */
    public static void apply(SchemaModel model, Effect effect, boolean ran) {
        if (effect instanceof CreateTable create) {
            model.create(create.table(), ran);
            model.table(create.table()).ifPresent(t -> putColumns(t, create.columns()));
        } else if (effect instanceof AddColumns add) {
            model.table(add.table()).ifPresent(t -> putColumns(t, add.columns()));
        } else if (effect instanceof DropColumns drop) {
            model.table(drop.table()).ifPresent(t -> drop.columns().forEach(t::remove));
        } else if (effect instanceof DropTable drop) {
            model.drop(drop.table());
        } else if (effect instanceof Rename rename) {
            model.rename(rename.from(), rename.to());
        } else if (effect instanceof RenameColumn rename) {
            model.table(rename.table()).ifPresent(t -> t.rename(rename.from(), rename.to()));
        } else if (effect instanceof AlterColumn alter) {
            model.table(alter.table()).ifPresent(t -> t.update(alter.column(), c -> altered(c, alter)));
        } else if (effect instanceof Unknown unknown) {
            forget(model, unknown);
        }
    }

    private static ColumnState altered(ColumnState column, AlterColumn alter) {
        return switch (alter.alteration()) {
            case SET_NOT_NULL -> column.withNullable(false);
            case DROP_NOT_NULL -> column.withNullable(true);
            case SET_DEFAULT -> column.withDefault(true);
            case DROP_DEFAULT -> column.withDefault(false);
            case OTHER -> column;
        };
    }

    private static void putColumns(TableState table, List<ColumnFacts> columns) {
        columns.forEach(c -> table.put(c.name(), new ColumnState(c.nullable(), c.hasDefault())));
    }

    private static void forget(SchemaModel model, Unknown unknown) {
        if (!unknown.sql().isEmpty()) {
            model.forgetTablesMentionedIn(unknown.sql());
        } else if (unknown.mayTouchAnything()) {
            model.forgetAll();
        } else {
            unknown.objects().forEach(model::drop);
        }
    }
}
