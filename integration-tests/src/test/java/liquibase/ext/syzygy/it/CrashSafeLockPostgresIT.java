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

    @Test
    void createIndexConcurrentlyFinishesWhileOtherDeployersWait() throws Exception {
        try (TestDatabase db = Databases.postgres("lock-cic")) {
            Subprocess.Running holder = LockDeployers.update(db, CIC, 10).start();
            List<Subprocess.Running> waiters = new ArrayList<>();
            try {
                awaitOutput(holder, out -> out.contains(running(CIC, "2")), Duration.ofSeconds(120), "slow changeset");
                for (int i = 0; i < 3; i++) {
                    waiters.add(LockDeployers.update(db, CIC, 10).start());
                }
                for (Subprocess.Running waiter : waiters) {
                    awaitOutput(
                            waiter,
                            out -> out.contains("Waiting for the changelog lock"),
                            Duration.ofSeconds(60),
                            "waiting message (the holder's sleep must outlast the waiters' start-up)");
                }
                assertThat(holder.outputSoFar()).doesNotContain(running(CIC, "3"));

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
    void aSpringBootApplicationHoldsTheLockOnItsPooledConnectionWhileACliDeployerWaits() throws Exception {
        try (TestDatabase db = Databases.postgres("lock-spring")) {
            CompletableFuture<Void> spring = CompletableFuture.runAsync(() -> startApplication(db, 8));
            Subprocess.Running cli = null;
            try {
                awaitSpringHoldingTheLock(db);
                cli = LockDeployers.update(db, "lock-it/v1.xml", 8).start();
                awaitOutput(
                        cli,
                        out -> out.contains("Waiting for the changelog lock"),
                        Duration.ofSeconds(120),
                        "waiting message");
                assertThat(cli.outputSoFar()).contains("backend pid ").contains("application 'PostgreSQL JDBC Driver'");

                spring.get(120, TimeUnit.SECONDS);
                Outcome outcome = cli.await(120);
                assertThat(outcome.exitCode()).as(outcome.output()).isZero();
                assertThat(outcome.output()).doesNotContain(running("lock-it/v1.xml", "1"));
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

    /** SpringLiquibase (HikariCP) applies lock-it/v1.xml, its changeset 2 sleeping {@code sleepSeconds}. */
    private static void startApplication(TestDatabase db, int sleepSeconds) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", db.url());
        properties.put("spring.datasource.username", db.username());
        properties.put("spring.liquibase.default-schema", db.schema());
        properties.put("spring.liquibase.change-log", "classpath:lock-it/v1.xml");
        properties.put("spring.liquibase.contexts", "pre-deploy");
        properties.put("spring.liquibase.parameters.lockit.sleep", String.valueOf(sleepSeconds));
        properties.put("spring.main.banner-mode", "off");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ShopApplication.class)
                .web(WebApplicationType.NONE)
                .properties(properties)
                .run()) {
            assertThat(context.isActive()).isTrue();
        }
    }

    private static void awaitSpringHoldingTheLock(TestDatabase db) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (advisoryLocksHeld(db) == 0) {
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
