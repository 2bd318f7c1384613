package liquibase.ext.syzygy.quorum;

import java.util.List;

/** What a deployer does after one look at the coordination table (see {@link QuorumRules}). */
public sealed interface Decision {

    /** Whether the deployer stops waiting with an error. */
    default boolean isFailure() {
        return this instanceof LeaderFailed
                || this instanceof LeaderDied
                || this instanceof Mismatch
                || this instanceof Timeout
                || this instanceof Severed;
    }

    /** Fewer than the quorum have joined: look again. */
    record Wait(List<String> joined) implements Decision {
        public Wait {
            joined = List.copyOf(joined);
        }
    }

    /** The quorum is there and no one leads yet: try to become the leader. */
    record Lead() implements Decision {}

    /** A live leader applies this plan: look again. */
    record Follow(String leader) implements Decision {}

    /** A live leader applies another plan of the same stage (a late joiner sees a half-applied plan): wait for it. */
    record AwaitOther(String namespace, String leader) implements Decision {}

    /** The leader applied the plan. */
    record Applied(String leader) implements Decision {}

    /** The leader of another plan finished: the deployer checks whether anything of its own plan is left. */
    record OtherFinished(String leader, QuorumPlan leaderPlan) implements Decision {}

    /** The leader failed. */
    record LeaderFailed(String leader) implements Decision {}

    /** The leader's lock is gone while it was applying: it died. */
    record LeaderDied(String leader) implements Decision {}

    /** Another deployer of the same stage computed another plan. */
    record Mismatch(String deployer, QuorumPlan theirs) implements Decision {}

    /** Too few deployers joined in time. */
    record Timeout(List<String> joined) implements Decision {
        public Timeout {
            joined = List.copyOf(joined);
        }
    }

    /** A failed pre-deploy deployer blocked this post-deploy plan. */
    record Severed(String detail) implements Decision {}
}
