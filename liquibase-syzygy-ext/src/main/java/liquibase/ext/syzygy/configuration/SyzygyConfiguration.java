package liquibase.ext.syzygy.configuration;

import java.time.Duration;
import java.util.Optional;
import java.util.function.UnaryOperator;
import liquibase.configuration.AutoloadedConfigurations;
import liquibase.configuration.ConfigurationDefinition;
import liquibase.ext.syzygy.Stage;
import liquibase.ext.syzygy.fact.ChangeSetId;
import liquibase.ext.syzygy.lock.LockMode;
import liquibase.ext.syzygy.quorum.QuorumTimeout;
import liquibase.ext.syzygy.retry.Backoff;
import liquibase.ext.syzygy.retry.Durations;
import liquibase.ext.syzygy.retry.LockSafety;
import liquibase.ext.syzygy.retry.LockTimeoutOverrides;
import liquibase.ext.syzygy.retry.SettingNames;
import liquibase.ext.syzygy.stage.StagePolicy;

/**
 * Every setting of the extension, under {@code liquibase.syzygy.*}, registered with Liquibase so that it can be
 * given as a CLI global option, system property, environment variable or {@code liquibase.properties} entry (and
 * so that Liquibase does not warn about unknown {@code LIQUIBASE_SYZYGY_*} variables).
 *
 * <p>Messages name settings through these constants ({@code REQUIRE_STAGE.getKey()}), never as literals, so a
 * renamed key cannot leave a stale hint behind.
 */
public final class SyzygyConfiguration implements AutoloadedConfigurations {

    /** The key prefix of every setting. */
    public static final String NAMESPACE = "liquibase.syzygy";

    /**
     * {@code liquibase.syzygy.requireStage} (env {@code LIQUIBASE_SYZYGY_REQUIRE_STAGE}): refuse update and rollback
     * runs that select no stage.
     */
    public static final ConfigurationDefinition<Boolean> REQUIRE_STAGE;

    /** {@code liquibase.syzygy.stageOverrides}: {@code PATTERN=STAGE} entries that beat inference. */
    public static final ConfigurationDefinition<String> STAGE_OVERRIDES;

    /** {@code liquibase.syzygy.stageFallbacks}: {@code PATTERN=STAGE} entries for otherwise ambiguous changesets. */
    public static final ConfigurationDefinition<String> STAGE_FALLBACKS;

    /** {@code liquibase.syzygy.thirdPartyFallback}: the stage of ambiguous changesets from jars, or {@code none}. */
    public static final ConfigurationDefinition<String> THIRD_PARTY_FALLBACK;

    /**
     * {@code liquibase.syzygy.atomicHistory} (env {@code LIQUIBASE_SYZYGY_ATOMIC_HISTORY}): commit a transactional
     * changeset together with its DATABASECHANGELOG row on PostgreSQL and SQLite.
     */
    public static final ConfigurationDefinition<Boolean> ATOMIC_HISTORY;

    /**
     * {@code liquibase.syzygy.lock} (env {@code LIQUIBASE_SYZYGY_LOCK}): {@code auto} (default) takes the crash-safe
     * changelog lock (PostgreSQL session advisory lock, SQLite file lock), {@code table} Liquibase's own.
     */
    public static final ConfigurationDefinition<String> LOCK;

    /**
     * {@code liquibase.syzygy.quorum}: how many deployers with the same plan must join before one of them applies it;
     * 1 (the default) turns the quorum off.
     */
    public static final ConfigurationDefinition<Integer> QUORUM;

    /** {@code liquibase.syzygy.quorumTimeout}: how long a deployer waits for the quorum to gather. */
    public static final ConfigurationDefinition<String> QUORUM_TIMEOUT;

    /**
     * {@code liquibase.syzygy.backfillBatchSize}: rows per batch (each its own transaction) when a change fills a
     * column before constraining it, such as {@code addNotNullConstraintStaged} with a {@code defaultNullValue}.
     */
    public static final ConfigurationDefinition<Integer> BACKFILL_BATCH_SIZE;

    /** {@code liquibase.syzygy.lockTimeout}: the {@code lock_timeout} of every changeset statement on PostgreSQL. */
    public static final ConfigurationDefinition<String> LOCK_WAIT_TIMEOUT;

    /** {@code liquibase.syzygy.statementTimeout}: the {@code statement_timeout} of every changeset statement. */
    public static final ConfigurationDefinition<String> STATEMENT_TIMEOUT;

    /** {@code liquibase.syzygy.lockRetryBudget}: how long a changeset's lock timeouts are retried. */
    public static final ConfigurationDefinition<String> LOCK_RETRY_BUDGET;

    /** {@code liquibase.syzygy.lockTimeoutOverrides}: {@code PATTERN=DURATION} lock timeouts per changeset. */
    public static final ConfigurationDefinition<String> LOCK_TIMEOUT_OVERRIDES;

    static {
        ConfigurationDefinition.Builder builder = new ConfigurationDefinition.Builder(NAMESPACE);
        REQUIRE_STAGE = builder.define("requireStage", Boolean.class)
                .setDescription("When true, update, update-sql, update-count, update-to-tag and"
                        + " update-testing-rollback, and rollback, rollback-count, rollback-to-date and their -sql"
                        + " variants, fail with NO_STAGE_SELECTED unless --contexts names pre-deploy or post-deploy.")
                .setDefaultValue(true)
                .build();
        STAGE_OVERRIDES = builder.define("stageOverrides", String.class)
                .setDescription("PATTERN=STAGE entries (comma or newline separated) that give matching changesets a"
                        + " stage, beating inference but not a stage the changeset declares. PATTERN: a changelog"
                        + " path glob (*, **, ?), optionally followed by ::ID::AUTHOR (each may be *). The first"
                        + " matching entry wins.")
                .build();
        STAGE_FALLBACKS = builder.define("stageFallbacks", String.class)
                .setDescription("PATTERN=STAGE entries, like stageOverrides, used only for changesets whose stage"
                        + " would otherwise be ambiguous. The first matching entry wins.")
                .build();
        THIRD_PARTY_FALLBACK = builder.define("thirdPartyFallback", String.class)
                .setDescription("The stage of otherwise ambiguous changesets in changelogs loaded from jars"
                        + " (libraries): pre-deploy, post-deploy, or none to report them as ambiguous.")
                .setDefaultValue(Stage.PRE_DEPLOY.contextName())
                .build();
        ATOMIC_HISTORY = builder.define("atomicHistory", Boolean.class)
                .setDescription("When true (the default), on PostgreSQL and SQLite a changeset with"
                        + " runInTransaction=true is committed in one transaction with its DATABASECHANGELOG row, so"
                        + " that a deployer killed mid-update never leaves it applied but unrecorded. False restores"
                        + " Liquibase's two commits.")
                .setDefaultValue(true)
                .build();
        LOCK = builder.define("lock", String.class)
                .setDescription("The changelog lock: auto takes a lock that frees itself when its deployer dies (a"
                        + " PostgreSQL session advisory lock, an OS lock on a file beside a SQLite database) and"
                        + " Liquibase's DATABASECHANGELOGLOCK table on other databases; table always takes"
                        + " Liquibase's table lock.")
                .setDefaultValue("auto")
                .build();
        QUORUM = builder.define("quorum", Integer.class)
                .setDescription("How many deployers (one per cluster or pipeline) with the same plan, the same pending"
                        + " changesets with the same checksums in the same stage, must join before exactly one of them"
                        + " applies it; the others wait and exit 0 once it is applied. Coordinated through the"
                        + " SYZYGY_QUORUM table of the target database (PostgreSQL, SQLite), update only. 1 = off.")
                .setDefaultValue(1)
                .build();
        QUORUM_TIMEOUT = builder.define("quorumTimeout", String.class)
                .setDescription("How long a deployer waits for the quorum to gather before it fails with"
                        + " QUORUM_TIMEOUT: a number with a unit (30m, 90s, 2h, 500ms), a number of seconds, or an"
                        + " ISO-8601 duration (PT30M). Waiting for the leader to finish is not limited by it.")
                .setDefaultValue("30m")
                .build();
        LOCK_WAIT_TIMEOUT = builder.define("lockTimeout", String.class)
                .setDescription("PostgreSQL: the lock_timeout every changeset statement runs with (1s, 500ms, off)."
                        + " A schema change waiting for its lock makes every query on the table wait behind it; a"
                        + " statement that times out is undone and tried again, with backoff, for"
                        + " lockRetryBudget. off: plain Liquibase, no timeout and no retry.")
                .setDefaultValue("1s")
                .build();
        STATEMENT_TIMEOUT = builder.define("statementTimeout", String.class)
                .setDescription("PostgreSQL: the statement_timeout every changeset statement runs with (30s, 5m),"
                        + " off (the default) to keep the session's. A statement that runs longer fails with"
                        + " STATEMENT_TIMEOUT and is not retried.")
                .setDefaultValue("off")
                .build();
        LOCK_RETRY_BUDGET = builder.define("lockRetryBudget", String.class)
                .setDescription("PostgreSQL: how long after its first try a changeset whose lock wait timed out is"
                        + " tried again (5m, 90s); off: no retry. When it is spent the update fails with"
                        + " DDL_LOCK_TIMEOUT naming the blocking session.")
                .setDefaultValue("5m")
                .build();
        LOCK_TIMEOUT_OVERRIDES = builder.define("lockTimeoutOverrides", String.class)
                .setDescription("PATTERN=DURATION entries (comma or newline separated, patterns as in"
                        + " stageOverrides) giving matching changesets their own lock timeout: a longer one, or off"
                        + " for no timeout and no retry. The first matching entry wins.")
                .build();
        BACKFILL_BATCH_SIZE = builder.define("backfillBatchSize", Integer.class)
                .setDescription("Rows per batch when a change fills a column before constraining it (for example"
                        + " addNotNullConstraintStaged with a defaultNullValue); each batch is its own transaction"
                        + " when the changeset runs with runInTransaction=false. A change's backfillBatchSize"
                        + " attribute wins.")
                .setDefaultValue(10_000)
                .build();
    }

    /** The names of the lock-safety settings, for messages. */
    public static SettingNames lockSafetyNames() {
        return new SettingNames(
                LOCK_WAIT_TIMEOUT.getKey(),
                STATEMENT_TIMEOUT.getKey(),
                LOCK_RETRY_BUDGET.getKey(),
                LOCK_TIMEOUT_OVERRIDES.getKey());
    }

    /**
     * The timeouts and retry budget of {@code changeSet}, from every configuration source: the defaults, then what
     * the changeset declares ({@code declared}, its {@code lockTimeout} directive), then a matching
     * {@code lockTimeoutOverrides} entry (the operator has the last word).
     *
     * @throws IllegalArgumentException with an {@code INVALID_SETTING} message naming the bad setting
     */
    public static LockSafety lockSafety(ChangeSetId changeSet, UnaryOperator<LockSafety> declared) {
        return lockTimeoutOverrides().apply(changeSet, declared.apply(lockSafetyDefaults()));
    }

    /**
     * Reads every lock-safety setting, so that a bad value fails before the run connects.
     *
     * @throws IllegalArgumentException with an {@code INVALID_SETTING} message naming the bad setting
     */
    public static void validateLockSafety() {
        lockSafetyDefaults();
        lockTimeoutOverrides();
    }

    private static LockSafety lockSafetyDefaults() {
        return new LockSafety(
                Durations.parseOrOff(
                        LOCK_WAIT_TIMEOUT.getKey(),
                        LOCK_WAIT_TIMEOUT.getCurrentValue(),
                        Optional.of(LockSafety.DEFAULT_LOCK_TIMEOUT)),
                Durations.parseOrOff(STATEMENT_TIMEOUT.getKey(), STATEMENT_TIMEOUT.getCurrentValue(), Optional.empty()),
                Durations.parseOrOff(
                                LOCK_RETRY_BUDGET.getKey(),
                                LOCK_RETRY_BUDGET.getCurrentValue(),
                                Optional.of(LockSafety.DEFAULT_BUDGET))
                        .orElse(Duration.ZERO),
                Backoff.DEFAULT);
    }

    private static LockTimeoutOverrides lockTimeoutOverrides() {
        return LockTimeoutOverrides.parse(LOCK_TIMEOUT_OVERRIDES.getKey(), LOCK_TIMEOUT_OVERRIDES.getCurrentValue());
    }

    /** The configured backfill batch size; values below 1 are an {@code INVALID_SETTING} error. */
    public static int backfillBatchSize() {
        Integer value = BACKFILL_BATCH_SIZE.getCurrentValue();
        if (value != null && value < 1) {
            throw new IllegalArgumentException("[INVALID_SETTING] " + BACKFILL_BATCH_SIZE.getKey() + "=" + value
                    + " is not a batch size. Fix: set it to a number of rows of at least 1 (default 10000).");
        }
        return value == null ? 10_000 : value;
    }

    /**
     * The lock mode as currently configured.
     *
     * @throws IllegalArgumentException with an {@code INVALID_SETTING} message for an unknown value
     */
    public static LockMode lockMode() {
        return LockMode.parse(LOCK.getKey(), LOCK.getCurrentValue());
    }

    /** Whether changesets are committed with their history row; reads every configuration source on each call. */
    public static boolean atomicHistory() {
        return !Boolean.FALSE.equals(ATOMIC_HISTORY.getCurrentValue());
    }

    /** The quorum size; values below 2 mean off. */
    public static int quorum() {
        Integer value = QUORUM.getCurrentValue();
        return value == null ? 1 : value;
    }

    /**
     * The quorum timeout.
     *
     * @throws IllegalArgumentException naming the setting when its value is not a duration
     */
    public static Duration quorumTimeout() {
        return QuorumTimeout.parse(QUORUM_TIMEOUT.getKey(), QUORUM_TIMEOUT.getCurrentValue());
    }

    /** Whether the stage guard is on; reads every configuration source on each call. */
    public static boolean requireStage() {
        return !Boolean.FALSE.equals(REQUIRE_STAGE.getCurrentValue());
    }

    /**
     * The overrides and fallbacks as currently configured, from every configuration source.
     *
     * @throws liquibase.ext.syzygy.stage.StageSettingException naming the setting and the bad entry
     */
    public static StagePolicy stagePolicy() {
        return StagePolicy.parse(
                new StagePolicy.Keys(STAGE_OVERRIDES.getKey(), STAGE_FALLBACKS.getKey(), THIRD_PARTY_FALLBACK.getKey()),
                STAGE_OVERRIDES.getCurrentValue(),
                STAGE_FALLBACKS.getCurrentValue(),
                THIRD_PARTY_FALLBACK.getCurrentValue());
    }
}
