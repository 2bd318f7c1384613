package liquibase.ext.syzygy.quorum;

import java.util.List;
import java.util.Optional;
import liquibase.ext.syzygy.finding.Finding;
import liquibase.ext.syzygy.finding.FindingCode;
import liquibase.ext.syzygy.finding.Severity;

/**
 * The coded errors of a deployer that leaves the quorum, each saying what happened and what to do.
 *
 * @param deployer this deployer's id
 * @param quorumKey the key of the quorum setting, named in hints
 * @param timeoutKey the key of the quorum timeout setting, named in hints
 */
public record QuorumFindings(String deployer, String quorumKey, String timeoutKey) {

    /** The error for a failure {@code decision} of a deployer whose plan is {@code mine}. */
    public Finding of(Decision decision, QuorumPlan mine, String table) {
        if (decision instanceof Decision.Mismatch m) {
            return mismatch(m.deployer(), mine, m.theirs());
        }
        if (decision instanceof Decision.Timeout t) {
            return error(
                    FindingCode.QUORUM_TIMEOUT,
                    "Deployer " + deployer + " waited for " + quorumKey + " deployers with the same " + mine.stage()
                            + " plan, but only " + t.joined().size() + " joined: " + String.join(", ", t.joined())
                            + ". Nothing was applied by this deployer.",
                    "Start as many deployers as " + quorumKey + " says, with the same changelog and stage, or lower "
                            + quorumKey + " (or raise " + timeoutKey + ").");
        }
        if (decision instanceof Decision.LeaderFailed f) {
            return error(
                    FindingCode.QUORUM_LEADER_FAILED,
                    "Deployer " + f.leader() + " was applying the " + mine.stage() + " plan and failed; this deployer"
                            + " (" + deployer + ") applied nothing.",
                    "Read the failed deployer's log, fix the cause, then run the deployers again.");
        }
        if (decision instanceof Decision.LeaderDied d) {
            return error(
                    FindingCode.QUORUM_LEADER_DIED,
                    "Deployer " + d.leader() + " was applying the " + mine.stage() + " plan and died (its lock was"
                            + " released before it finished); this deployer (" + deployer + ") applied nothing.",
                    "Check what was applied (liquibase status), then run the deployers again; a changeset the dead"
                            + " deployer left half-applied may need a manual fix first.");
        }
        if (decision instanceof Decision.Severed s) {
            return error(
                    FindingCode.QUORUM_SEVERED,
                    "The post-deploy quorum of this release is severed: " + s.detail() + ". Nothing was applied.",
                    "Run the release's pre-deploy stage again until it succeeds (that lifts the block), or, once you"
                            + " know post-deploy is safe, delete the row: DELETE FROM " + table + " WHERE deployer = '"
                            + Member.SEVERED + "' AND namespace = '" + mine.namespace() + "'.");
        }
        throw new IllegalArgumentException("not a failure: " + decision);
    }

    /** The error of a deployer whose plan is still pending after the leader {@code leader} finished. */
    public Finding stillPending(String leader, QuorumPlan mine, QuorumPlan leaderPlan, List<PlanItem> pending) {
        List<String> differences = mine.differences(leaderPlan);
        return error(
                FindingCode.QUORUM_LEADER_FAILED,
                "Deployer " + leader + " finished, but " + pending.size() + " changeset(s) of this deployer's plan"
                        + " are still pending: " + pending
                        + (differences.isEmpty() ? "" : ". Its plan differed: " + String.join("; ", differences))
                        + ". This deployer (" + deployer + ") applied nothing.",
                "Run the deployers again, all with the same changelog and stage.");
    }

    private Finding mismatch(String other, QuorumPlan mine, QuorumPlan theirs) {
        return error(
                FindingCode.QUORUM_PLAN_MISMATCH,
                "Deployer " + deployer + " and deployer " + other + " computed different " + mine.stage()
                        + " plans (here = " + deployer + ", there = " + other + "): "
                        + String.join("; ", mine.differences(theirs)) + ". Nothing was applied.",
                "Deploy the same changelog from every pipeline (same release, same changesets, same checksums),"
                        + " then run the deployers again.");
    }

    private static Finding error(FindingCode code, String message, String hint) {
        return new Finding(code, Severity.ERROR, Optional.empty(), message, hint);
    }
}
