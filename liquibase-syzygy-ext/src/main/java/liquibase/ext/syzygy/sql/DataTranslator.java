package liquibase.ext.syzygy.sql;

import java.util.ArrayList;
import java.util.List;
import liquibase.ext.syzygy.fact.ColumnFacts;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.update.Update;

/**
 * Translates plain {@code INSERT}, {@code UPDATE} and {@code DELETE} into Liquibase's data changes. A statement that
 * also writes elsewhere (a {@code WITH} clause) or reads other tables through joins is not plain.
 */
final class DataTranslator {

    private DataTranslator() {}

    static Translation insert(Insert insert) {
        requireNoWith(insert.getWithItemsList());
        Name table = Name.of(insert.getTable());
        List<ColumnFacts> columns = new ArrayList<>();
        if (insert.getColumns() != null) {
            for (Column column : insert.getColumns()) {
                columns.add(new ColumnFacts(Name.unquote(column.getColumnName()), "", true, false, false));
            }
        }
        return Translation.understood("insert", table.tableProperties(), columns, "inserts into " + table.display());
    }

    static Translation update(Update update) {
        requireNoWith(update.getWithItemsList());
        if (update.getStartJoins() != null && !update.getStartJoins().isEmpty()) {
            throw new NotUnderstood("an UPDATE with joins is not analysed");
        }
        Name table = Name.of(update.getTable());
        return Translation.understood("update", table.tableProperties(), "updates " + table.display());
    }

    static Translation delete(Delete delete) {
        requireNoWith(delete.getWithItemsList());
        if (delete.getTables() != null && !delete.getTables().isEmpty()) {
            throw new NotUnderstood("a DELETE from several tables is not analysed");
        }
        Name table = Name.of(delete.getTable());
        return Translation.understood("delete", table.tableProperties(), "deletes from " + table.display());
    }

    private static void requireNoWith(List<?> with) {
        if (with != null && !with.isEmpty()) {
            throw new NotUnderstood("a WITH clause may write to other tables");
        }
    }
}
