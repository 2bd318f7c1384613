package liquibase.ext.syzygy.sql;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import liquibase.ext.syzygy.fact.ColumnFacts;
import net.sf.jsqlparser.statement.create.index.CreateIndex;
import net.sf.jsqlparser.statement.create.schema.CreateSchema;
import net.sf.jsqlparser.statement.create.sequence.CreateSequence;
import net.sf.jsqlparser.statement.create.table.ColumnDefinition;
import net.sf.jsqlparser.statement.create.table.CreateTable;
import net.sf.jsqlparser.statement.create.table.Index;
import net.sf.jsqlparser.statement.create.view.CreateView;

/** Translates the {@code CREATE} statements: tables, indexes, sequences, views and schemas. */
final class CreateTranslator {

    private static final Pattern PLAIN_COLUMN = Pattern.compile("\"[^\"]+\"|[\\p{L}_][\\p{L}\\p{N}_$]*");

    private CreateTranslator() {}

    static Translation table(CreateTable create, SqlDialect dialect) {
        Name table = Name.of(create.getTable());
        if (create.getSelect() != null || create.getLikeTable() != null) {
            throw new NotUnderstood("its columns come from another table or a query the classifier cannot see");
        }
        if (create.isOrReplace()) {
            throw new NotUnderstood("CREATE OR REPLACE replaces an object old code may use");
        }
        if (create.getColumnDefinitions() == null
                || create.getColumnDefinitions().isEmpty()) {
            throw new NotUnderstood("the table's columns are not understood");
        }
        List<String> options = create.getTableOptionsStrings();
        if (dialect != SqlDialect.OTHER && options != null && !options.isEmpty()) {
            // JSqlParser takes any words after the column list as table options: none is assumed harmless.
            throw new NotUnderstood("the table options " + String.join(" ", options) + " are not analysed");
        }
        Set<String> primaryKey = tablePrimaryKey(create.getIndexes());
        List<ColumnFacts> columns = new ArrayList<>();
        for (ColumnDefinition column : create.getColumnDefinitions()) {
            boolean inKey = primaryKey.contains(Name.unquote(column.getColumnName()));
            columns.add(ColumnReader.read(
                    column.getColumnName(), column.getColDataType(), column.getColumnSpecs(), dialect, inKey));
        }
        return Translation.understood(
                "createTable", table.tableProperties(), columns, "creates table " + table.display());
    }

    private static Set<String> tablePrimaryKey(List<Index> indexes) {
        Set<String> names = new HashSet<>();
        for (Index index : indexes == null ? List.<Index>of() : indexes) {
            if (index.getType() != null
                    && index.getType().toUpperCase(Locale.ROOT).startsWith("PRIMARY")) {
                index.getColumnsNames().forEach(name -> names.add(Name.unquote(name)));
            }
        }
        return names;
    }

    static Translation index(CreateIndex create) {
        Name table = Name.of(create.getTable());
        Index index = create.getIndex();
        Map<String, String> properties = table.tableProperties();
        properties.put("indexName", Name.unquote(index.getName()));
        List<ColumnFacts> columns = new ArrayList<>();
        // Expression parts of the index (lower(email)) name no column.
        for (Index.ColumnParams column : index.getColumns()) {
            boolean expression =
                    column.getParams() != null && column.getParams().stream().anyMatch(param -> param.startsWith("("));
            if (!expression
                    && PLAIN_COLUMN.matcher(column.getColumnName().trim()).matches()) {
                columns.add(new ColumnFacts(Name.unquote(column.getColumnName()), "", true, false, false));
            }
        }
        return Translation.understood(
                "createIndex", properties, columns, "creates index " + index.getName() + " on " + table.display());
    }

    static Translation sequence(CreateSequence create) {
        Name sequence = new Name(
                Name.unquote(create.getSequence().getSchemaName()),
                Name.unquote(create.getSequence().getName()));
        return Translation.understood(
                "createSequence",
                sequence.properties("sequenceName", "schemaName"),
                "creates sequence " + sequence.display());
    }

    static Translation view(CreateView create) {
        if (create.isMaterialized()) {
            throw new NotUnderstood("a materialized view is not analysed");
        }
        Name view = Name.of(create.getView());
        Map<String, String> properties = view.properties("viewName", "schemaName");
        if (create.isOrReplace()) {
            properties.put("replaceIfExists", "true");
            return Translation.understood(
                    "createView", properties, "replaces view " + view.display() + " (CREATE OR REPLACE)");
        }
        return Translation.understood("createView", properties, "creates view " + view.display());
    }

    static Translation schema(CreateSchema create) {
        if (create.getStatements() != null && !create.getStatements().isEmpty()) {
            throw new NotUnderstood("CREATE SCHEMA with statements inside is not analysed");
        }
        String name = Name.unquote(create.getSchemaName());
        if (name == null) {
            throw new NotUnderstood("CREATE SCHEMA without a name is not analysed");
        }
        return Translation.understood("createSchema", Map.of("schemaName", name), "creates schema " + name);
    }
}
