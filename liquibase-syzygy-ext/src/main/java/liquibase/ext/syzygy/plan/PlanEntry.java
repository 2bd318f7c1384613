package liquibase.ext.syzygy.plan;

import java.util.Objects;

/**
 * A changeset and what the planned run does with it.
 *
 * @param changeSet the changeset
 * @param action apply, skip, already ran, or blocked
 */
public record PlanEntry(PlannedChangeSet changeSet, Action action) {

    public PlanEntry {
        Objects.requireNonNull(changeSet, "changeSet == null");
        Objects.requireNonNull(action, "action == null");
    }
}
