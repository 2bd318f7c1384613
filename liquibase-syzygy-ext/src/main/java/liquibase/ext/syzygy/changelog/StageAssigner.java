package liquibase.ext.syzygy.changelog;

import java.util.List;
import java.util.Objects;
import liquibase.ContextExpression;
import liquibase.changelog.ChangeSet;
import liquibase.ext.syzygy.stage.ChangeSetFacts;
import liquibase.ext.syzygy.stage.ContextNames;
import liquibase.ext.syzygy.stage.StageClassifier;
import liquibase.ext.syzygy.stage.StageDecision;

/**
 * Writes each changeset's stage into its Liquibase context filter, so that a plain
 * {@code liquibase update --contexts=pre-deploy} selects the right changesets in every entry point.
 *
 * <p>Contexts are not part of the checksum, so assignment never invalidates applied changesets. An ambiguous
 * changeset keeps its contexts unchanged: the validator then stops the run before anything is applied.
 *
 * <p>Idempotent: a changeset that already carries {@link ChangeSetStages#ATTRIBUTE} is classified from those
 * original facts, never from its already-extended context filter.
 */
public final class StageAssigner {

    private final StageClassifier classifier;
    private final ChangeSetFactsReader reader;

    public StageAssigner(StageClassifier classifier, ChangeSetFactsReader reader) {
        this.classifier = Objects.requireNonNull(classifier, "classifier == null");
        this.reader = Objects.requireNonNull(reader, "reader == null");
    }

    /** Assigns stages to every changeset of a root changelog's flattened list, in order. */
    public void assignAll(List<ChangeSet> changeSets) {
        for (ChangeSet changeSet : changeSets) {
            assign(changeSet);
        }
    }

    /** Classifies {@code changeSet}, records the decision on it and, when it has a stage, adds it to its contexts. */
    public StageDecision assign(ChangeSet changeSet) {
        ChangeSetFacts facts = ChangeSetStages.facts(changeSet).orElseGet(() -> reader.read(changeSet));
        StageDecision decision = classifier.decide(facts);
        ChangeSetStages.store(changeSet, facts, decision);
        decision.stage()
                .ifPresent(stage -> changeSet.setContextFilter(
                        new ContextExpression(ContextNames.withStage(facts.contextExpression(), stage))));
        return decision;
    }
}
