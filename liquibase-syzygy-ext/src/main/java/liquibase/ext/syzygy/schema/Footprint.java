package liquibase.ext.syzygy.schema;

import java.util.HashSet;
import java.util.Set;
import liquibase.ext.syzygy.fact.Touch;

/**
 * The objects and columns a changeset touches. An unknown footprint (raw SQL not understood, custom changes) may
 * touch anything.
 *
 * @param touches the objects and columns known to be touched
 * @param unknown whether the changeset may touch objects beyond {@code touches}
 */
public record Footprint(Set<Touch> touches, boolean unknown) {

    public static final Footprint NONE = new Footprint(Set.of(), false);
    public static final Footprint UNKNOWN = new Footprint(Set.of(), true);

    public Footprint {
        touches = Set.copyOf(touches);
    }

    /**
     * The same footprint with every column widened to its whole table: for checks that must stay per table, such as
     * a rollback's, where undoing one column's change under a later change to another column of the same table is
     * how a rollback run out of phase order shows.
     */
    public Footprint wholeObjects() {
        Set<Touch> whole = new HashSet<>();
        for (Touch touch : touches) {
            whole.add(Touch.whole(touch.object()));
        }
        return new Footprint(whole, unknown);
    }

    /** Whether two changesets with these footprints may depend on each other. */
    public boolean overlaps(Footprint other) {
        if (unknown && !other.isEmpty() || other.unknown && !isEmpty()) {
            return true;
        }
        for (Touch mine : touches) {
            for (Touch theirs : other.touches) {
                if (mine.overlaps(theirs)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the changeset touches nothing at all (tagDatabase, output, empty). */
    public boolean isEmpty() {
        return touches.isEmpty() && !unknown;
    }
}
