package liquibase.ext.syzygy.sql;

import java.util.LinkedHashMap;
import java.util.Map;
import net.sf.jsqlparser.schema.Table;

/**
 * A possibly schema-qualified object name as written, quotes removed: a quoted identifier keeps its exact text,
 * an unquoted one stays as written (the domain compares names case-insensitively).
 *
 * @param schema the schema, or null when the name is not qualified
 * @param name the object's own name
 */
record Name(String schema, String name) {

    static Name of(Table table) {
        return new Name(unquote(table.getSchemaName()), unquote(table.getName()));
    }

    static String unquote(String identifier) {
        if (identifier == null) {
            return null;
        }
        String trimmed = identifier.trim();
        if (trimmed.length() >= 2
                && (trimmed.startsWith("\"") && trimmed.endsWith("\"")
                        || trimmed.startsWith("`") && trimmed.endsWith("`")
                        || trimmed.startsWith("[") && trimmed.endsWith("]"))) {
            return trimmed.substring(1, trimmed.length() - 1).replace("\"\"", "\"");
        }
        return trimmed;
    }

    /** The name as messages show it: {@code schema.name} or {@code name}. */
    String display() {
        return schema == null ? name : schema + "." + name;
    }

    /** The change properties naming this object: {@code <nameProperty>} and {@code <schemaProperty>}. */
    Map<String, String> properties(String nameProperty, String schemaProperty) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put(nameProperty, name);
        if (schema != null) {
            properties.put(schemaProperty, schema);
        }
        return properties;
    }

    /** The properties of a change on a table: {@code tableName} and {@code schemaName}. */
    Map<String, String> tableProperties() {
        return properties("tableName", "schemaName");
    }
}
