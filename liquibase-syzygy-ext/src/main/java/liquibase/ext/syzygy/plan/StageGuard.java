package liquibase.ext.syzygy.plan;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import liquibase.ext.syzygy.Stage;
import liquibase.ext.syzygy.finding.Finding;
import liquibase.ext.syzygy.finding.FindingCode;
import liquibase.ext.syzygy.finding.Severity;
import liquibase.ext.syzygy.stage.ContextNames;

/**
 * Refuses runs that select no stage: a Liquibase run without a stage context applies every changeset at once,
 * which is exactly the unsafe deploy the extension exists to prevent.
 */
public final class StageGuard {

    private StageGuard() {}

    /** The stages selected by the runtime contexts ({@code @pre-deploy} counts as {@code pre-deploy}). */
    public static Set<Stage> selectedStages(Collection<String> runtimeContexts) {
        Set<Stage> stages = EnumSet.noneOf(Stage.class);
        for (String context : runtimeContexts) {
            stages.addAll(ContextNames.stagesNamedIn(context));
        }
        return stages;
    }

    /**
     * A {@code NO_STAGE_SELECTED} error when {@code runtimeContexts} select neither stage, naming the command and
     * suggesting the stage a misspelt context probably meant, in the CLI's syntax.
     *
     * @param commandName the command as the user knows it, e.g. {@code update}
     * @param settingKey the key of the setting that turns the guard off, named in the hint
     */
    public static Optional<Finding> check(String commandName, Collection<String> runtimeContexts, String settingKey) {
        return check(commandName, runtimeContexts, settingKey, EntryPoint.CLI);
    }

    /** The same check, its hint in the syntax of {@code entryPoint} (CLI flag, Maven or Spring Boot property). */
    public static Optional<Finding> check(
            String commandName, Collection<String> runtimeContexts, String settingKey, EntryPoint entryPoint) {
        return check(
                commandName,
                runtimeContexts,
                "apply",
                "Run the stage you mean: " + entryPoint.contexts("pre-deploy") + " before rolling out the new code, "
                        + entryPoint.contexts("post-deploy") + " after; "
                        + entryPoint.contexts(FreshInstall.BOTH_STAGES)
                        + " applies everything (a fresh install, or development). To turn this check off, set "
                        + settingKey + "=false.",
                entryPoint);
    }

    /**
     * The same check for a rollback command, whose stage context names the phase of the reverse deploy.
     *
     * @see RollbackPhase
     */
    public static Optional<Finding> checkRollback(
            String commandName, Collection<String> runtimeContexts, String settingKey) {
        return check(
                commandName,
                runtimeContexts,
                "roll back",
                "Roll back in two phases: --contexts=pre-deploy before the old code goes back out (it undoes the "
                        + "post-deploy changesets), then --contexts=post-deploy once the old code runs everywhere (it "
                        + "undoes the pre-deploy changesets); --contexts=pre-deploy,post-deploy undoes both at once "
                        + "(development only). To turn this check off, set " + settingKey + "=false.",
                EntryPoint.CLI);
    }

    private static Optional<Finding> check(
            String commandName,
            Collection<String> runtimeContexts,
            String verb,
            String hintWithoutMisspelling,
            EntryPoint entryPoint) {
        if (!selectedStages(runtimeContexts).isEmpty()) {
            return Optional.empty();
        }
        List<String> misspelt = runtimeContexts.stream()
                .flatMap(context -> ContextNames.misspeltStages(context).stream())
                .toList();
        String joined = String.join(",", runtimeContexts);
        String given = runtimeContexts.isEmpty()
                ? "no contexts"
                : entryPoint == EntryPoint.CLI ? "--contexts=" + joined : "the contexts \"" + joined + "\"";
        String message =
                "'" + commandName + "' was run with " + given + ", which selects no deployment stage, so it would "
                        + verb + " the changesets of both stages at once.";
        String hint = misspelt.isEmpty()
                ? hintWithoutMisspelling
                : "Did you mean " + suggestions(misspelt, entryPoint)
                        + "? Stage contexts are exactly pre-deploy and post-deploy.";
        return Optional.of(new Finding(FindingCode.NO_STAGE_SELECTED, Severity.ERROR, Optional.empty(), message, hint));
    }

    private static String suggestions(List<String> misspelt, EntryPoint entryPoint) {
        return misspelt.stream()
                .map(name ->
                        entryPoint.contexts(ContextNames.probableStage(name).contextName()) + " (not '" + name + "')")
                .collect(Collectors.joining(" or "));
    }
}
