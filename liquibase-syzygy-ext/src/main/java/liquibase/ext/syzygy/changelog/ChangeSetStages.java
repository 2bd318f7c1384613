package liquibase.ext.syzygy.changelog;

import java.util.Objects;
import java.util.Optional;
import liquibase.changelog.ChangeSet;
import liquibase.ext.syzygy.fact.ChangeSetFacts;
import liquibase.ext.syzygy.stage.StageDecision;

/**
 * Reads back what the {@link StageAssigner} stored on a changeset at parse time.
 *
 * <p>The decision travels with the {@link ChangeSet} as a custom attribute so that the validator and the
 * {@code stage-plan} command see exactly what was written into the contexts, without classifying twice. Custom
 * attributes are not part of the checksum. Facts and decision share one attribute: the validator reads both for
 * every changeset on every validation, and each lookup touches the changeset's attribute map again.
 */
public final class ChangeSetStages {

    /** Attribute holding the {@link Assignment}. */
    public static final String ATTRIBUTE = "syzygy.stage";

    /**
     * What the parser decided about a changeset.
     *
     * @param facts the original facts, read before the stage was added to the contexts
     * @param decision the stage decision made from them
     */
    public record Assignment(ChangeSetFacts facts, StageDecision decision) {

        public Assignment {
            Objects.requireNonNull(facts, "facts == null");
            Objects.requireNonNull(decision, "decision == null");
        }
    }

    private ChangeSetStages() {}

    /** What the parser stored, empty for changesets it did not see (built in code). */
    public static Optional<Assignment> assignment(ChangeSet changeSet) {
        return changeSet.getAttribute(ATTRIBUTE) instanceof Assignment assignment
                ? Optional.of(assignment)
                : Optional.empty();
    }

    /** The decision stored at parse time, empty for changesets the parser did not see (built in code). */
    public static Optional<StageDecision> decision(ChangeSet changeSet) {
        return assignment(changeSet).map(Assignment::decision);
    }

    /** The original facts stored at parse time, empty for changesets the parser did not see. */
    public static Optional<ChangeSetFacts> facts(ChangeSet changeSet) {
        return assignment(changeSet).map(Assignment::facts);
    }

    static void store(ChangeSet changeSet, ChangeSetFacts facts, StageDecision decision) {
        changeSet.setAttribute(ATTRIBUTE, new Assignment(facts, decision));
    }
}
