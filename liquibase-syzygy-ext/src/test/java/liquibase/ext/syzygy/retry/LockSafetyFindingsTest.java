package liquibase.ext.syzygy.retry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import liquibase.ext.syzygy.fact.ChangeSetId;
import liquibase.ext.syzygy.finding.Finding;
import org.junit.jupiter.api.Test;

class LockSafetyFindingsTest {

    private static final ChangeSetId CHANGE_SET = new ChangeSetId("db/release-2.xml", "7", "alice");

    private static final Blocker REPORT = new Blocker(
            4242,
            "nightly-report",
            "10.0.0.7",
            "idle in transaction",
            Optional.of(Duration.ofSeconds(723)),
            "SELECT *\n  FROM orders",
            List.of("public.orders"));

    private final LockSafetyFindings findings = new LockSafetyFindings(new SettingNames(
            "liquibase.syzygy.lockTimeout",
            "liquibase.syzygy.statementTimeout",
            "liquibase.syzygy.lockRetryBudget",
            "liquibase.syzygy.lockTimeoutOverrides"));

    @Test
    void theRetryLineNamesTheChangesetTheTryAndTheBlocker() {
        String line = findings.retrying(
                CHANGE_SET,
                Duration.ofSeconds(1),
                new TimedOutTry(2, Duration.ofMillis(1003), List.of(REPORT)),
                Duration.ofMillis(1700),
                Duration.ofSeconds(4));

        assertThat(line)
                .isEqualTo("liquibase-syzygy: db/release-2.xml::7::alice: try 2 waited more than 1 s"
                        + " (liquibase.syzygy.lockTimeout) for a lock, blocked by backend pid 4242 (application"
                        + " 'nightly-report', client 10.0.0.7, idle in transaction, transaction open 12 min 3 s,"
                        + " holds a lock on public.orders) query: SELECT * FROM orders; undone, trying again in 1 s"
                        + " (4 s of the liquibase.syzygy.lockRetryBudget spent).");
    }

    @Test
    void theCodedErrorNamesTheBlockerAndTheRemedy() {
        RetryExhausted exhausted = new RetryExhausted(
                List.of(
                        new TimedOutTry(1, Duration.ofSeconds(1), List.of(REPORT)),
                        new TimedOutTry(2, Duration.ofSeconds(1), List.of(REPORT))),
                Duration.ofSeconds(65));

        Finding finding = findings.exhausted(CHANGE_SET, Duration.ofSeconds(1), Duration.ofMinutes(1), true, exhausted);

        assertThat(finding.format())
                .isEqualTo("[DDL_LOCK_TIMEOUT] db/release-2.xml::7::alice: gave up after 2 tries in 1 min 5 s: each"
                        + " waited more than 1 s for a lock held by backend pid 4242 (application 'nightly-report',"
                        + " client 10.0.0.7, idle in transaction, transaction open 12 min 3 s, holds a lock on"
                        + " public.orders) query: SELECT * FROM orders. Nothing of this changeset was applied. Fix:"
                        + " Wait for backend pid 4242 to finish, or end it with SELECT pg_terminate_backend(4242),"
                        + " then run again. To keep trying longer, raise liquibase.syzygy.lockRetryBudget (now 1 min);"
                        + " to let this changeset wait longer each try, give it its own timeout with"
                        + " liquibase.syzygy.lockTimeoutOverrides=db/release-2.xml::7::alice=30s (or raise"
                        + " liquibase.syzygy.lockTimeout).");
    }

    @Test
    void anAutoCommitChangesetSaysWhatStaysApplied() {
        RetryExhausted exhausted = new RetryExhausted(
                List.of(new TimedOutTry(1, Duration.ofSeconds(1), List.of())), Duration.ofSeconds(1));

        Finding finding = findings.exhausted(CHANGE_SET, Duration.ofSeconds(1), Duration.ZERO, false, exhausted);

        assertThat(finding.message())
                .contains("a session that could not be identified")
                .endsWith("its statements before that one stay applied.");
        assertThat(finding.hint()).startsWith("Find the session holding a lock on its tables");
    }

    @Test
    void aLongQueryIsCut() {
        Blocker chatty = new Blocker(1, "", "local socket", "active", Optional.empty(), "x".repeat(500), List.of());

        assertThat(chatty.describe())
                .isEqualTo("backend pid 1 (client local socket, active) query: " + "x".repeat(200) + "...");
    }

    @Test
    void theStatementTimeoutErrorNamesTheSetting() {
        Finding finding = findings.statementTimedOut(CHANGE_SET, Duration.ofSeconds(30));

        assertThat(finding.format())
                .startsWith("[STATEMENT_TIMEOUT] db/release-2.xml::7::alice: a statement ran longer than 30 s"
                        + " (liquibase.syzygy.statementTimeout) and was cancelled; it is not retried.")
                .contains("Fix: Raise liquibase.syzygy.statementTimeout");
    }
}
