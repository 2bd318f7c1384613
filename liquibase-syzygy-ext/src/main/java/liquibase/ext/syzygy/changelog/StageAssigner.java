package liquibase.ext.syzygy.changelog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import liquibase.ContextExpression;
import liquibase.changelog.ChangeSet;
import liquibase.ext.syzygy.Stage;
import liquibase.ext.syzygy.fact.ChangeSetFacts;
import liquibase.ext.syzygy.stage.ContextNames;
import liquibase.ext.syzygy.stage.Origin;
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
 *
 * <p>One instance assigns one changelog, on one thread. Changesets whose new contexts read the same share one
 * {@link ContextExpression}, as the changesets of one include already share that include's filter in Liquibase
 * (which never changes an expression once parsed): most changesets end up with {@code pre-deploy} or
 * {@code post-deploy}, and building a new expression for each was a third of the assignment's allocations.
 */
public final class StageAssigner {

    private final StageClassifier classifier;
    private final ChangeSetFactsReader reader;
    private final Map<String, ContextExpression> filters = new HashMap<>();

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
        Optional<ChangeSetFacts> stored = ChangeSetStages.facts(changeSet);
        ChangeSetFacts facts = stored.isPresent() ? stored.get() : reader.read(changeSet);
        StageDecision decision = classifier.decide(facts);
        ChangeSetStages.store(changeSet, facts, decision);
        if (!decision.isAmbiguous()) {
            Stage stage = decision.stageOrThrow();
            String declared = decision.origin() == Origin.OVERRIDE && facts.contextExpression() != null
                    ? ContextNames.withMisspeltStagesAs(facts.contextExpression(), stage)
                    : facts.contextExpression();
            String contexts = ContextNames.withStage(declared, stage);
            if (!contexts.equals(facts.contextExpression())) {
                changeSet.setContextFilter(filter(contexts));
            }
        }
        return decision;
    }

    private ContextExpression filter(String contexts) {
        ContextExpression filter = filters.get(contexts);
        if (filter == null) {
            filter = new ContextExpression(contexts);
            filters.put(contexts, filter);
        }
        return filter;
    }
}
