package liquibase.ext.syzygy.sql;

import java.util.Locale;
import java.util.Map;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.alter.sequence.AlterSequence;
import net.sf.jsqlparser.statement.comment.Comment;
import net.sf.jsqlparser.statement.drop.Drop;

/** Translates {@code DROP}, {@code COMMENT ON} and {@code ALTER SEQUENCE}. */
final class ObjectTranslator {

    private static final Map<String, String[]> DROPS = Map.of(
            "TABLE", new String[] {"dropTable", "tableName"},
            "VIEW", new String[] {"dropView", "viewName"},
            "SEQUENCE", new String[] {"dropSequence", "sequenceName"},
            "INDEX", new String[] {"dropIndex", "indexName"});

    private ObjectTranslator() {}

    static Translation drop(Drop drop) {
        String kind = drop.getType() == null ? "" : drop.getType().toUpperCase(Locale.ROOT);
        String[] change = DROPS.get(kind);
        if (change == null || drop.isMaterialized()) {
            throw new NotUnderstood("DROP " + kind + " is not analysed");
        }
        Name name = Name.of(drop.getName());
        return Translation.understood(
                change[0],
                name.properties(change[1], "schemaName"),
                "drops " + kind.toLowerCase(Locale.ROOT) + " " + name.display());
    }

    static Translation comment(Comment comment) {
        if (comment.getTable() != null) {
            Name table = Name.of(comment.getTable());
            return Translation.understood(
                    "setTableRemarks", table.tableProperties(), "comments on table " + table.display());
        }
        Column column = comment.getColumn();
        if (column != null && column.getTable() != null) {
            Name table = Name.of(column.getTable());
            Map<String, String> properties = AlterTableTranslator.column(table, column.getColumnName());
            return Translation.understood(
                    "setColumnRemarks", properties, "comments on column " + column.getColumnName());
        }
        throw new NotUnderstood("this COMMENT ON is not analysed");
    }

    static Translation alterSequence(AlterSequence alter) {
        Name sequence = new Name(
                Name.unquote(alter.getSequence().getSchemaName()),
                Name.unquote(alter.getSequence().getName()));
        return Translation.understood(
                "alterSequence",
                sequence.properties("sequenceName", "schemaName"),
                "alters sequence " + sequence.display());
    }
}
