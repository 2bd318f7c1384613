package liquibase.ext.syzygy.stage;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import liquibase.ext.syzygy.Stage;
import liquibase.ext.syzygy.fact.ChangeFacts;
import liquibase.ext.syzygy.fact.ChangeSetFacts;

/**
 * Resolves the stage of a changeset: defined, else an override, else inferred from its changes, else a fallback,
 * else ambiguous.
 *
 * <p>Immutable and pure; one instance serves a whole run. It never throws for ambiguity: it returns an
 * ambiguous decision and lets the caller turn it into a finding, so that a report can show every problem.
 */
public final class StageClassifier {

    private static final StageClassifier STANDARD = new StageClassifier(StagePolicy.none());

    private final StagePolicy policy;

    private StageClassifier(StagePolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy == null");
    }

    /** The classifier with the built-in rules for every change type Liquibase core ships, and no settings. */
    public static StageClassifier standard() {
        return STANDARD;
    }

    /** The built-in rules plus the operator's overrides and fallbacks. */
    public static StageClassifier withPolicy(StagePolicy policy) {
        return new StageClassifier(policy);
    }

    /**
     * Resolves the stage of {@code changeSet}.
     *
     * <p>Precedence: a stage named by the changeset's own context expression, then one named by an enclosing
     * changelog or include; then the first {@code stageOverrides} entry that matches; then the stage all changes
     * agree on (neutral changes follow the others, a changeset of only neutral changes is pre-deploy); then the
     * first matching {@code stageFallbacks} entry; then, for changelogs loaded from a jar, the third-party
     * fallback. Anything else (naming both stages, mixing stages, an undecidable change) is ambiguous.
     */
    public StageDecision decide(ChangeSetFacts changeSet) {
        Set<Stage> own = ContextNames.stagesNamedIn(changeSet.contextExpression());
        StageDecision defined = !own.isEmpty()
                ? defined(own, "its context '" + changeSet.contextExpression() + "'")
                : defined(inheritedStages(changeSet), "the context of its changelog or include");
        if (defined != null && !defined.isAmbiguous()) {
            return defined;
        }
        List<ChangeVerdict> verdicts = verdicts(changeSet.changes());
        var override = policy.override(changeSet.id());
        if (override.isPresent()) {
            return PolicyDecisions.overridden(override.get(), policy.keys(), verdicts);
        }
        StageDecision inferred = defined == null ? infer(verdicts) : defined;
        return inferred.isAmbiguous() ? PolicyDecisions.settle(inferred, changeSet, policy) : inferred;
    }

    private static Set<Stage> inheritedStages(ChangeSetFacts changeSet) {
        List<String> expressions = changeSet.inheritedContextExpressions();
        if (expressions.isEmpty()) {
            return Set.of();
        }
        Set<Stage> inherited = EnumSet.noneOf(Stage.class);
        expressions.forEach(e -> inherited.addAll(ContextNames.stagesNamedIn(e)));
        return inherited;
    }

    /** The defined decision, ambiguous when both stages are named; null when no stage is named. */
    private static StageDecision defined(Set<Stage> stages, String source) {
        if (stages.isEmpty()) {
            return null;
        }
        if (stages.size() > 1) {
            return StageDecision.ambiguous(source + " names both pre-deploy and post-deploy", List.of());
        }
        Stage stage = stages.iterator().next();
        return StageDecision.of(stage, Origin.DEFINED, source + " names " + stage, List.of());
    }

    private static List<ChangeVerdict> verdicts(List<ChangeFacts> changes) {
        return ChangeSetVerdicts.of(changes);
    }

    /** The stage all verdicts agree on, ignoring neutral ones; ambiguous when they disagree or one is undecidable. */
    static StageDecision infer(List<ChangeVerdict> verdicts) {
        boolean pre = false;
        boolean post = false;
        boolean undecidable = false;
        for (int i = 0; i < verdicts.size(); i++) {
            ChangeVerdict verdict = verdicts.get(i);
            undecidable |= verdict.kind() == ChangeVerdict.Kind.UNDECIDABLE;
            pre |= verdict.stage().orElse(null) == Stage.PRE_DEPLOY;
            post |= verdict.stage().orElse(null) == Stage.POST_DEPLOY;
        }
        if (undecidable) {
            List<ChangeVerdict> which = verdicts.stream()
                    .filter(v -> v.kind() == ChangeVerdict.Kind.UNDECIDABLE)
                    .toList();
            return StageDecision.ambiguous("the stage of " + types(which) + " cannot be inferred", verdicts);
        }
        if (pre && post) {
            return StageDecision.ambiguous("it mixes pre-deploy and post-deploy changes", verdicts);
        }
        if (!pre && !post) {
            String why =
                    verdicts.isEmpty() ? "it has no changes" : "it has only neutral changes (" + types(verdicts) + ")";
            return StageDecision.of(Stage.PRE_DEPLOY, Origin.INFERRED, why + ", which run pre-deploy", verdicts);
        }
        Stage stage = pre ? Stage.PRE_DEPLOY : Stage.POST_DEPLOY;
        List<ChangeVerdict> staged = verdicts.size() == 1
                ? verdicts
                : verdicts.stream().filter(v -> v.stage().isPresent()).toList();
        return StageDecision.of(
                stage, Origin.INFERRED, "all changes are " + stage + " (" + types(staged) + ")", verdicts);
    }

    private static String types(List<ChangeVerdict> verdicts) {
        if (verdicts.size() == 1) {
            return verdicts.get(0).changeType();
        }
        return verdicts.stream().map(ChangeVerdict::changeType).distinct().collect(Collectors.joining(", "));
    }
}
