package liquibase.ext.syzygy.sqlgenerator.sqlite;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import liquibase.ext.syzygy.sqlgenerator.sqlite.SqlTokenizer.Kind;
import liquibase.ext.syzygy.sqlgenerator.sqlite.SqlTokenizer.Token;

/**
 * Edits the definition of one column inside a SQLite {@code CREATE TABLE} statement and leaves every other
 * character of the statement as it was: other columns, table constraints, comments and formatting.
 */
final class CreateTableEditor {

    private static final Set<String> TABLE_CONSTRAINTS = Set.of("CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK", "FOREIGN");

    private final String sql;
    private final List<Token> column;

    private CreateTableEditor(String sql, List<Token> column) {
        this.sql = sql;
        this.column = column;
    }

    /**
     * An editor for {@code columnName} (matched case-insensitively, quoted or not) in {@code createTableSql}.
     *
     * @throws IllegalArgumentException when the statement has no column list or no such column
     */
    static CreateTableEditor forColumn(String createTableSql, String columnName) {
        Token columns = SqlTokenizer.tokenize(createTableSql, 0, createTableSql.length()).stream()
                .filter(t -> t.kind() == Kind.GROUP)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no column list in: " + createTableSql));
        List<Token> tokens = SqlTokenizer.tokenize(createTableSql, columns.start() + 1, columns.end() - 1);
        for (List<Token> definition : splitAtCommas(tokens)) {
            Token first = definition.get(0);
            boolean constraint = first.kind() == Kind.WORD
                    && TABLE_CONSTRAINTS.contains(first.text().toUpperCase(Locale.ROOT));
            if (!constraint && first.name().equalsIgnoreCase(columnName)) {
                return new CreateTableEditor(createTableSql, definition);
            }
        }
        throw new IllegalArgumentException("no column " + columnName + " in: " + createTableSql);
    }

    /** The statement without the column's DEFAULT clause (unchanged when it has none). */
    String dropDefault() {
        int d = defaultIndex();
        if (d < 0) {
            return sql;
        }
        int first = d >= 2 && column.get(d - 2).is("CONSTRAINT") ? d - 2 : d;
        return remove(first, defaultValueEnd(d));
    }

    /** The statement with the column's DEFAULT set to {@code valueSql} (a literal or parenthesised expression). */
    String setDefault(String valueSql) {
        int d = defaultIndex();
        if (d < 0) {
            return append(" DEFAULT " + valueSql);
        }
        return replace(column.get(d + 1).start(), column.get(defaultValueEnd(d)).end(), valueSql);
    }

    /** The statement without the column's NOT NULL constraint (unchanged when it has none). */
    String dropNotNull() {
        int n = notNullIndex();
        if (n < 0) {
            return sql;
        }
        int first = n >= 2 && column.get(n - 2).is("CONSTRAINT") ? n - 2 : n;
        int last = n + 1;
        if (last + 3 < column.size()
                && column.get(last + 1).is("ON")
                && column.get(last + 2).is("CONFLICT")) {
            last += 3;
        }
        return remove(first, last);
    }

    /** The statement with a NOT NULL constraint on the column, replacing a bare {@code NULL} constraint. */
    String setNotNull() {
        if (notNullIndex() >= 0) {
            return sql;
        }
        for (int i = 1; i < column.size(); i++) {
            Token previous = column.get(i - 1);
            if (column.get(i).is("NULL") && !previous.is("DEFAULT") && !previous.is("SET")) {
                return replace(column.get(i).start(), column.get(i).end(), "NOT NULL");
            }
        }
        return append(" NOT NULL");
    }

    private int defaultIndex() {
        for (int i = 1; i + 1 < column.size(); i++) {
            if (column.get(i).is("DEFAULT") && !column.get(i - 1).is("SET")) {
                return i;
            }
        }
        return -1;
    }

    private int defaultValueEnd(int defaultIndex) {
        int value = defaultIndex + 1;
        Token sign = column.get(value);
        boolean signed = sign.isOther('-') || sign.isOther('+');
        return signed && value + 1 < column.size() ? value + 1 : value;
    }

    private int notNullIndex() {
        for (int i = 1; i + 1 < column.size(); i++) {
            if (column.get(i).is("NOT") && column.get(i + 1).is("NULL")) {
                return i;
            }
        }
        return -1;
    }

    /** Removes tokens {@code first..last} and the whitespace before them. */
    private String remove(int first, int last) {
        return replace(column.get(first - 1).end(), column.get(last).end(), "");
    }

    private String append(String text) {
        int end = column.get(column.size() - 1).end();
        return replace(end, end, text);
    }

    private String replace(int start, int end, String text) {
        return sql.substring(0, start) + text + sql.substring(end);
    }

    private static List<List<Token>> splitAtCommas(List<Token> tokens) {
        List<List<Token>> parts = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        for (Token token : tokens) {
            if (token.kind() == Kind.COMMA) {
                parts.add(current);
                current = new ArrayList<>();
            } else {
                current.add(token);
            }
        }
        parts.add(current);
        parts.removeIf(List::isEmpty);
        return parts;
    }
}
