package liquibase.ext.syzygy.sql;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import liquibase.ext.syzygy.fact.ColumnFacts;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.alter.AlterExpression;
import net.sf.jsqlparser.statement.alter.AlterOperation;

/**
 * Translates {@code ALTER TABLE}. Each action becomes the core change that does the same; several actions of one
 * column-list type ({@code ADD COLUMN a, ADD COLUMN b}) become one change with several columns. Actions of
 * different types in one statement cannot be one change: the statement is undecidable.
 */
final class AlterTableTranslator {

    private static final Set<String> MERGEABLE = Set.of("addColumn", "dropColumn");

    private AlterTableTranslator() {}

    static Translation translate(Alter alter, SqlDialect dialect) {
        Name table = Name.of(alter.getTable());
        List<Translation> actions = new ArrayList<>();
        for (AlterExpression expression : alter.getAlterExpressions()) {
            actions.add(AlterActions.translate(table, expression, dialect));
        }
        if (dialect == SqlDialect.SQLITE) {
            requireSqliteActions(actions);
        }
        return combine(table, actions);
    }

    private static void requireSqliteActions(List<Translation> actions) {
        for (Translation action : actions) {
            String type = action.equivalent().orElseThrow().type();
            if (!Set.of("addColumn", "dropColumn", "renameColumn", "renameTable")
                    .contains(type)) {
                throw new NotUnderstood("SQLite's ALTER TABLE cannot do this (" + type + ")");
            }
        }
        if (actions.size() > 1) {
            throw new NotUnderstood("SQLite's ALTER TABLE takes one action only");
        }
    }

    private static Translation combine(Name table, List<Translation> actions) {
        if (actions.size() == 1) {
            return actions.get(0);
        }
        Set<String> types = new LinkedHashSet<>();
        actions.forEach(action -> types.add(action.equivalent().orElseThrow().type()));
        if (types.size() > 1) {
            throw new NotUnderstood("the ALTER TABLE mixes " + String.join(", ", types));
        }
        String type = types.iterator().next();
        if (!MERGEABLE.contains(type)) {
            throw new NotUnderstood("the ALTER TABLE holds several " + type + " actions");
        }
        List<ColumnFacts> columns = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Translation action : actions) {
            columns.addAll(action.columns());
            action.columns().forEach(column -> names.add(column.name()));
        }
        String verb = type.equals("addColumn") ? "adds columns " : "drops columns ";
        return Translation.understood(
                type, table.tableProperties(), columns, verb + String.join(", ", names) + " of " + table.display());
    }

    /** The words after the column name of an {@code ALTER COLUMN} action, upper-cased. */
    static String alteration(AlterExpression.ColumnDataType column) {
        String text = column.toString().trim();
        String rest = text.substring(Math.min(column.getColumnName().length(), text.length()));
        return rest.trim().toUpperCase(Locale.ROOT);
    }

    static boolean isOperation(AlterExpression expression, AlterOperation operation) {
        return expression.getOperation() == operation;
    }

    static Map<String, String> column(Name table, String column) {
        Map<String, String> properties = table.tableProperties();
        properties.put("columnName", Name.unquote(column));
        return properties;
    }
}
