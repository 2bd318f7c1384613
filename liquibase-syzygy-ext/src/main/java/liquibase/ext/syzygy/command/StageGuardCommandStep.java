package liquibase.ext.syzygy.command;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import liquibase.command.CommandScope;
import liquibase.exception.CommandValidationException;
import liquibase.ext.syzygy.configuration.SyzygyConfiguration;
import liquibase.ext.syzygy.finding.Finding;
import liquibase.ext.syzygy.finding.FindingCode;
import liquibase.ext.syzygy.finding.Severity;
import liquibase.ext.syzygy.plan.RollbackPhase;
import liquibase.ext.syzygy.plan.StageGuard;
import liquibase.ext.syzygy.stage.StageSettingException;
import liquibase.ext.syzygy.validation.CurrentRun;
import liquibase.util.StringUtil;

/**
 * Refuses an update-family command that selects no stage: without a stage context Liquibase would apply pre-deploy
 * and post-deploy changesets in one go, which is exactly the unsafe deploy the extension exists to prevent.
 *
 * <p>A cross-cutting step rather than a {@code @CommandOverride} (which would collide with liquibase-commercial).
 * The veto happens in {@link #validate(CommandScope)}, before any step touches the database. Turned off with
 * {@link SyzygyConfiguration#REQUIRE_STAGE}.
 */
public class StageGuardCommandStep extends CrossCuttingStep {

    private static final Set<String> GUARDED_COMMANDS = Set.of(
            "update",
            "updateSql",
            "updateCount",
            "updateCountSql",
            "updateToTag",
            "updateToTagSql",
            "updateTestingRollback");

    /** Commands that apply changesets but cannot join a quorum. */
    private static final Set<String> QUORUM_REFUSED = Set.of("updateCount", "updateToTag", "updateTestingRollback");

    public StageGuardCommandStep() {
        super(GUARDED_COMMANDS);
    }

    @Override
    public void validate(CommandScope commandScope) throws CommandValidationException {
        try {
            SyzygyConfiguration.stagePolicy(); // fail on a bad stage setting before connecting
        } catch (StageSettingException e) {
            throw new CommandValidationException(e.getMessage());
        }
        try {
            SyzygyConfiguration.validateLockSafety(); // and on a bad timeout, before anything is applied
        } catch (IllegalArgumentException e) {
            throw new CommandValidationException(e.getMessage());
        }
        String command = commandScope.getCommand().getName()[0];
        if (SyzygyConfiguration.quorum() > 1 && QUORUM_REFUSED.contains(command)) {
            // Only update joins a quorum (QuorumCommandStep): a partial update has no plan the deployers can share.
            throw new CommandValidationException(new Finding(
                            FindingCode.INVALID_SETTING,
                            Severity.ERROR,
                            Optional.empty(),
                            SyzygyConfiguration.QUORUM.getKey() + " applies to update only, not to "
                                    + StringUtil.toKabobCase(command) + ".",
                            "Run update, or run " + StringUtil.toKabobCase(command) + " without "
                                    + SyzygyConfiguration.QUORUM.getKey() + ".")
                    .format());
        }
        List<String> contexts = RunContexts.of(commandScope);
        if (SyzygyConfiguration.requireStage()) {
            Optional<Finding> finding = StageGuard.check(
                    StringUtil.toKabobCase(command),
                    contexts,
                    SyzygyConfiguration.REQUIRE_STAGE.getKey(),
                    CurrentRun.entryPoint());
            if (finding.isPresent()) {
                throw new CommandValidationException(finding.get().format());
            }
        }
        if (command.equals("updateTestingRollback")
                && !StageGuard.selectedStages(contexts).isEmpty()
                && !RollbackPhase.isTestingRollback(contexts)) {
            // Its nested rollback undoes the update it just made, in the same stage: mark it so that the rollback
            // step does not translate the stage into a rollback phase.
            contexts.add(RollbackPhase.TESTING_MARKER);
            RunContexts.set(commandScope, contexts);
        }
    }
}
