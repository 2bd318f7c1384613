package liquibase.ext.syzygy.stage;

import java.util.List;
import java.util.Optional;
import liquibase.ext.syzygy.Stage;
import liquibase.ext.syzygy.fact.ChangeSetFacts;
import liquibase.ext.syzygy.fact.ChangeSetId;

/**
 * The decisions the operator's {@link StagePolicy} makes, with reasons that quote the exact setting entry, so that
 * {@code stage-plan} shows why a changeset someone else wrote got its stage.
 */
final class PolicyDecisions {

    private PolicyDecisions() {}

    /** The stage an override entry gives. */
    static StageDecision overridden(StageRule rule, StagePolicy.Keys keys, List<ChangeVerdict> verdicts) {
        return StageDecision.of(
                rule.stage(), Origin.OVERRIDE, "the " + keys.overrides() + " entry '" + rule + "' matches", verdicts);
    }

    /** An ambiguous decision settled by a fallback entry, else the third-party fallback, else left ambiguous. */
    static StageDecision settle(StageDecision ambiguous, ChangeSetFacts changeSet, StagePolicy policy) {
        Optional<StageRule> fallback = policy.fallback(changeSet.id());
        if (fallback.isPresent()) {
            return StageDecision.of(
                    fallback.get().stage(),
                    Origin.FALLBACK,
                    ambiguous.reason() + "; the " + policy.keys().fallbacks() + " entry '" + fallback.get()
                            + "' settles it",
                    ambiguous.verdicts());
        }
        if (changeSet.fromJar() && policy.thirdPartyFallback().isPresent()) {
            Stage stage = policy.thirdPartyFallback().get();
            return StageDecision.of(
                    stage,
                    Origin.FALLBACK,
                    ambiguous.reason() + "; its changelog comes from a jar, and "
                            + policy.keys().thirdPartyFallback() + " is " + stage,
                    ambiguous.verdicts());
        }
        if (changeSet.fromJar() && !policy.keys().overrides().isEmpty()) {
            return ambiguous.withRemedy(
                    overrideRemedy(changeSet.id(), policy.keys().overrides()));
        }
        return ambiguous;
    }

    /** The exact override entry that stages a changeset the user cannot edit. */
    static String overrideRemedy(ChangeSetId id, String overridesKey) {
        return "Its changelog comes from a jar, so it cannot be edited: set " + overridesKey + "="
                + StagePattern.exact(id) + "=pre-deploy (or"
                + " =post-deploy, whichever stage its changes need).";
    }
}
