package liquibase.ext.syzygy.quorum;

import java.util.Objects;

/**
 * One row of the coordination table. Besides one row per deployer, a namespace holds at most one leader row
 * (deployer {@link #LEADER}, won by a unique insert) and at most one severed row (deployer {@link #SEVERED}).
 *
 * @param namespace stage plus plan hash, see {@link QuorumPlan#namespace()}
 * @param deployer the deployer's id ({@code host/pid/random}), or {@link #LEADER} or {@link #SEVERED}
 * @param stage the stage of the plan
 * @param plan the plan's text, see {@link QuorumPlan#text()}
 * @param state where the deployer, leader or namespace is
 * @param joinedAt when the row was written first, database clock, epoch milliseconds
 * @param beatAt the row's last heartbeat (a waiter), or when the leader claimed or finished, database clock
 * @param detail the leader's deployer id (leader row), or what severed the namespace (severed row)
 */
public record Member(
        String namespace,
        String deployer,
        String stage,
        String plan,
        MemberState state,
        long joinedAt,
        long beatAt,
        String detail) {

    /** The deployer column of a leader row. */
    public static final String LEADER = "#leader";

    /** The deployer column of a severed row. */
    public static final String SEVERED = "#severed";

    public Member {
        Objects.requireNonNull(namespace, "namespace == null");
        Objects.requireNonNull(deployer, "deployer == null");
        Objects.requireNonNull(stage, "stage == null");
        Objects.requireNonNull(state, "state == null");
        plan = plan == null ? "" : plan;
        detail = detail == null ? "" : detail;
    }

    public boolean isLeader() {
        return LEADER.equals(deployer);
    }

    public boolean isSevered() {
        return SEVERED.equals(deployer);
    }

    /** A deployer's own row (neither a leader nor a severed row). */
    public boolean isDeployer() {
        return !isLeader() && !isSevered();
    }

    /** The plan this row carries. */
    public QuorumPlan quorumPlan() {
        return QuorumPlan.parse(stage, plan);
    }
}
