package liquibase.ext.syzygy.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The proof that the staged change types survive a rolling deploy: release 1.1 of the {@code rolling-deploy}
 * sample (a new NOT NULL column and a removed NOT NULL column) is deployed the documented way while version 1.0
 * and then version 1.1 of the application serve traffic, and not one of their statements fails.
 *
 * <ol>
 *   <li>{@code before}: release 1.0 is deployed; version 1.0 serves alone;
 *   <li>{@code pre-deploy}: {@code update --contexts=pre-deploy} runs under version 1.0's traffic;
 *   <li>{@code rollout}: version 1.1 starts and serves next to version 1.0; then version 1.0 is retired;
 *   <li>{@code post-deploy}: {@code update --contexts=post-deploy} runs under version 1.1's traffic.
 * </ol>
 *
 * <p>Each phase must have run a meaningful number of statements of each live version, some of them while the
 * update itself was running; the end schema is release 1.1's ({@code plan} NOT NULL without a default,
 * {@code legacy_code} gone) and every row written is there. {@link PlainLiquibaseBreaksRollingDeployIT} deploys
 * the same release without the extension and shows it breaking.
 */
class RollingDeployUnderTrafficIT {

    static final String BEFORE = "1-before";
    static final String PRE_DEPLOY = "2-pre-deploy";
    static final String ROLLOUT = "3-rollout";
    static final String POST_DEPLOY = "4-post-deploy";

    private static final int WORKERS_PER_VERSION = 2;

    @ParameterizedTest(name = "on {0}")
    @EnumSource(DbKind.class)
    void stagedReleaseServesBothVersionsWithoutAFailedStatement(DbKind kind) throws Exception {
        // SQLite, one writer at a time: a shorter run. Each phase lasts at least this long.
        long dwellMs = kind == DbKind.POSTGRESQL ? 1_500 : 1_000;
        int minStatements = kind == DbKind.POSTGRESQL ? 40 : 20;
        Entrypoint liquibase = JavaApi.COMMAND_SCOPE;
        try (TestDatabase db = Databases.create(kind, "rolling-deploy")) {
            RollingDeploySample.deployRelease10(db, liquibase);
            TestDatabase deploy = RollingDeploySample.deployConnection(db);
            LiveTraffic traffic = new LiveTraffic(db);
            TrafficLedger ledger = traffic.ledger();
            long started = System.nanoTime();
            Outcome pre;
            Outcome post;

            ledger.phase(BEFORE);
            try (LiveTraffic.Fleet v10 = traffic.start(new AccountsV10(), WORKERS_PER_VERSION)) {
                Thread.sleep(dwellMs);

                ledger.phase(PRE_DEPLOY);
                pre = ledger.during(
                        PRE_DEPLOY, () -> liquibase.update(deploy, RollingDeploySample.STAGED, "pre-deploy"));
                Thread.sleep(dwellMs);

                ledger.phase(ROLLOUT);
                try (LiveTraffic.Fleet v11 = traffic.start(new AccountsV11(), WORKERS_PER_VERSION)) {
                    Thread.sleep(dwellMs);
                    v10.close();

                    ledger.phase(POST_DEPLOY);
                    post = ledger.during(
                            POST_DEPLOY, () -> liquibase.update(deploy, RollingDeploySample.STAGED, "post-deploy"));
                    Thread.sleep(dwellMs);
                }
            }
            System.out.printf(
                    "rolling deploy on %s in %d ms:%n%s%n",
                    kind, (System.nanoTime() - started) / 1_000_000, ledger.summary());

            assertThat(pre.succeeded()).as("pre-deploy run: %s", pre).isTrue();
            assertThat(post.succeeded()).as("post-deploy run: %s", post).isTrue();
            assertThat(db.appliedIds())
                    .containsExactly(
                            "1.0-accounts",
                            "1.1-add-plan",
                            "1.1-pre-remove-legacy-code",
                            "1.1-drop-plan-default",
                            "1.1-drop-legacy-code");

            assertThat(ledger.failures())
                    .as("failed statements; traffic:%n%s", ledger.summary())
                    .isEmpty();
            Map<String, String[]> live = Map.of(
                    AccountsV10.VERSION, new String[] {BEFORE, PRE_DEPLOY, ROLLOUT},
                    AccountsV11.VERSION, new String[] {ROLLOUT, POST_DEPLOY});
            live.forEach((version, phases) -> {
                for (String phase : phases) {
                    assertThat(ledger.statements(version, phase))
                            .as("%s statements in %s; traffic:%n%s", version, phase, ledger.summary())
                            .isGreaterThanOrEqualTo(minStatements);
                }
            });
            assertThat(ledger.statements(AccountsV11.VERSION, PRE_DEPLOY))
                    .as("not deployed yet")
                    .isZero();
            assertThat(ledger.statements(AccountsV10.VERSION, POST_DEPLOY))
                    .as("retired")
                    .isZero();
            assertThat(ledger.statementsDuring(AccountsV10.VERSION, PRE_DEPLOY))
                    .as("version 1.0 statements while the pre-deploy update ran")
                    .isPositive();
            assertThat(ledger.statementsDuring(AccountsV11.VERSION, POST_DEPLOY))
                    .as("version 1.1 statements while the post-deploy update ran")
                    .isPositive();

            assertThat(ColumnShape.of(db, "accounts", "plan"))
                    .as("plan after postAddColumn: NOT NULL, no default")
                    .contains(new ColumnShape(false, null));
            assertThat(ColumnShape.of(db, "accounts", "legacy_code"))
                    .as("legacy_code")
                    .isEmpty();
            Map<Long, String> expected = traffic.accounts().expected();
            assertThat(expected.values())
                    .as("rows of both versions")
                    .anyMatch(row -> row.startsWith("v10-") && row.endsWith(" free"))
                    .anyMatch(row -> row.startsWith("v11-") && row.endsWith(" team"));
            assertThat(ExpectedAccounts.actual(db))
                    .as("every row written, as written")
                    .isEqualTo(expected);
        }
    }
}
