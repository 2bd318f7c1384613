package liquibase.ext.syzygy.schema;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import liquibase.ext.syzygy.stage.ChangeFacts;
import liquibase.ext.syzygy.stage.ChangeStageRules;
import liquibase.ext.syzygy.stage.ColumnFacts;

/**
 * Applies one change to a {@link SchemaModel}: the changelog's own createTable, addColumn, constraint and default
 * changes, and the staged column changes. Changes it cannot follow make it forget what they may have touched.
 */
public final class SchemaReplay {

    /** Core change types that leave tables and columns as they are. */
    private static final Set<String> OPAQUE = Set.of("sqlFile", "customChange", "executeCommand", "mergeColumns");

    private SchemaReplay() {}

    /** Replays {@code change}; {@code ran} says whether its changeset already ran (the table existed before). */
    public static void apply(SchemaModel model, ChangeFacts change, boolean ran) {
        DbObject table = tableOf(change);
        switch (change.type()) {
            case "createTable" -> createTable(model, change, table, ran);
            case "addColumn", "addColumnStaged" -> model.table(table).ifPresent(t -> putColumns(t, change.columns()));
            case "dropColumn" -> droppedColumns(change)
                    .forEach(c -> model.table(table).ifPresent(t -> t.remove(c)));
            case "dropTable" -> model.drop(table);
            case "renameTable" -> model.rename(
                    DbObject.of(schema(change), change.property("oldTableName").orElse("")),
                    DbObject.of(schema(change), change.property("newTableName").orElse("")));
            case "renameColumn" -> model.table(table)
                    .ifPresent(t -> t.rename(
                            change.property("oldColumnName").orElse(""),
                            change.property("newColumnName").orElse("")));
            case "addNotNullConstraint" -> update(model, change, table, c -> c.withNullable(false));
            case "dropNotNullConstraint" -> update(model, change, table, c -> c.withNullable(true));
            case "addDefaultValue" -> update(model, change, table, c -> c.withDefault(true));
            case "dropDefaultValue", "postAddColumn" -> update(model, change, table, c -> c.withDefault(false));
            case "preRemoveColumn" -> update(
                    model, change, table, c -> hasDefault(change) ? c.withDefault(true) : c.withNullable(true));
            case "sql" -> model.forgetTablesMentionedIn(change.property("sql").orElse(""));
            default -> forgetIfOpaque(model, change);
        }
    }

    /** Whether the change sets any of the default value properties. */
    public static boolean hasDefault(ChangeFacts change) {
        return ChangeFacts.DEFAULT_PROPERTIES.stream()
                .anyMatch(p -> change.property(p).isPresent());
    }

    /** The table a change's {@code schemaName}/{@code tableName} name. */
    public static DbObject tableOf(ChangeFacts change) {
        return DbObject.of(schema(change), change.property("tableName").orElse(""));
    }

    /** The columns a {@code dropColumn} removes: its {@code columnName}, or its nested columns. */
    public static List<String> droppedColumns(ChangeFacts change) {
        Optional<String> single = change.property("columnName");
        return single.map(List::of)
                .orElseGet(
                        () -> change.columns().stream().map(ColumnFacts::name).toList());
    }

    private static void createTable(SchemaModel model, ChangeFacts change, DbObject table, boolean ran) {
        model.create(table, ran);
        model.table(table).ifPresent(t -> putColumns(t, change.columns()));
    }

    private static void putColumns(TableState table, List<ColumnFacts> columns) {
        columns.forEach(c -> table.put(c.name(), new ColumnState(c.nullable(), c.hasDefault())));
    }

    private static void update(SchemaModel model, ChangeFacts change, DbObject table, UnaryOperator<ColumnState> op) {
        change.property("columnName").ifPresent(column -> model.table(table).ifPresent(t -> t.update(column, op)));
    }

    private static void forgetIfOpaque(SchemaModel model, ChangeFacts change) {
        if (ChangeStageRules.knows(change.type()) && !OPAQUE.contains(change.type())) {
            return;
        }
        Footprint footprint = Footprints.of(List.of(change));
        if (footprint.unknown()) {
            model.forgetAll();
        } else {
            footprint.objects().forEach(model::drop);
        }
    }

    private static String schema(ChangeFacts change) {
        return change.property("schemaName").orElse(null);
    }
}
