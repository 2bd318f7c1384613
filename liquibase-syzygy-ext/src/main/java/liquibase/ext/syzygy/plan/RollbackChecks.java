package liquibase.ext.syzygy.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import liquibase.ext.syzygy.fact.ChangeSetId;
import liquibase.ext.syzygy.finding.Finding;
import liquibase.ext.syzygy.schema.Footprints;

/**
 * The plan check of a rollback, the inverse of the forward one: undoing a changeset is only safe when nothing
 * applied after it, that may depend on it, stays applied.
 *
 * <p>django-syzygy checks the rolled-back migration's dependencies here instead of its dependents (a bug); this
 * checks the dependents. It holds for both phases: in the post-deploy phase, a pre-deploy changeset must not be
 * undone while a later post-deploy changeset that touches the same objects stays (run the pre-deploy phase first);
 * in the pre-deploy phase, a post-deploy changeset must not be undone while a later release's pre-deploy changeset
 * that touches the same objects stays (roll back one release at a time). "Depends on" means overlapping
 * {@link Footprints footprints}, judged per table (not per column, as the forward check is): a rollback phase run
 * out of order undoes one column's change while a later change to another column of the same table stays, and that
 * must be refused. Raw SQL that is not understood depends on everything.
 */
public final class RollbackChecks {

    private RollbackChecks() {}

    /**
     * {@code AMBIGUOUS_PLAN} errors, one per rolled-back changeset that a later, still-applied changeset may
     * depend on, in execution order.
     *
     * @param ranInExecutionOrder the applied changesets found in the changelog, in the order they were executed
     * @param rolledBack the changesets the rollback undoes
     */
    public static List<Finding> check(List<PlannedChangeSet> ranInExecutionOrder, Set<ChangeSetId> rolledBack) {
        // Walk backwards in time: everything seen so far and not rolled back was applied later and stays.
        SkippedPostDeploy staying = new SkippedPostDeploy();
        List<Finding> findings = new ArrayList<>();
        for (int i = ranInExecutionOrder.size() - 1; i >= 0; i--) {
            PlannedChangeSet changeSet = ranInExecutionOrder.get(i);
            var footprint = Footprints.of(changeSet.facts().changes()).wholeObjects();
            if (rolledBack.contains(changeSet.id())) {
                staying.firstConflictWith(footprint)
                        .ifPresent(conflict -> findings.add(PlanFindings.rollbackLeavesDependent(changeSet, conflict)));
            } else {
                staying.add(changeSet, footprint);
            }
        }
        Collections.reverse(findings);
        return findings;
    }
}
