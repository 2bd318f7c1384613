package liquibase.ext.syzygy.finding;

/**
 * The stable codes of everything the extension reports. Codes are part of the public contract: CI gates and
 * scripts match on them, so a code is never renamed or reused.
 */
public enum FindingCode {
    /** A changeset mixes changes of different stages, or holds a change whose stage cannot be inferred. */
    AMBIGUOUS_STAGE("changeset stage cannot be inferred"),
    /** A changeset's context looks like a misspelt stage name. */
    UNKNOWN_STAGE("context looks like a misspelt stage"),
    /** A pending pre-deploy changeset comes after a pending post-deploy changeset it may depend on. */
    AMBIGUOUS_PLAN("pre-deploy changeset depends on a pending post-deploy changeset"),
    /** A post-deploy run finds pre-deploy changesets pending before post-deploy ones. */
    PRE_DEPLOY_PENDING("pre-deploy stage was skipped"),
    /** An update or rollback selects neither stage. */
    NO_STAGE_SELECTED("no deployment stage selected"),
    /** A change breaks the old or the new application code during the rollout, in whichever stage it runs. */
    UNSAFE_CHANGE("change breaks old or new code during the rollout"),
    /** An {@code addColumnStaged} default is never dropped by a later {@code postAddColumn}. */
    STAGED_DEFAULT_KEPT("staged column default is never dropped"),
    /**
     * Warning: a changeset whose stage is declared pre-deploy holds a change that old code may not survive (a drop, a
     * new NOT NULL); it runs as declared.
     */
    DESTRUCTIVE_PRE_DEPLOY("declared pre-deploy, but a change may break old code"),
    /** A {@code liquibase.syzygy.*} setting has a value the extension cannot read. */
    INVALID_SETTING("invalid liquibase.syzygy setting"),
    /** A change's attributes are invalid: Liquibase's own validation of the change, or a staged change's. */
    INVALID_CHANGE("change is invalid"),
    /** A default value attribute is not a literal of its kind, or more than one is set. */
    INVALID_DEFAULT("default value is not a valid literal"),
    /** A catalog, schema, table or column name that no database can hold as an identifier. */
    UNSAFE_IDENTIFIER("name cannot be written as an identifier"),
    /** A {@code postAddColumn} has no default to restore on rollback. */
    NO_STAGED_DEFAULT("postAddColumn has no default to restore"),
    /** An XML changelog does not match its schema (Liquibase's dbchangelog XSD or the extension's). */
    INVALID_CHANGELOG("changelog does not match its schema"),
    /** A changelog includes itself, directly or through other files. */
    INCLUDE_LOOP("changelog includes itself"),
    /** A change cannot be rolled back automatically and its changeset has no rollback block. */
    NO_ROLLBACK("change has no automatic rollback"),
    /** A staged change names a table or column the database does not have. */
    MISSING_OBJECT("table or column does not exist"),
    /** A staged NOT NULL meets a column that still holds NULLs when it runs; nothing is changed. */
    NULLS_REMAIN("column still holds NULLs"),
    /** Changesets that already ran would not pass the stage checks today: one summary warning per run. */
    HISTORY_UNSTAGED("changesets that already ran have no clear stage"),
    /** A command argument of the extension, such as {@code stage-plan --format}, has a value it does not know. */
    INVALID_ARGUMENT("invalid command argument"),
    /** The check a rollback runs before it undoes anything could not read the changelog or the database. */
    ROLLBACK_CHECK_FAILED("rollback could not be checked"),
    /** The changelog lock stayed held by another deployer for the whole lock wait time. */
    LOCK_TIMEOUT("changelog lock wait timed out"),
    /** A deployer lost the changelog lock while it ran (connection lost or re-established) and stopped. */
    LOCK_LOST("changelog lock lost during the update"),
    /** The connection cannot hold the session lock safely (an open transaction, a transaction-mode pooler). */
    LOCK_UNSAFE_CONNECTION("connection cannot hold the changelog lock"),
    /** Deployers of the same stage computed different plans, so no quorum can agree on one. */
    QUORUM_PLAN_MISMATCH("deployers computed different plans"),
    /** Fewer deployers than the quorum joined before the quorum timeout. */
    QUORUM_TIMEOUT("too few deployers joined the quorum"),
    /** The deployer applying the quorum's plan failed, or finished with part of the plan still pending. */
    QUORUM_LEADER_FAILED("the deployer applying the plan failed"),
    /** The deployer applying the quorum's plan died (its lock was released) before it finished. */
    QUORUM_LEADER_DIED("the deployer applying the plan died"),
    /** A deployer failed in pre-deploy, so this release's post-deploy quorum does not run. */
    QUORUM_SEVERED("post-deploy blocked by a failed pre-deploy"),
    /**
     * Warning, PostgreSQL: a pending change holds a lock that stops writes to a table that existed before this
     * deploy for as long as it builds or scans (a plain {@code createIndex}, a constraint built or validated inline).
     */
    BLOCKING_CHANGE("change blocks writes to an existing table while it runs"),
    /**
     * A changeset's lock waits kept timing out (lock_timeout) until the retry budget was spent; the message names the
     * sessions holding the locks. Nothing of the changeset was applied.
     */
    DDL_LOCK_TIMEOUT("schema change kept waiting for a lock"),
    /** A changeset's statement ran longer than the statement timeout and was cancelled; it is not retried. */
    STATEMENT_TIMEOUT("statement ran longer than the statement timeout");

    private final String summary;

    FindingCode(String summary) {
        this.summary = summary;
    }

    /** A few words for tables and reports. */
    public String summary() {
        return summary;
    }
}
