package liquibase.ext.syzygy.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import liquibase.ext.syzygy.schema.DbObject;
import liquibase.ext.syzygy.schema.Footprint;

/**
 * The pending post-deploy changesets a pre-deploy run has skipped so far, indexed by object name so that
 * checking each later pre-deploy changeset costs time proportional to its own footprint, not to the plan.
 */
final class SkippedPostDeploy {

    /** A skipped changeset and the object through which a later changeset depends on it. */
    record Conflict(PlannedChangeSet changeSet, String through) {}

    private record Touch(DbObject object, PlannedChangeSet changeSet) {}

    private final Map<String, List<Touch>> byName = new HashMap<>();
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
        for (DbObject object : footprint.objects()) {
            byName.computeIfAbsent(object.name(), n -> new ArrayList<>(1)).add(new Touch(object, changeSet));
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
        for (DbObject object : footprint.objects()) {
            for (Touch touch : byName.getOrDefault(object.name(), List.of())) {
                if (touch.object().mayBeSameAs(object)) {
                    return Optional.of(new Conflict(touch.changeSet(), "'" + object + "'"));
                }
            }
        }
        if (firstOpaque != null) {
            return Optional.of(new Conflict(firstOpaque, "raw SQL or a custom change, which may touch anything"));
        }
        return Optional.empty();
    }
}
