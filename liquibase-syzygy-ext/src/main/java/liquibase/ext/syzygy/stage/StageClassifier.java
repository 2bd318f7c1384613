package liquibase.ext.syzygy.stage;

/**
 * Resolves the stage of a changeset: defined, else inferred from its changes, else ambiguous.
 *
 * <p>Immutable and pure; one instance serves a whole run.
 */
public final class StageClassifier {

    /** The classifier with the built-in rules for every change type Liquibase core ships. */
    public static StageClassifier standard() {
        return new StageClassifier();
    }

    /** Resolves the stage of {@code changeSet}; never throws for ambiguity, it returns an ambiguous decision. */
    public StageDecision decide(ChangeSetFacts changeSet) {
        throw new UnsupportedOperationException("pending");
    }
}
