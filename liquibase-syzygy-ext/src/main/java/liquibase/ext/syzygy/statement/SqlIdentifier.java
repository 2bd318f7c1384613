package liquibase.ext.syzygy.statement;

import java.util.regex.Pattern;
import liquibase.database.Database;
import liquibase.structure.DatabaseObject;
import liquibase.structure.core.Index;
import liquibase.structure.core.Schema;
import liquibase.structure.core.Table;

/**
 * How the extension writes a catalog, schema, table or column name into SQL, so that no name in a changelog can
 * end the quoting and run as SQL.
 *
 * <p>A plain name ({@code [A-Za-z_][A-Za-z0-9_]*}) is written the way Liquibase writes it, honouring
 * {@code objectQuotingStrategy}, so {@code orders} stays unquoted and PostgreSQL still folds it to lower case.
 * Any other name is always quoted, with embedded double quotes doubled ({@code a"b} becomes {@code "a""b"}), and so
 * names exactly the object written in the changelog. A name the databases cannot hold at all (empty, or with a
 * control character such as NUL or a line break) is refused by validation ({@link #problem}).
 */
public final class SqlIdentifier {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private SqlIdentifier() {}

    /** Whether Liquibase's own escaping writes {@code name} safely: letters, digits and underscores only. */
    public static boolean isPlain(String name) {
        return name == null || PLAIN.matcher(name).matches();
    }

    /** Why {@code name} cannot be written as an identifier, or null when it can (or is absent). */
    public static String problem(String name) {
        if (name == null) {
            return null;
        }
        if (name.isBlank()) {
            return "is empty";
        }
        return CONTROL.matcher(name).find() ? "contains a control character (such as NUL or a line break)" : null;
    }

    /** {@code name} for a message: each control character as a Java escape such as backslash-u000A. */
    public static String printable(String name) {
        StringBuilder text = new StringBuilder();
        name.codePoints()
                .forEach(c -> text.append(
                        Character.isISOControl(c) ? String.format("\\u%04X", c) : new String(Character.toChars(c))));
        return text.toString();
    }

    /** {@code name} in double quotes, embedded double quotes doubled: the SQL standard's delimited identifier. */
    public static String quoted(String name) {
        String problem = problem(name);
        if (problem != null) {
            throw new IllegalArgumentException("the name " + name + " " + problem);
        }
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /** The table name for SQL, schema-qualified when a schema is given. */
    static String table(Database database, String catalogName, String schemaName, String tableName) {
        if (isPlain(catalogName) && isPlain(schemaName) && isPlain(tableName)) {
            return database.escapeTableName(catalogName, schemaName, tableName);
        }
        String table = name(database, tableName, Table.class);
        String schema = schemaName == null || schemaName.isBlank() || !database.supports(Schema.class)
                ? null
                : name(database, schemaName, Schema.class);
        return schema == null ? table : schema + "." + table;
    }

    /** The index name for SQL, schema-qualified when a schema is given and the database has schemas. */
    static String index(Database database, String schemaName, String indexName) {
        String index = name(database, indexName, Index.class);
        String schema = schemaName == null || schemaName.isBlank() || !database.supports(Schema.class)
                ? null
                : name(database, schemaName, Schema.class);
        return schema == null ? index : schema + "." + index;
    }

    /** The column name for SQL. */
    static String column(Database database, String catalogName, String schemaName, String tableName, String name) {
        return isPlain(name) ? database.escapeColumnName(catalogName, schemaName, tableName, name) : quoted(name);
    }

    private static String name(Database database, String name, Class<? extends DatabaseObject> type) {
        return isPlain(name) ? database.escapeObjectName(name, type) : quoted(name);
    }
}
