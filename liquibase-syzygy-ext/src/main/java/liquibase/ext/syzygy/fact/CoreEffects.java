package liquibase.ext.syzygy.fact;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import liquibase.ext.syzygy.fact.Effect.AddColumns;
import liquibase.ext.syzygy.fact.Effect.AlterColumn;
import liquibase.ext.syzygy.fact.Effect.Alteration;
import liquibase.ext.syzygy.fact.Effect.BlockingWork;
import liquibase.ext.syzygy.fact.Effect.CreateObject;
import liquibase.ext.syzygy.fact.Effect.CreateTable;
import liquibase.ext.syzygy.fact.Effect.DropColumns;
import liquibase.ext.syzygy.fact.Effect.DropTable;
import liquibase.ext.syzygy.fact.Effect.Rename;
import liquibase.ext.syzygy.fact.Effect.RenameColumn;
import liquibase.ext.syzygy.fact.Effect.Touches;
import liquibase.ext.syzygy.fact.Effect.Unknown;
import liquibase.ext.syzygy.fact.Effect.Work;

/**
 * Translates a change written in Liquibase's vocabulary (a type name, its simple properties, its columns) into
 * typed {@link Effect}s, once, when the change is read.
 *
 * <p>This is the one place that knows the property names of Liquibase's change types ({@code tableName},
 * {@code baseColumnNames}, ...). A change it cannot follow, or one that names no object, is {@link Unknown}: the
 * plan then treats it as depending on everything, and the schema replay forgets what it may have changed.
 */
public final class CoreEffects {

    private CoreEffects() {}

    /**
     * The effects of one change; a change that should name an object and names none may touch anything.
     */
    public static List<Effect> of(String type, Map<String, String> properties, List<ColumnFacts> columns) {
        List<Effect> effects = translate(type, properties, columns);
        for (Effect effect : effects) {
            for (Touch touch : effect.touches()) {
                if (touch.object().name().isEmpty()) {
                    return List.of(Unknown.anyObject());
                }
            }
        }
        return effects;
    }

    private static List<Effect> translate(String type, Map<String, String> properties, List<ColumnFacts> columns) {
        Props p = new Props(properties);
        DbObject table = p.table("tableName", "schemaName");
        return switch (type) {
            case "createTable" -> List.of(new CreateTable(table, columns));
            case "dropTable" -> List.of(new DropTable(table));
            case "addColumn" -> List.of(new AddColumns(table, columns, false));
            case "addColumnStaged" -> List.of(new AddColumns(table, columns, true));
            case "dropColumn" -> List.of(new DropColumns(table, droppedColumns(p, columns)));
            case "renameColumn" -> List.of(new RenameColumn(table, p.get("oldColumnName"), p.get("newColumnName")));
            case "renameTable" -> List.of(
                    new Rename(p.table("oldTableName", "schemaName"), p.table("newTableName", "schemaName")));
            case "renameView" -> List.of(
                    new Rename(p.table("oldViewName", "schemaName"), p.table("newViewName", "schemaName")));
            case "renameSequence" -> List.of(
                    new Rename(p.table("oldSequenceName", "schemaName"), p.table("newSequenceName", "schemaName")));
            case "addNotNullConstraint", "addNotNullConstraintStaged" -> alter(table, p, Alteration.SET_NOT_NULL);
            case "dropNotNullConstraint" -> alter(table, p, Alteration.DROP_NOT_NULL);
            case "addDefaultValue", "addAutoIncrement" -> alter(table, p, Alteration.SET_DEFAULT);
            case "dropDefaultValue", "postAddColumn" -> alter(table, p, Alteration.DROP_DEFAULT);
            case "preRemoveColumn" -> alter(
                    table,
                    p,
                    p.hasAny(ChangeFacts.DEFAULT_PROPERTIES) ? Alteration.SET_DEFAULT : Alteration.DROP_NOT_NULL);
            case "modifyDataType", "setColumnRemarks" -> alter(table, p, Alteration.OTHER);
            case "createIndex" -> blocking(Work.CREATE_INDEX, table, columnsOf(table, names(columns)));
            case "createIndexConcurrently" -> columnsOf(table, names(columns));
            case "addPrimaryKey" -> blocking(Work.ADD_PRIMARY_KEY, table, columnsOf(table, p.list("columnNames")));
            case "addUniqueConstraint" -> blocking(
                    Work.ADD_UNIQUE_CONSTRAINT, table, columnsOf(table, p.list("columnNames")));
            case "dropUniqueConstraint" -> columnsOf(table, p.list("uniqueColumns"));
            case "addForeignKeyConstraint" -> "false".equalsIgnoreCase(p.get("validate"))
                    ? foreignKey(p)
                    : blocking(
                            Work.VALIDATE_FOREIGN_KEY, p.table("baseTableName", "baseTableSchemaName"), foreignKey(p));
            case "dropForeignKeyConstraint", "dropAllForeignKeyConstraints" -> wholeOrUnknown(
                    p.table("baseTableName", "baseTableSchemaName"));
            case "dropIndex" -> p.has("tableName")
                    ? blocking(Work.DROP_INDEX, table, wholeOrUnknown(table))
                    : List.of(Unknown.anyObject(), new BlockingWork(Optional.empty(), Work.DROP_INDEX, List.of()));
            case "dropIndexConcurrently" -> p.has("tableName") ? wholeOrUnknown(table) : List.of(Unknown.anyObject());
            case "createView" -> List.of(
                    new CreateObject(p.table("viewName", "schemaName"), p.isTrue("replaceIfExists")));
            case "createProcedure" -> List.of(
                    new CreateObject(p.table("procedureName", "schemaName"), p.isTrue("replaceIfExists")));
            case "createSequence" -> List.of(new CreateObject(p.table("sequenceName", "schemaName"), false));
            case "dropView" -> wholeOrUnknown(p.table("viewName", "schemaName"));
            case "dropSequence", "alterSequence" -> wholeOrUnknown(p.table("sequenceName", "schemaName"));
            case "dropProcedure" -> wholeOrUnknown(p.table("procedureName", "schemaName"));
            case "dropPrimaryKey",
                    "setTableRemarks",
                    "insert",
                    "update",
                    "delete",
                    "loadData",
                    "loadUpdateData" -> wholeOrUnknown(table);
            case "tagDatabase", "empty", "output", "stop", "lockTimeout", "grant", "revoke", "createExtension" -> List
                    .of();
            case "createSchema" -> List.of(new CreateObject(p.table("schemaName", "none"), false));
            case "dropConstraint", "validateConstraint" -> wholeOrUnknown(table);
            case "sql" -> List.of(new Unknown(List.of(), p.get("sql")));
            case "sqlFile", "customChange", "executeCommand" -> List.of(Unknown.anyObject());
            default -> List.of(unknownOn(type, properties));
        };
    }

    /**
     * The effect of a change that may do anything to the objects its properties name (another extension's change,
     * {@code mergeColumns}, {@code addLookupTable}, or a change whose properties could not all be read).
     */
    public static Unknown unknownOn(String type, Map<String, String> properties) {
        Props p = new Props(properties);
        List<DbObject> objects = new ArrayList<>();
        for (String[] naming : NAMINGS) {
            if (p.has(naming[0])) {
                objects.add(p.table(naming[0], naming[1]));
            }
        }
        return new Unknown(objects, "sql".equals(type) ? p.get("sql") : "");
    }

    /** Object-name property and the property holding its schema, for every naming convention core changes use. */
    private static final String[][] NAMINGS = {
        {"tableName", "schemaName"},
        {"viewName", "schemaName"},
        {"sequenceName", "schemaName"},
        {"procedureName", "schemaName"},
        {"baseTableName", "baseTableSchemaName"},
        {"referencedTableName", "referencedTableSchemaName"},
        {"existingTableName", "existingTableSchemaName"},
        {"newTableName", "newTableSchemaName"},
        {"oldTableName", "schemaName"},
        {"oldViewName", "schemaName"},
        {"newViewName", "schemaName"},
        {"oldSequenceName", "schemaName"},
        {"newSequenceName", "schemaName"}
    };

    private static List<Effect> alter(DbObject table, Props p, Alteration alteration) {
        if (!p.has("columnName")) {
            return wholeOrUnknown(table);
        }
        return List.of(new AlterColumn(table, p.get("columnName"), alteration));
    }

    private static List<Effect> columnsOf(DbObject table, List<String> columns) {
        if (table.name().isEmpty()) {
            return List.of(Unknown.anyObject());
        }
        List<Touch> touches = new ArrayList<>();
        if (columns.isEmpty()) {
            touches.add(Touch.whole(table));
        }
        columns.forEach(c -> touches.add(Touch.column(table, c)));
        return List.of(new Touches(touches));
    }

    /** {@code plain} as blocking work on {@code table}, unless it is not known what the change touches. */
    private static List<Effect> blocking(Work work, DbObject table, List<Effect> plain) {
        if (plain.size() == 1 && plain.get(0) instanceof Touches touches) {
            return List.of(new BlockingWork(Optional.of(table), work, touches.touches()));
        }
        return plain;
    }

    private static List<Effect> foreignKey(Props p) {
        DbObject base = p.table("baseTableName", "baseTableSchemaName");
        DbObject referenced = p.table("referencedTableName", "referencedTableSchemaName");
        if (base.name().isEmpty() || referenced.name().isEmpty()) {
            return List.of(Unknown.anyObject());
        }
        List<Touch> touches = new ArrayList<>();
        touches.addAll(touchesOf(base, p.list("baseColumnNames")));
        touches.addAll(touchesOf(referenced, p.list("referencedColumnNames")));
        return List.of(new Touches(touches));
    }

    private static List<Touch> touchesOf(DbObject table, List<String> columns) {
        return columns.isEmpty()
                ? List.of(Touch.whole(table))
                : columns.stream().map(c -> Touch.column(table, c)).toList();
    }

    private static List<Effect> wholeOrUnknown(DbObject object) {
        return object.name().isEmpty()
                ? List.of(Unknown.anyObject())
                : List.of(new Touches(List.of(Touch.whole(object))));
    }

    private static List<String> droppedColumns(Props p, List<ColumnFacts> columns) {
        return p.has("columnName") ? List.of(p.get("columnName")) : names(columns);
    }

    private static List<String> names(List<ColumnFacts> columns) {
        return columns.stream().map(ColumnFacts::name).filter(n -> !n.isBlank()).toList();
    }

    /** Read access to the properties: blank counts as absent. */
    private record Props(Map<String, String> values) {

        boolean has(String name) {
            String value = values.get(name);
            return value != null && !value.isBlank();
        }

        String get(String name) {
            return has(name) ? values.get(name).trim() : "";
        }

        boolean hasAny(List<String> names) {
            return names.stream().anyMatch(this::has);
        }

        boolean isTrue(String name) {
            return Boolean.parseBoolean(get(name));
        }

        DbObject table(String nameProperty, String schemaProperty) {
            return DbObject.of(has(schemaProperty) ? get(schemaProperty) : null, get(nameProperty));
        }

        /** A comma-separated list property, e.g. {@code columnNames="a, b"}. */
        List<String> list(String name) {
            List<String> items = new ArrayList<>();
            for (String item : get(name).split(",")) {
                if (!item.isBlank()) {
                    items.add(item.trim());
                }
            }
            return items;
        }
    }
}
