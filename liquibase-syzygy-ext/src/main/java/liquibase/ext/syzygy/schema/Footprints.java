package liquibase.ext.syzygy.schema;

import java.util.HashSet;
import java.util.List;
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

    /**
     * Object-name property and the properties holding its schema, for every naming convention core changes use. A
     * list, not a map: it is walked for every pending change, and an immutable map's iteration allocates an entry
     * per step.
     */
    private static final List<NameProperty> NAME_PROPERTIES = List.of(
            new NameProperty("tableName", List.of("schemaName")),
            new NameProperty("viewName", List.of("schemaName")),
            new NameProperty("sequenceName", List.of("schemaName")),
            new NameProperty("procedureName", List.of("schemaName")),
            new NameProperty("baseTableName", List.of("baseTableSchemaName")),
            new NameProperty("referencedTableName", List.of("referencedTableSchemaName")),
            new NameProperty("existingTableName", List.of("existingTableSchemaName")),
            new NameProperty("oldTableName", List.of("schemaName")),
            new NameProperty("newTableName", List.of("newTableSchemaName", "schemaName")),
            new NameProperty("oldViewName", List.of("schemaName")),
            new NameProperty("newViewName", List.of("schemaName")),
            new NameProperty("oldSequenceName", List.of("schemaName")),
            new NameProperty("newSequenceName", List.of("schemaName")));

    private record NameProperty(String name, List<String> schemas) {}

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
        for (NameProperty property : NAME_PROPERTIES) {
            change.property(property.name())
                    .ifPresent(name -> objects.add(DbObject.of(schemaOf(change, property.schemas()), name)));
        }
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
