package liquibase.ext.syzygy.schema;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import liquibase.ext.syzygy.stage.ChangeFacts;

/**
 * Works out which tables, views, sequences and procedures a changeset touches, from its changes' properties.
 *
 * <p>Conservative by design: raw SQL, custom changes and any change whose objects cannot be read from its
 * properties touch "anything", so the plan check treats them as depending on everything.
 */
public final class Footprints {

    private static final Set<String> OPAQUE = Set.of("sql", "sqlFile", "customChange", "executeCommand");
    private static final Set<String> TOUCH_NOTHING = Set.of("tagDatabase", "empty", "output", "stop");

    /** Object-name property to the property holding its schema, for every naming convention core changes use. */
    private static final Map<String, List<String>> NAME_TO_SCHEMA = Map.ofEntries(
            Map.entry("tableName", List.of("schemaName")),
            Map.entry("viewName", List.of("schemaName")),
            Map.entry("sequenceName", List.of("schemaName")),
            Map.entry("procedureName", List.of("schemaName")),
            Map.entry("baseTableName", List.of("baseTableSchemaName")),
            Map.entry("referencedTableName", List.of("referencedTableSchemaName")),
            Map.entry("existingTableName", List.of("existingTableSchemaName")),
            Map.entry("oldTableName", List.of("schemaName")),
            Map.entry("newTableName", List.of("newTableSchemaName", "schemaName")),
            Map.entry("oldViewName", List.of("schemaName")),
            Map.entry("newViewName", List.of("schemaName")),
            Map.entry("oldSequenceName", List.of("schemaName")),
            Map.entry("newSequenceName", List.of("schemaName")));

    private Footprints() {}

    /** The footprint of a changeset made of {@code changes}. */
    public static Footprint of(List<ChangeFacts> changes) {
        Set<DbObject> objects = new HashSet<>();
        for (ChangeFacts change : changes) {
            if (OPAQUE.contains(change.type())) {
                return new Footprint(objects, true);
            }
            if (TOUCH_NOTHING.contains(change.type())) {
                continue;
            }
            Set<DbObject> touched = objectsOf(change);
            if (touched.isEmpty()) {
                return new Footprint(objects, true);
            }
            objects.addAll(touched);
        }
        return new Footprint(objects, false);
    }

    private static Set<DbObject> objectsOf(ChangeFacts change) {
        Set<DbObject> objects = new HashSet<>();
        NAME_TO_SCHEMA.forEach((nameProperty, schemaProperties) -> change.property(nameProperty)
                .ifPresent(name -> objects.add(DbObject.of(schemaOf(change, schemaProperties), name))));
        return objects;
    }

    private static String schemaOf(ChangeFacts change, List<String> schemaProperties) {
        for (String property : schemaProperties) {
            if (change.property(property).isPresent()) {
                return change.property(property).get();
            }
        }
        return null;
    }
}
