package liquibase.ext.syzygy.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Live application traffic on one test database: fleets of worker threads, each with its own JDBC connection,
 * serving requests of one {@link AccountsApp} version until stopped. All fleets share one {@link TrafficLedger},
 * one {@link ExpectedAccounts} and one id sequence.
 *
 * <p>On SQLite each connection waits up to {@value #SQLITE_BUSY_TIMEOUT_MS} ms for the write lock (SQLite has one
 * writer at a time); the ledger retries the rare {@code SQLITE_BUSY} left over.
 */
final class LiveTraffic {

    static final int SQLITE_BUSY_TIMEOUT_MS = 10_000;

    /** Pause between two requests of one worker: traffic, not a load test (the build machine is shared). */
    private static final long PAUSE_MS = 5;

    private final TestDatabase db;
    private final TrafficLedger ledger = new TrafficLedger();
    private final ExpectedAccounts accounts = new ExpectedAccounts();
    private final AtomicLong ids = new AtomicLong(1_000);

    LiveTraffic(TestDatabase db) {
        this.db = db;
    }

    TrafficLedger ledger() {
        return ledger;
    }

    ExpectedAccounts accounts() {
        return accounts;
    }

    /** Starts {@code workers} threads serving {@code app}; they run until the fleet is closed. */
    Fleet start(AccountsApp app, int workers) {
        return new Fleet(app, workers);
    }

    private Connection connect() throws SQLException {
        if (db.kind() == DbKind.SQLITE) {
            Properties properties = new Properties();
            properties.setProperty("busy_timeout", String.valueOf(SQLITE_BUSY_TIMEOUT_MS));
            return DriverManager.getConnection(db.url(), properties);
        }
        return db.connect();
    }

    /** The running workers of one application version; closing it retires that version and waits for them. */
    final class Fleet implements AutoCloseable {

        private final List<Thread> threads = new ArrayList<>();
        private final List<Throwable> crashes = new java.util.concurrent.CopyOnWriteArrayList<>();
        private volatile boolean running = true;
        private final AccountsApp app;

        private Fleet(AccountsApp app, int workers) {
            this.app = app;
            for (int i = 0; i < workers; i++) {
                Thread thread = new Thread(this::work, app.version() + "-worker-" + i);
                thread.setDaemon(true);
                threads.add(thread);
                thread.start();
            }
        }

        private void work() {
            try (Connection connection = connect()) {
                while (running) {
                    app.serve(connection, ids.incrementAndGet(), ledger, accounts);
                    Thread.sleep(PAUSE_MS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Throwable e) {
                crashes.add(e);
            }
        }

        /**
         * Stops the workers after their current request and waits for them. Fails if a worker crashed outside a
         * counted statement (it could not connect, or the harness broke), which would hide traffic.
         */
        @Override
        public void close() throws InterruptedException {
            running = false;
            for (Thread thread : threads) {
                thread.join(60_000);
                if (thread.isAlive()) {
                    throw new IllegalStateException(thread.getName() + " did not stop within a minute");
                }
            }
            if (!crashes.isEmpty()) {
                IllegalStateException crash =
                        new IllegalStateException(app.version() + " workers crashed", crashes.get(0));
                crashes.stream().skip(1).forEach(crash::addSuppressed);
                throw crash;
            }
        }
    }
}
