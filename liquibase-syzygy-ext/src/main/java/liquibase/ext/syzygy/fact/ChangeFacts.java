package liquibase.ext.syzygy.fact;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import liquibase.ext.syzygy.Stage;

/**
 * A Liquibase change reduced to typed facts, so that classification and planning run without Liquibase.
 *
 * @param type the change type name as written in changelogs, e.g. {@code addColumn}
 * @param effects what the change does, typed (see {@link Effect}); read by the rules, the plan check and the replay
 * @param declaredStage the stage the change class states itself through {@code StagedChange}, if any
 * @param statements for a raw-SQL change, its statements as the SQL classifier understood them; empty otherwise,
 *     and empty for raw SQL that could not be read
 * @param unreadable whether some of the change's properties could not be read: its stage is then never inferred
 */
public record ChangeFacts(
        String type,
        List<Effect> effects,
        Optional<Stage> declaredStage,
        List<SqlStatement> statements,
        boolean unreadable) {

    /** The properties that give a column a default, in Liquibase's usual spelling. */
    public static final List<String> DEFAULT_PROPERTIES = List.of(
            "defaultValue",
            "defaultValueNumeric",
            "defaultValueBoolean",
            "defaultValueDate",
            "defaultValueComputed",
            "defaultValueSequenceNext");

    /**
     * Every property {@link CoreEffects} reads. Reading a change's properties costs reflection, on every changeset of
     * every parse, so adapters read these and no others.
     */
    public static final Set<String> READ_PROPERTIES = readProperties();

    public ChangeFacts {
        Objects.requireNonNull(type, "type == null");
        effects = List.copyOf(effects);
        Objects.requireNonNull(declaredStage, "declaredStage == null");
        statements = List.copyOf(statements);
    }

    /**
     * The facts of a change given in Liquibase's vocabulary: its type, its simple properties (only the
     * {@link #READ_PROPERTIES} matter) and its columns.
     *
     * @param unreadable whether some property could not be read: the change is then treated as unknown
     */
    public static ChangeFacts of(
            String type,
            Map<String, String> properties,
            List<ColumnFacts> columns,
            Optional<Stage> declaredStage,
            boolean unreadable) {
        List<Effect> effects = unreadable
                ? List.of(CoreEffects.unknownOn(type, properties))
                : CoreEffects.of(type, properties, columns);
        return new ChangeFacts(type, effects, declaredStage, List.of(), unreadable);
    }

    /** A change in Liquibase's vocabulary whose properties could all be read. */
    public static ChangeFacts of(
            String type, Map<String, String> properties, List<ColumnFacts> columns, Optional<Stage> declaredStage) {
        return of(type, properties, columns, declaredStage, false);
    }

    /** A change with only simple properties and no declared stage. */
    public static ChangeFacts of(String type, Map<String, String> properties) {
        return of(type, properties, List.of(), Optional.empty());
    }

    /**
     * A raw-SQL change ({@code sql}, {@code sqlFile}, formatted SQL) whose statements the SQL classifier read: its
     * effects are those of the statements' equivalent changes, or unknown for each statement not understood.
     */
    public static ChangeFacts sql(String type, List<SqlStatement> statements) {
        List<Effect> effects = new ArrayList<>();
        for (SqlStatement statement : statements) {
            if (statement.equivalent().isPresent()) {
                effects.addAll(statement.equivalent().get().effects());
            } else {
                effects.add(new Effect.Unknown(List.of(), statement.text()));
            }
        }
        return new ChangeFacts(type, effects, Optional.empty(), statements, false);
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
                "baseColumnNames",
                "referencedTableName",
                "referencedTableSchemaName",
                "referencedColumnNames",
                "existingTableName",
                "existingTableSchemaName",
                "newTableName",
                "newTableSchemaName",
                "newColumnName",
                "oldTableName",
                "oldViewName",
                "newViewName",
                "oldSequenceName",
                "newSequenceName",
                "oldColumnName",
                "columnNames",
                "uniqueColumns",
                "validate",
                "sql",
                "replaceIfExists"));
        return Set.copyOf(names);
    }

    /** The columns the change defines or adds (createTable, addColumn and the staged add), else empty. */
    public List<ColumnFacts> columns() {
        for (Effect effect : effects) {
            if (effect instanceof Effect.CreateTable create) {
                return create.columns();
            }
            if (effect instanceof Effect.AddColumns add) {
                return add.columns();
            }
        }
        return List.of();
    }
}
