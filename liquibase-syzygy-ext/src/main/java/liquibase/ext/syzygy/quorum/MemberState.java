package liquibase.ext.syzygy.quorum;

/** The state column of a coordination row. */
public enum MemberState {
    /** A deployer that joined and waits for the quorum or for the leader. */
    WAITING,
    /** A deployer that left because its plan differs from another deployer's. */
    MISMATCH,
    /** The leader row while the leader applies the plan. */
    APPLYING,
    /** The leader row once the plan was applied. */
    DONE,
    /** The leader row once the leader failed, or was found dead. */
    FAILED,
    /** A post-deploy namespace blocked by a failed pre-deploy deployer. */
    SEVERED;

    /** A leader that is no longer applying. */
    public boolean isTerminal() {
        return this == DONE || this == FAILED;
    }
}
