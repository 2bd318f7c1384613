package liquibase.ext.syzygy.plan;

import java.util.Objects;
import liquibase.ext.syzygy.stage.ChangeSetFacts;
import liquibase.ext.syzygy.stage.ChangeSetId;
import liquibase.ext.syzygy.stage.StageDecision;

/**
 * One changeset of the flattened changelog, in changelog order, as the planner sees it.
 *
 * @param facts the changeset's plain facts
 * @param decision its resolved stage
 * @param ran whether DATABASECHANGELOG says it already ran
 */
public record PlannedChangeSet(ChangeSetFacts facts, StageDecision decision, boolean ran) {

    public PlannedChangeSet {
        Objects.requireNonNull(facts, "facts == null");
        Objects.requireNonNull(decision, "decision == null");
    }

    public ChangeSetId id() {
        return facts.id();
    }
}
