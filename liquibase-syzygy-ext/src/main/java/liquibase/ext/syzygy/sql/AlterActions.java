package liquibase.ext.syzygy.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import liquibase.ext.syzygy.fact.ColumnFacts;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.alter.AlterExpression;
import net.sf.jsqlparser.statement.alter.AlterOperation;
import net.sf.jsqlparser.statement.create.table.CheckConstraint;
import net.sf.jsqlparser.statement.create.table.ForeignKeyIndex;
import net.sf.jsqlparser.statement.create.table.Index;

/** Translates one action of an {@code ALTER TABLE} into the core change that does the same. */
final class AlterActions {

    private AlterActions() {}

    static Translation translate(Name table, AlterExpression action, SqlDialect dialect) {
        AlterOperation operation = action.getOperation();
        return switch (operation) {
            case ADD -> add(table, action, dialect);
            case ALTER, MODIFY -> alterColumn(table, action);
            case DROP -> drop(table, action);
            case RENAME -> rename(table, action);
            case RENAME_TABLE -> renameTable(table, action);
            default -> throw new NotUnderstood("ALTER TABLE " + describe(action) + " is not analysed");
        };
    }

    private static Translation add(Name table, AlterExpression action, SqlDialect dialect) {
        if (action.getColDataTypeList() != null) {
            List<ColumnFacts> columns = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (AlterExpression.ColumnDataType column : action.getColDataTypeList()) {
                columns.add(ColumnReader.read(
                        column.getColumnName(), column.getColDataType(), column.getColumnSpecs(), dialect, false));
                names.add(Name.unquote(column.getColumnName()));
            }
            return Translation.understood(
                    "addColumn",
                    table.tableProperties(),
                    columns,
                    "adds column " + String.join(", ", names) + " to " + table.display());
        }
        if (action.getIndex() != null) {
            return Constraints.named(table, action.getIndex());
        }
        return Constraints.unnamed(table, action);
    }

    private static Translation alterColumn(Name table, AlterExpression action) {
        if (action.getColumnSetDefaultList() != null
                && action.getColumnSetDefaultList().size() == 1) {
            AlterExpression.ColumnSetDefault set =
                    action.getColumnSetDefaultList().get(0);
            Map<String, String> properties = AlterTableTranslator.column(table, set.getColumnName());
            properties.put("defaultValueComputed", set.getDefaultValue());
            return Translation.understood("addDefaultValue", properties, "sets the default of " + set.getColumnName());
        }
        if (action.getColumnDropDefaultList() != null
                && action.getColumnDropDefaultList().size() == 1) {
            String column = action.getColumnDropDefaultList().get(0).getColumnName();
            return Translation.understood(
                    "dropDefaultValue", AlterTableTranslator.column(table, column), "drops the default of " + column);
        }
        if (action.getColDataTypeList() != null && action.getColDataTypeList().size() == 1) {
            return alterColumn(table, action.getColDataTypeList().get(0));
        }
        throw new NotUnderstood("ALTER TABLE " + describe(action) + " is not analysed");
    }

    private static Translation alterColumn(Name table, AlterExpression.ColumnDataType column) {
        String name = column.getColumnName();
        Map<String, String> properties = AlterTableTranslator.column(table, name);
        String alteration = AlterTableTranslator.alteration(column);
        if (alteration.equals("SET NOT NULL")) {
            return Translation.understood("addNotNullConstraint", properties, "forbids NULL in " + name);
        }
        if (alteration.equals("DROP NOT NULL")) {
            return Translation.understood("dropNotNullConstraint", properties, "allows NULL in " + name);
        }
        if (alteration.startsWith("TYPE ") && column.getColDataType() != null) {
            properties.put("newDataType", column.getColDataType().toString().replace(" (", "("));
            return Translation.understood("modifyDataType", properties, "changes the type of " + name);
        }
        throw new NotUnderstood("ALTER COLUMN " + name + " " + alteration + " is not analysed");
    }

    private static Translation drop(Name table, AlterExpression action) {
        if (action.getColumnName() != null) {
            String column = Name.unquote(action.getColumnName());
            return Translation.understood(
                    "dropColumn",
                    AlterTableTranslator.column(table, column),
                    List.of(new ColumnFacts(column, "", true, false, false)),
                    "drops column " + column + " of " + table.display());
        }
        if (action.getConstraintName() != null) {
            Map<String, String> properties = table.tableProperties();
            properties.put("constraintName", Name.unquote(action.getConstraintName()));
            return Translation.understood(
                    "dropConstraint", properties, "drops constraint " + action.getConstraintName());
        }
        throw new NotUnderstood("ALTER TABLE " + describe(action) + " is not analysed");
    }

    private static Translation rename(Name table, AlterExpression action) {
        if (action.getColOldName() == null || action.getColumnName() == null) {
            throw new NotUnderstood("ALTER TABLE " + describe(action) + " is not analysed");
        }
        Map<String, String> properties = table.tableProperties();
        properties.put("oldColumnName", Name.unquote(action.getColOldName()));
        properties.put("newColumnName", Name.unquote(action.getColumnName()));
        return Translation.understood(
                "renameColumn",
                properties,
                "renames column " + action.getColOldName() + " to " + action.getColumnName());
    }

    private static Translation renameTable(Name table, AlterExpression action) {
        Map<String, String> properties = table.properties("oldTableName", "schemaName");
        properties.put("newTableName", Name.unquote(action.getNewTableName()));
        return Translation.understood(
                "renameTable", properties, "renames table " + table.display() + " to " + action.getNewTableName());
    }

    static String describe(AlterExpression action) {
        String text = action.toString().trim();
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    /** The constraints {@code ALTER TABLE … ADD [CONSTRAINT name] …} adds. */
    static final class Constraints {

        private Constraints() {}

        static Translation named(Name table, Index index) {
            if (index instanceof ForeignKeyIndex foreignKey) {
                return foreignKey(table, index.getName(), index.getColumnsNames(), foreignKey.getTable());
            }
            if (index instanceof CheckConstraint) {
                throw new NotUnderstood(
                        "a CHECK constraint forbids writes old code may still make, and no rule can tell whether"
                                + " it does: state the stage");
            }
            String type = index.getType() == null ? "" : index.getType().toUpperCase(Locale.ROOT);
            if (type.equals("PRIMARY KEY")) {
                return keyed("addPrimaryKey", table, index.getName(), index.getColumnsNames());
            }
            if (type.equals("UNIQUE") || type.equals("UNIQUE KEY")) {
                return keyed("addUniqueConstraint", table, index.getName(), index.getColumnsNames());
            }
            throw new NotUnderstood("the constraint " + index + " is not analysed");
        }

        static Translation unnamed(Name table, AlterExpression action) {
            if (action.getPkColumns() != null) {
                return keyed("addPrimaryKey", table, null, action.getPkColumns());
            }
            if (action.getUkColumns() != null) {
                return keyed("addUniqueConstraint", table, action.getUkName(), action.getUkColumns());
            }
            if (action.getFkColumns() != null && action.getFkSourceTable() != null) {
                Table referenced = new Table(List.of(action.getFkSourceTable().split("\\.")));
                return foreignKey(table, null, action.getFkColumns(), referenced);
            }
            throw new NotUnderstood("ALTER TABLE " + describe(action) + " is not analysed");
        }

        private static Translation keyed(String type, Name table, String name, List<String> columns) {
            Map<String, String> properties = table.tableProperties();
            if (name != null) {
                properties.put("constraintName", Name.unquote(name));
            }
            properties.put(
                    "columnNames",
                    String.join(",", columns.stream().map(Name::unquote).toList()));
            String what = type.equals("addPrimaryKey") ? "adds a primary key to " : "adds a unique constraint to ";
            return Translation.understood(type, properties, what + table.display());
        }

        private static Translation foreignKey(Name base, String name, List<String> columns, Table referencedTable) {
            Name referenced = Name.of(referencedTable);
            Map<String, String> properties = base.properties("baseTableName", "baseTableSchemaName");
            properties.putAll(referenced.properties("referencedTableName", "referencedTableSchemaName"));
            if (name != null) {
                properties.put("constraintName", Name.unquote(name));
            }
            properties.put(
                    "baseColumnNames",
                    String.join(",", columns.stream().map(Name::unquote).toList()));
            return Translation.understood(
                    "addForeignKeyConstraint",
                    properties,
                    "adds a foreign key from " + base.display() + " to " + referenced.display());
        }
    }
}
