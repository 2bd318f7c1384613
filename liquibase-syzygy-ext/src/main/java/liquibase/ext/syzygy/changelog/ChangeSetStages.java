package liquibase.ext.syzygy.changelog;

import java.util.Optional;
import liquibase.changelog.ChangeSet;
import liquibase.ext.syzygy.stage.ChangeSetFacts;
import liquibase.ext.syzygy.stage.StageDecision;

/**
 * Reads back what the {@link StageAssigner} stored on a changeset at parse time.
 *
 * <p>The decision travels with the {@link ChangeSet} as a custom attribute so that the validator and the
 * {@code stage-plan} command see exactly what was written into the contexts, without classifying twice. Custom
 * attributes are not part of the checksum.
 */
public final class ChangeSetStages {

    /** Attribute holding the {@link StageDecision}. */
    public static final String DECISION_ATTRIBUTE = "syzygy.decision";

    /** Attribute holding the original {@link ChangeSetFacts}, read before the stage was added to the contexts. */
    public static final String FACTS_ATTRIBUTE = "syzygy.facts";

    private ChangeSetStages() {}

    /** The decision stored at parse time, empty for changesets the parser did not see (built in code). */
    public static Optional<StageDecision> decision(ChangeSet changeSet) {
        return changeSet.getAttribute(DECISION_ATTRIBUTE) instanceof StageDecision decision
                ? Optional.of(decision)
                : Optional.empty();
    }

    /** The original facts stored at parse time, empty for changesets the parser did not see. */
    public static Optional<ChangeSetFacts> facts(ChangeSet changeSet) {
        return changeSet.getAttribute(FACTS_ATTRIBUTE) instanceof ChangeSetFacts facts
                ? Optional.of(facts)
                : Optional.empty();
    }

    static void store(ChangeSet changeSet, ChangeSetFacts facts, StageDecision decision) {
        changeSet.setAttribute(FACTS_ATTRIBUTE, facts);
        changeSet.setAttribute(DECISION_ATTRIBUTE, decision);
    }
}
