package liquibase.ext.syzygy.stage;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import liquibase.ext.syzygy.Stage;

/**
 * A Liquibase change reduced to plain values, so that classification and planning run without Liquibase.
 *
 * @param type the change type name as written in changelogs, e.g. {@code addColumn}
 * @param properties the change's simple (string-valued) properties by name, e.g. {@code tableName}; adapters need only
 *     fill in the {@link #READ_PROPERTIES}
 * @param columns the columns the change defines, in order (empty for changes without columns)
 * @param declaredStage the stage the change class states itself through {@code StagedChange}, if any
 */
public record ChangeFacts(
        String type, Map<String, String> properties, List<ColumnFacts> columns, Optional<Stage> declaredStage) {

    /** The properties that give a column a default, in Liquibase's usual spelling. */
    public static final List<String> DEFAULT_PROPERTIES = List.of(
            "defaultValue",
            "defaultValueNumeric",
            "defaultValueBoolean",
            "defaultValueDate",
            "defaultValueComputed",
            "defaultValueSequenceNext");

    /**
     * Every property the classifier and the plan checks read. Reading a change's properties costs reflection, on
     * every changeset of every parse, so adapters read these and no others; {@link #property} refuses any other
     * name, so a check that starts reading a new property fails its tests until the name is added here.
     */
    public static final Set<String> READ_PROPERTIES = readProperties();

    public ChangeFacts {
        Objects.requireNonNull(type, "type == null");
        properties = Map.copyOf(properties);
        columns = List.copyOf(columns);
        Objects.requireNonNull(declaredStage, "declaredStage == null");
    }

    /** A change with only simple properties and no declared stage. */
    public static ChangeFacts of(String type, Map<String, String> properties) {
        return new ChangeFacts(type, properties, List.of(), Optional.empty());
    }

    private static Set<String> readProperties() {
        Set<String> names = new HashSet<>(DEFAULT_PROPERTIES);
        names.addAll(List.of(
                "tableName",
                "schemaName",
                "columnName",
                "viewName",
                "sequenceName",
                "procedureName",
                "baseTableName",
                "baseTableSchemaName",
                "referencedTableName",
                "referencedTableSchemaName",
                "existingTableName",
                "existingTableSchemaName",
                "oldTableName",
                "newTableName",
                "newTableSchemaName",
                "oldViewName",
                "newViewName",
                "oldSequenceName",
                "newSequenceName",
                "oldColumnName",
                "newColumnName",
                "sql",
                "replaceIfExists"));
        return Set.copyOf(names);
    }

    /** The property's value, or empty when the change does not set it or sets it blank. */
    public Optional<String> property(String name) {
        if (!READ_PROPERTIES.contains(name)) {
            throw new IllegalArgumentException("not in READ_PROPERTIES: " + name);
        }
        String value = properties.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    /** Whether a boolean property is set to true. */
    public boolean isTrue(String name) {
        return property(name).map(Boolean::parseBoolean).orElse(false);
    }
}
