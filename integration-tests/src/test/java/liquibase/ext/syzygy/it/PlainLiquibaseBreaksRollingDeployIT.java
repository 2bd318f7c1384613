package liquibase.ext.syzygy.it;

import static liquibase.ext.syzygy.it.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Why the extension exists: release 1.1 of the {@code rolling-deploy} sample written for plain Liquibase
 * ({@code addColumn} NOT NULL with a default, {@code dropDefaultValue}, {@code dropColumn}; the same end schema as
 * the staged release) and applied by plain Liquibase in one update before the rollout breaks version 1.0 of the
 * application, which is still serving: from the moment {@code legacy_code} is gone every one of its requests fails.
 * With liquibase-syzygy the same changelog is refused before anything runs.
 *
 * <p>PostgreSQL only: on SQLite, plain Liquibase's {@code dropColumn columnName=...} does nothing at all (the
 * extension fixes that), so the naive release would not even reach the end schema.
 * {@link RollingDeployUnderTrafficIT} is the staged release under the same traffic.
 */
class PlainLiquibaseBreaksRollingDeployIT {

    static final String BEFORE = "1-before";
    static final String UPDATE = "2-update-both-stages";
    static final String ROLLOUT = "3-rollout";

    private static final int WORKERS_PER_VERSION = 2;
    private static final long DWELL_MS = 1_500;
    private static final int MIN_STATEMENTS = 40;

    /** PostgreSQL's SQLSTATEs: column does not exist, NOT NULL violation. */
    private static final String UNDEFINED_COLUMN = "42703";

    private static final String NOT_NULL_VIOLATION = "23502";

    @Test
    void naiveReleaseAppliedBeforeTheRolloutBreaksTheOldCode() throws Exception {
        Cli plain = Cli.withoutExtension();
        try (TestDatabase db = Databases.postgres("naive-rolling-deploy")) {
            RollingDeploySample.deployRelease10(db, plain);
            LiveTraffic traffic = new LiveTraffic(db);
            TrafficLedger ledger = traffic.ledger();
            Outcome update;

            ledger.phase(BEFORE);
            try (LiveTraffic.Fleet v10 = traffic.start(new AccountsV10(), WORKERS_PER_VERSION)) {
                Thread.sleep(DWELL_MS);

                ledger.phase(UPDATE);
                update = ledger.during(
                        UPDATE, () -> plain.update(db, RollingDeploySample.NAIVE, "pre-deploy,post-deploy"));
                Thread.sleep(DWELL_MS);

                ledger.phase(ROLLOUT);
                try (LiveTraffic.Fleet v11 = traffic.start(new AccountsV11(), WORKERS_PER_VERSION)) {
                    Thread.sleep(DWELL_MS);
                }
            }
            List<StatementFailure> failures = ledger.failures();
            System.out.printf(
                    "naive release on POSTGRESQL:%n%s%nNOT NULL violations: %d%n",
                    ledger.summary(),
                    failures.stream()
                            .filter(f -> f.sqlState().equals(NOT_NULL_VIOLATION))
                            .count());

            assertThat(update.succeeded())
                    .as("plain Liquibase applies it: %s", update)
                    .isTrue();
            assertThat(db.appliedIds())
                    .containsExactly("1.0-accounts", "1.1-add-plan", "1.1-drop-plan-default", "1.1-drop-legacy-code");
            assertThat(ColumnShape.of(db, "accounts", "plan"))
                    .as("the same end schema as the staged release")
                    .contains(new ColumnShape(false, null));
            assertThat(ColumnShape.of(db, "accounts", "legacy_code")).isEmpty();

            assertThat(ledger.statements(AccountsV10.VERSION, BEFORE)).isGreaterThanOrEqualTo(MIN_STATEMENTS);
            assertThat(failures)
                    .as("before the release the traffic itself is sound")
                    .noneMatch(f -> f.phase().equals(BEFORE));
            assertThat(failures)
                    .as("version 1.0 breaks: its INSERT and its listing name the dropped column")
                    .anyMatch(f -> isV10(f, "insert", UNDEFINED_COLUMN))
                    .anyMatch(f -> isV10(f, "list", UNDEFINED_COLUMN))
                    .allMatch(f -> f.version().equals(AccountsV10.VERSION)
                            && List.of(UNDEFINED_COLUMN, NOT_NULL_VIOLATION).contains(f.sqlState()));
            long v10RolloutStatements = ledger.statements(AccountsV10.VERSION, ROLLOUT);
            assertThat(v10RolloutStatements).isGreaterThanOrEqualTo(MIN_STATEMENTS);
            assertThat(failures.stream()
                            .filter(f -> f.version().equals(AccountsV10.VERSION)
                                    && f.phase().equals(ROLLOUT))
                            .count())
                    .as("during the rollout every statement of version 1.0 fails")
                    .isEqualTo(v10RolloutStatements);
            assertThat(ledger.statements(AccountsV11.VERSION, ROLLOUT))
                    .as("version 1.1 is served, and none of its statements fails")
                    .isGreaterThanOrEqualTo(MIN_STATEMENTS);
        }
    }

    @Test
    void theExtensionRefusesTheNaiveReleaseBeforeAnythingRuns() throws Exception {
        try (TestDatabase db = Databases.postgres("naive-release-refused")) {
            RollingDeploySample.deployRelease10(db, JavaApi.COMMAND_SCOPE);

            Outcome outcome = JavaApi.COMMAND_SCOPE.update(db, RollingDeploySample.NAIVE, "pre-deploy,post-deploy");

            assertRefused(
                    outcome,
                    "UNSAFE_CHANGE",
                    RollingDeploySample.DIR + "release-1.1-naive.xml::1.1-drop-legacy-code::accounts");
            assertThat(db.appliedIds()).containsExactly("1.0-accounts");
            assertThat(ColumnShape.of(db, "accounts", "plan")).isEmpty();
        }
    }

    private static boolean isV10(StatementFailure failure, String statement, String sqlState) {
        return failure.version().equals(AccountsV10.VERSION)
                && failure.statement().equals(statement)
                && failure.sqlState().equals(sqlState);
    }
}
