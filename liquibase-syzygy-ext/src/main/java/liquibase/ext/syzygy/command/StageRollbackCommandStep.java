package liquibase.ext.syzygy.command;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import liquibase.command.CommandScope;
import liquibase.exception.CommandValidationException;
import liquibase.ext.syzygy.configuration.SyzygyConfiguration;
import liquibase.ext.syzygy.finding.Finding;
import liquibase.ext.syzygy.plan.RollbackPhase;
import liquibase.ext.syzygy.plan.StageGuard;
import liquibase.util.StringUtil;

/**
 * Turns Liquibase's rollback commands into the two phases of a reverse deploy: {@code --contexts=pre-deploy} undoes
 * the post-deploy changesets, {@code --contexts=post-deploy} the pre-deploy ones (see {@link RollbackPhase}).
 *
 * <p>Everything happens in {@link #validate(CommandScope)}, which Liquibase runs for every entry point (CLI, Maven
 * plugin, {@code Liquibase.rollback(..)}, {@code CommandScope}) before any pipeline step touches the database: it
 * refuses a rollback without a stage ({@code NO_STAGE_SELECTED}), rewrites the contexts argument into the forward
 * stage to undo (so Liquibase's own filters pick the changesets), and runs the dependents check on the exact
 * rollback set ({@link RollbackPreflight}). A cross-cutting step, never a {@code @CommandOverride}, which would
 * collide with liquibase-commercial.
 */
public class StageRollbackCommandStep extends CrossCuttingStep {

    private static final Set<String> ROLLBACK_COMMANDS = Set.of(
            "rollback", "rollbackSql", "rollbackCount", "rollbackCountSql", "rollbackToDate", "rollbackToDateSql");

    public StageRollbackCommandStep() {
        super(ROLLBACK_COMMANDS);
    }

    @Override
    public void validate(CommandScope commandScope) throws CommandValidationException {
        List<String> contexts = RunContexts.of(commandScope);
        if (RollbackPhase.isTestingRollback(contexts)) {
            return; // update-testing-rollback undoing its own update, in its own stage
        }
        if (!RollbackPhase.isTranslated(contexts)) {
            refuseWithoutStage(commandScope, contexts);
            if (!StageGuard.selectedStages(contexts).isEmpty()) {
                RunContexts.set(commandScope, RollbackPhase.translate(contexts));
            }
        }
        List<Finding> errors = RollbackPreflight.check(commandScope);
        if (!errors.isEmpty()) {
            throw new CommandValidationException(
                    errors.stream().map(Finding::format).collect(Collectors.joining(System.lineSeparator())));
        }
    }

    private static void refuseWithoutStage(CommandScope commandScope, List<String> contexts)
            throws CommandValidationException {
        if (!SyzygyConfiguration.requireStage()) {
            return;
        }
        String command = StringUtil.toKabobCase(commandScope.getCommand().getName()[0]);
        Optional<Finding> finding =
                StageGuard.checkRollback(command, contexts, SyzygyConfiguration.REQUIRE_STAGE.getKey());
        if (finding.isPresent()) {
            throw new CommandValidationException(finding.get().format());
        }
    }
}
