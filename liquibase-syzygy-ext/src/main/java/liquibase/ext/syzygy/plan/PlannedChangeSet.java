package liquibase.ext.syzygy.plan;

import java.util.Objects;
import liquibase.ext.syzygy.fact.ChangeSetFacts;
import liquibase.ext.syzygy.fact.ChangeSetId;
import liquibase.ext.syzygy.stage.StageDecision;

/**
 * One changeset of the flattened changelog, in changelog order, as the planner sees it.
 *
 * @param facts the changeset's plain facts
 * @param decision its resolved stage
 * @param ran whether DATABASECHANGELOG says it already ran
 * @param selected whether the run's other filters (the user's own contexts, labels, dbms) let it run in its stage
 */
public record PlannedChangeSet(ChangeSetFacts facts, StageDecision decision, boolean ran, boolean selected) {

    public PlannedChangeSet {
        Objects.requireNonNull(facts, "facts == null");
        Objects.requireNonNull(decision, "decision == null");
    }

    /** A changeset that no filter other than its stage excludes. */
    public PlannedChangeSet(ChangeSetFacts facts, StageDecision decision, boolean ran) {
        this(facts, decision, ran, true);
    }

    public ChangeSetId id() {
        return facts.id();
    }
}
