package liquibase.ext.syzygy.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The quorum ({@code liquibase.syzygy.quorum}) with real deployers: CLI processes started together, one of them
 * killed with SIGKILL. Exactly one deployer applies the plan, the others wait and exit 0; a dead or failed leader
 * makes every follower fail at once with a coded error; plans that differ, too few deployers and a failed
 * pre-deploy each stop the deployers with their own code.
 */
class QuorumIT {

    private static final String LOGICAL = "quorum-release.xml";
    static final Pattern LEADER = Pattern.compile("deployer (\\S+) leads");
    private static final Pattern JOINED = Pattern.compile("deployer (\\S+) joined");
    private static final long DEPLOYER_TIMEOUT_SECONDS = 600;

    /** Three pre-deploy tables, with a slow step between them so that a leader can be killed mid-plan. */
    static String release(String variant, String extraColumn) {
        StringBuilder body = new StringBuilder();
        for (int i = 1; i <= 3; i++) {
            body.append(table("q-" + i, "quorum_" + i, i == 2 ? extraColumn : null));
            body.append(slow("q-slow-" + i));
        }
        body.append(
                """
                  <changeSet id="q-post" author="it" context="post-deploy">
                    <dropTable tableName="quorum_1"/>
                  </changeSet>
                """);
        return write(variant, body.toString());
    }

    private static String table(String id, String table, String extraColumn) {
        String extra = extraColumn == null ? "" : "<column name=\"" + extraColumn + "\" type=\"int\"/>";
        return """
                  <changeSet id="%s" author="it" context="pre-deploy">
                    <createTable tableName="%s">
                      <column name="id" type="int"><constraints primaryKey="true" nullable="false"/></column>%s
                    </createTable>
                  </changeSet>
                """
                .formatted(id, table, extra);
    }

    /** About a second of work: pg_sleep on PostgreSQL, a counting query on SQLite. */
    private static String slow(String id) {
        return """
                  <changeSet id="%s-pg" author="it" context="pre-deploy" dbms="postgresql">
                    <sql>SELECT pg_sleep(1)</sql>
                  </changeSet>
                  <changeSet id="%s-sqlite" author="it" context="pre-deploy" dbms="sqlite">
                    <sql>WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x &lt; 8000000) SELECT count(*) FROM c</sql>
                  </changeSet>
                """
                .formatted(id, id);
    }

    private static String write(String variant, String body) {
        String path = "syzygy-samples/generated/quorum/" + variant + "/release.xml";
        GeneratedChangelogs.writeAt(path, "");
        String document = GeneratedChangelogs.document(body)
                .replace("<databaseChangeLog\n", "<databaseChangeLog logicalFilePath=\"" + LOGICAL + "\"\n");
        try {
            java.nio.file.Files.writeString(Samples.root().resolve(path), document);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return path;
    }

    private static Subprocess.Running deployer(
            TestDatabase db, String changelog, String stage, int quorum, Map<String, String> settings) {
        Cli.Invocation run = Cli.withExtension()
                .command("update")
                .db(db)
                .changelog(changelog)
                .contexts(stage)
                .setting("liquibase.syzygy.quorum", String.valueOf(quorum))
                .setting("liquibase.syzygy.quorumTimeout", "3m"); // a broken test fails, it does not hang 30 min
        settings.forEach(run::setting);
        return run.start();
    }

    /**
     * Creates Liquibase's own tables first, with one deployer: on a fresh database concurrent deployers race to
     * create DATABASECHANGELOG (SQLITE_BUSY, duplicate key), which is the crash-safe lock's business (#12), not the
     * quorum's. The quorum's own table is created by the racing deployers.
     */
    static TestDatabase prepared(TestDatabase db) {
        String empty = GeneratedChangelogs.write("quorum/empty.xml", "");
        Outcome outcome = Cli.withExtension()
                .command("update")
                .db(db)
                .changelog(empty)
                .contexts("pre-deploy")
                .run();
        assertThat(outcome.exitCode()).as(outcome.output()).isZero();
        return db;
    }

    private static List<Subprocess.Running> deployers(int count, Function<Integer, Subprocess.Running> start) {
        List<Subprocess.Running> started = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            started.add(start.apply(i));
        }
        return started;
    }

    private static List<Outcome> awaitAll(List<Subprocess.Running> running) {
        return running.stream().map(r -> r.await(DEPLOYER_TIMEOUT_SECONDS)).toList();
    }

    static Map<String, Long> appliedCounts(TestDatabase db) {
        return db.changeLog().stream().collect(Collectors.groupingBy(ChangeLogRow::id, Collectors.counting()));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(DbKind.class)
    void aQuorumOfThreeAppliesOnceAndTheFollowersExitZero(DbKind kind) throws Exception {
        try (TestDatabase db = Databases.create(kind, "quorum-3")) {
            quorumApplies(prepared(db), 3);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = DbKind.class, names = "POSTGRESQL")
    void aQuorumOfSixteenAppliesOnce(DbKind kind) throws Exception {
        try (TestDatabase db = Databases.create(kind, "quorum-16")) {
            quorumApplies(prepared(db), 16);
        }
    }

    private void quorumApplies(TestDatabase db, int quorum) {
        String changelog = release("same", null);
        long start = System.nanoTime();
        List<Outcome> outcomes =
                awaitAll(deployers(quorum, i -> deployer(db, changelog, "pre-deploy", quorum, Map.of())));
        System.out.printf(
                "quorum of %d on %s: all exited after %d ms%n", quorum, db, (System.nanoTime() - start) / 1_000_000);
        assertThat(outcomes)
                .allSatisfy(o -> assertThat(o.exitCode()).as(o.output()).isZero());
        List<String> leaders = outcomes.stream()
                .map(o -> LEADER.matcher(o.output()))
                .filter(Matcher::find)
                .map(m -> m.group(1))
                .toList();
        assertThat(leaders).as("exactly one leader").hasSize(1);
        long followers = outcomes.stream()
                .filter(o -> o.output().contains("was applied by deployer " + leaders.get(0)))
                .count();
        assertThat(followers).isEqualTo(quorum - 1);
        Map<String, Long> applied = appliedCounts(db);
        assertThat(applied).containsKeys("q-1", "q-2", "q-3").doesNotContainKey("q-post");
        assertThat(applied.values()).allSatisfy(count -> assertThat(count).isEqualTo(1L));
        assertThat(db.tableExists("quorum_3")).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(DbKind.class)
    void killingTheLeaderMakesEveryFollowerFailWithinSeconds(DbKind kind) throws Exception {
        Random random = new Random();
        for (int trial = 0; trial < 3; trial++) {
            try (TestDatabase db = prepared(Databases.create(kind, "quorum-kill-" + trial))) {
                String changelog = release("same", null);
                List<Subprocess.Running> running =
                        deployers(3, i -> deployer(db, changelog, "pre-deploy", 3, Map.of()));
                Subprocess.Running leader = awaitLeader(running);
                // A random point of the plan: while changeset q-k runs, or during the slow step after it.
                String point = LOGICAL + "::q-" + (1 + random.nextInt(3)) + "::it";
                awaitOutput(leader, Pattern.compile("Running Changeset: (" + Pattern.quote(point) + ")"));
                long delay = random.nextInt(500);
                Thread.sleep(delay);
                assertThat(leader.outputSoFar())
                        .as("the leader is still applying")
                        .doesNotContain("executed successfully");
                leader.kill();
                long killedAt = System.nanoTime();
                leader.await(60);
                for (Subprocess.Running follower : running) {
                    if (follower == leader) {
                        continue;
                    }
                    Outcome outcome = follower.await(DEPLOYER_TIMEOUT_SECONDS);
                    long millis = (System.nanoTime() - killedAt) / 1_000_000;
                    System.out.printf(
                            "%s trial %d: leader killed %d ms after it started %s; follower exited %d ms after the"
                                    + " kill%n",
                            kind, trial, delay, point, millis);
                    assertThat(outcome.exitCode()).as(outcome.output()).isNotZero();
                    assertThat(outcome.output()).contains("[QUORUM_LEADER_DIED]");
                    assertThat(millis)
                            .as("a follower notices the dead leader within seconds")
                            .isLessThan(15_000);
                }
                assertThat(appliedCounts(db).values())
                        .allSatisfy(count -> assertThat(count).isEqualTo(1L));
            }
        }
    }

    /** The deployer that took the lead, once one did. */
    private static Subprocess.Running awaitLeader(List<Subprocess.Running> running) throws InterruptedException {
        long deadline = System.nanoTime() + DEPLOYER_TIMEOUT_SECONDS * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            for (Subprocess.Running r : running) {
                if (LEADER.matcher(r.outputSoFar()).find()) {
                    return r;
                }
                if (!r.isAlive()) {
                    throw new AssertionError("a deployer exited before anyone led:\n" + r.await(1));
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no deployer took the lead");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(DbKind.class)
    void deployersWithDifferentPlansFailAtOnceShowingTheDifference(DbKind kind) throws Exception {
        try (TestDatabase db = prepared(Databases.create(kind, "quorum-mismatch"))) {
            String same = release("same", null);
            String changed = release("changed", "extra");
            Map<String, String> settings = Map.of("liquibase.syzygy.quorumTimeout", "5m");
            Subprocess.Running first = deployer(db, same, "pre-deploy", 3, settings);
            awaitOutput(first, JOINED);
            long start = System.nanoTime();
            Subprocess.Running second = deployer(db, changed, "pre-deploy", 3, settings);
            Outcome late = second.await(DEPLOYER_TIMEOUT_SECONDS);
            Outcome early = first.await(DEPLOYER_TIMEOUT_SECONDS);
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("%s: both mismatching deployers exited %d ms after the second started%n", kind, millis);
            for (Outcome outcome : List.of(late, early)) {
                assertThat(outcome.exitCode()).as(outcome.output()).isNotZero();
                assertThat(outcome.output())
                        .contains("[QUORUM_PLAN_MISMATCH]")
                        .contains("checksum differs: " + LOGICAL + "::q-2::it");
            }
            assertThat(millis).as("not after the 5 min timeout").isLessThan(120_000);
            assertThat(appliedCounts(db)).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(DbKind.class)
    void tooFewDeployersTimeOutNamingWhoJoined(DbKind kind) throws Exception {
        try (TestDatabase db = prepared(Databases.create(kind, "quorum-timeout"))) {
            String changelog = release("same", null);
            Map<String, String> settings = Map.of("liquibase.syzygy.quorumTimeout", "15s");
            List<Subprocess.Running> running = deployers(2, i -> deployer(db, changelog, "pre-deploy", 3, settings));
            List<String> ids = new ArrayList<>();
            for (Subprocess.Running r : running) {
                ids.add(awaitOutput(r, JOINED));
            }
            for (Outcome outcome : awaitAll(running)) {
                assertThat(outcome.exitCode()).as(outcome.output()).isNotZero();
                assertThat(outcome.output())
                        .contains("[QUORUM_TIMEOUT]")
                        .contains("only 2 joined")
                        .contains(ids);
            }
            assertThat(appliedCounts(db)).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(DbKind.class)
    void aFailedPreDeploySeversThePostDeployQuorum(DbKind kind) throws Exception {
        try (TestDatabase db = prepared(Databases.create(kind, "quorum-sever"))) {
            // The failing pre-deploy changeset comes after the post-deploy one, so the stage order check
            // (PRE_DEPLOY_PENDING) does not stop post-deploy: only the severed quorum does.
            String changelog = write(
                    "failing",
                    table("q-1", "quorum_1", null)
                            + """
                      <changeSet id="q-post" author="it" context="post-deploy">
                        <dropTable tableName="quorum_1"/>
                      </changeSet>
                      <changeSet id="q-fail" author="it" context="pre-deploy">
                        <sql>INSERT INTO no_such_table VALUES (1)</sql>
                      </changeSet>
                    """);
            List<Outcome> pre = awaitAll(deployers(2, i -> deployer(db, changelog, "pre-deploy", 2, Map.of())));
            assertThat(pre)
                    .allSatisfy(o -> assertThat(o.exitCode()).as(o.output()).isNotZero());
            assertThat(pre).anySatisfy(o -> assertThat(o.output()).contains("[QUORUM_LEADER_FAILED]"));
            assertThat(appliedCounts(db)).containsOnlyKeys("q-1");

            List<Outcome> post = awaitAll(deployers(2, i -> deployer(db, changelog, "post-deploy", 2, Map.of())));
            assertThat(post).allSatisfy(o -> {
                assertThat(o.exitCode()).as(o.output()).isNotZero();
                assertThat(o.output()).contains("[QUORUM_SEVERED]").contains("failed");
            });
            assertThat(db.tableExists("quorum_1")).as("post-deploy did not run").isTrue();

            // The operator lifts the block, as the message says.
            try (Connection c = db.connect();
                    Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM syzygy_quorum WHERE deployer = '#severed'");
            }
            List<Outcome> retried = awaitAll(deployers(2, i -> deployer(db, changelog, "post-deploy", 2, Map.of())));
            assertThat(retried)
                    .allSatisfy(o -> assertThat(o.exitCode()).as(o.output()).isZero());
            assertThat(appliedCounts(db)).containsEntry("q-post", 1L);
            assertThat(db.tableExists("quorum_1")).isFalse();
        }
    }

    /** Waits until {@code running} printed {@code pattern}; returns its first group. */
    private static String awaitOutput(Subprocess.Running running, Pattern pattern) throws InterruptedException {
        long deadline = System.nanoTime() + DEPLOYER_TIMEOUT_SECONDS * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            Matcher matcher = pattern.matcher(running.outputSoFar());
            if (matcher.find()) {
                return matcher.group(1);
            }
            if (!running.isAlive()) {
                throw new AssertionError("exited before printing " + pattern + ":\n" + running.await(1));
            }
            Thread.sleep(50);
        }
        throw new AssertionError("never printed " + pattern);
    }
}
