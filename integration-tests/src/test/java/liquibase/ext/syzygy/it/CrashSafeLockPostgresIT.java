package liquibase.ext.syzygy.it;

import static liquibase.ext.syzygy.it.LockDeployers.awaitOutput;
import static liquibase.ext.syzygy.it.LockDeployers.running;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import liquibase.ext.syzygy.it.spring.ShopApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The PostgreSQL side of the crash-safe lock that SQLite has no counterpart for: {@code CREATE INDEX CONCURRENTLY}
 * while other deployers wait (a waiter blocked in {@code pg_advisory_lock}, or holding a transaction open, would
 * deadlock it), and the lock held by a Spring Boot application's pooled (HikariCP) connection.
 */
class CrashSafeLockPostgresIT {

    private static final String CIC = "lock-it/cic.xml";
    private static final String GATE = "lock-it/gate.xml";

    @Test
    void createIndexConcurrentlyFinishesWhileOtherDeployersWait() throws Exception {
        try (TestDatabase db = Databases.postgres("lock-cic")) {
            Subprocess.Running holder = LockDeployers.update(db, CIC, 0).start();
            List<Subprocess.Running> waiters = new ArrayList<>();
            try {
                awaitOutput(holder, out -> out.contains(running(CIC, "2")), Duration.ofSeconds(120), "slow changeset");
                for (int i = 0; i < 3; i++) {
                    waiters.add(LockDeployers.update(db, CIC, 0).start());
                }
                for (Subprocess.Running waiter : waiters) {
                    awaitOutput(
                            waiter,
                            out -> out.contains("Waiting for the changelog lock"),
                            Duration.ofSeconds(120),
                            "waiting message");
                }
                assertThat(holder.outputSoFar()).doesNotContain(running(CIC, "3"));
                openGate(db); // the holder goes on to CREATE INDEX CONCURRENTLY while the three wait

                // A deadlock would hang here until the timeout kills the holder.
                Outcome applied = holder.await(120);
                assertThat(applied.exitCode()).as(applied.output()).isZero();
                assertThat(applied.output()).contains(running(CIC, "3"));
                for (Subprocess.Running waiter : waiters) {
                    Outcome outcome = waiter.await(120);
                    assertThat(outcome.exitCode()).as(outcome.output()).isZero();
                    assertThat(outcome.output()).doesNotContain(running(CIC, "3"));
                }
            } finally {
                holder.process().destroyForcibly();
                waiters.forEach(w -> w.process().destroyForcibly());
            }
            assertThat(db.appliedIds()).containsExactly("1", "2", "3");
            assertThat(indexIsValid(db, "lock_cic_id")).isTrue();
        }
    }

    @Test
    void aDeployerThatLostItsLockStopsBeforeTheNextChangeset() throws Exception {
        try (TestDatabase db = Databases.postgres("lock-lost")) {
            Outcome outcome = LockDeployers.update(db, "lock-it/lost.xml", 0).run();
            assertThat(outcome.exitCode()).as(outcome.output()).isNotZero();
            assertThat(outcome.output())
                    .contains("lock-it/lost.xml::3::it: [LOCK_LOST] This deployer no longer holds the changelog lock")
                    .contains("no longer holds it (released on this session")
                    .contains("It stopped before the next changeset rather than run it unlocked.");
            assertThat(db.appliedIds()).containsExactly("1", "2");
            assertThat(db.tableExists("lock_lost_b")).isFalse();
        }
    }

    @Test
    void aSpringBootApplicationHoldsTheLockOnItsPooledConnectionWhileACliDeployerWaits() throws Exception {
        try (TestDatabase db = Databases.postgres("lock-spring")) {
            CompletableFuture<Void> spring = CompletableFuture.runAsync(() -> startApplication(db));
            Subprocess.Running cli = null;
            try {
                awaitSpringHoldingTheLock(db);
                cli = LockDeployers.update(db, GATE, 0).start();
                awaitOutput(
                        cli,
                        out -> out.contains("Waiting for the changelog lock"),
                        Duration.ofSeconds(120),
                        "waiting message");
                assertThat(cli.outputSoFar()).contains("backend pid ").contains("application 'PostgreSQL JDBC Driver'");
                openGate(db);

                spring.get(120, TimeUnit.SECONDS);
                Outcome outcome = cli.await(120);
                assertThat(outcome.exitCode()).as(outcome.output()).isZero();
                assertThat(outcome.output()).doesNotContain(running(GATE, "1"));
            } finally {
                if (cli != null) {
                    cli.process().destroyForcibly();
                }
            }
            assertThat(db.appliedIds()).containsExactly("1", "2", "3");
            assertThat(advisoryLocksHeld(db))
                    .as("advisory locks left on pooled connections")
                    .isZero();
        }
    }

    /** SpringLiquibase (HikariCP) applies lock-it/gate.xml, whose changeset 2 waits for {@link #openGate}. */
    private static void startApplication(TestDatabase db) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", db.url());
        properties.put("spring.datasource.username", db.username());
        properties.put("spring.liquibase.default-schema", db.schema());
        properties.put("spring.liquibase.change-log", "classpath:" + GATE);
        properties.put("spring.liquibase.contexts", "pre-deploy");
        properties.put("spring.main.banner-mode", "off");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ShopApplication.class)
                .web(WebApplicationType.NONE)
                .properties(properties)
                .run()) {
            assertThat(context.isActive()).isTrue();
        }
    }

    /** Lets the holder's changeset 2 (a loop waiting for table lock_gate) finish. */
    private static void openGate(TestDatabase db) throws Exception {
        try (Connection c = db.connect();
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE " + db.schema() + ".lock_gate (id int)");
        }
    }

    private static void awaitSpringHoldingTheLock(TestDatabase db) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        // lock_a is created by changeset 1, under the update's lock (not the brief one that creates Liquibase's
        // tables).
        while (!db.tableExists("lock_a") || advisoryLocksHeld(db) == 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the Spring Boot application never took the lock");
            }
            Thread.sleep(50);
        }
    }

    private static int advisoryLocksHeld(TestDatabase db) throws Exception {
        liquibase.ext.syzygy.lock.LockKey key = liquibase.ext.syzygy.lock.LockKey.of(db.schema(), "databasechangelog");
        try (Connection c = db.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted"
                        + " AND classid = " + key.classId() + " AND objid = " + key.objId() + " AND objsubid = 1")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static boolean indexIsValid(TestDatabase db, String index) throws Exception {
        try (Connection c = db.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT i.indisvalid FROM pg_index i JOIN pg_class c ON c.oid ="
                        + " i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relname = '" + index
                        + "' AND n.nspname = '" + db.schema() + "'")) {
            return rs.next() && rs.getBoolean(1);
        }
    }
}
