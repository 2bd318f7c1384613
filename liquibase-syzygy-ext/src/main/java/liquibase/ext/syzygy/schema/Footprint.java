package liquibase.ext.syzygy.schema;

import java.util.Set;

/**
 * The database objects a changeset touches. An unknown footprint (raw SQL, custom changes) may touch anything.
 *
 * @param objects the objects known to be touched
 * @param unknown whether the changeset may touch objects beyond {@code objects}
 */
public record Footprint(Set<DbObject> objects, boolean unknown) {

    public static final Footprint NONE = new Footprint(Set.of(), false);
    public static final Footprint UNKNOWN = new Footprint(Set.of(), true);

    public Footprint {
        objects = Set.copyOf(objects);
    }

    /** Whether two changesets with these footprints may depend on each other. */
    public boolean overlaps(Footprint other) {
        if (unknown && !other.isEmpty() || other.unknown && !isEmpty()) {
            return true;
        }
        for (DbObject mine : objects) {
            for (DbObject theirs : other.objects) {
                if (mine.mayBeSameAs(theirs)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the changeset touches nothing at all (tagDatabase, output, empty). */
    public boolean isEmpty() {
        return objects.isEmpty() && !unknown;
    }
}
