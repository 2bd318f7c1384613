package liquibase.ext.syzygy.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import liquibase.ext.syzygy.fact.Touch;
import liquibase.ext.syzygy.schema.Footprint;

/**
 * The pending post-deploy changesets a pre-deploy run has skipped so far, indexed by object name so that
 * checking each later pre-deploy changeset costs time proportional to its own footprint, not to the plan.
 * Dependencies are per column: changesets that touch different columns of one table are independent, while a
 * touch of the whole table (create, drop, rename, data changes) depends on every touch of it.
 */
final class SkippedPostDeploy {

    /** A skipped changeset and the object through which a later changeset depends on it. */
    record Conflict(PlannedChangeSet changeSet, String through) {}

    private record Touched(Touch touch, PlannedChangeSet changeSet) {}

    private final Map<String, List<Touched>> byName = new HashMap<>();
    private PlannedChangeSet firstOpaque;
    private PlannedChangeSet firstNonEmpty;

    void add(PlannedChangeSet changeSet, Footprint footprint) {
        if (footprint.isEmpty()) {
            return;
        }
        if (firstNonEmpty == null) {
            firstNonEmpty = changeSet;
        }
        if (footprint.unknown() && firstOpaque == null) {
            firstOpaque = changeSet;
        }
        for (Touch touch : footprint.touches()) {
            byName.computeIfAbsent(touch.object().name(), n -> new ArrayList<>(1))
                    .add(new Touched(touch, changeSet));
        }
    }

    /** The first skipped changeset that a changeset with {@code footprint} may depend on. */
    Optional<Conflict> firstConflictWith(Footprint footprint) {
        if (footprint.isEmpty() || firstNonEmpty == null) {
            return Optional.empty();
        }
        if (footprint.unknown()) {
            return Optional.of(new Conflict(firstNonEmpty, "its raw SQL or custom change, which may touch anything"));
        }
        for (Touch touch : footprint.touches()) {
            for (Touched skipped : byName.getOrDefault(touch.object().name(), List.of())) {
                if (skipped.touch().overlaps(touch)) {
                    return Optional.of(new Conflict(skipped.changeSet(), "'" + touch + "'"));
                }
            }
        }
        if (firstOpaque != null) {
            return Optional.of(new Conflict(firstOpaque, "raw SQL or a custom change, which may touch anything"));
        }
        return Optional.empty();
    }
}
