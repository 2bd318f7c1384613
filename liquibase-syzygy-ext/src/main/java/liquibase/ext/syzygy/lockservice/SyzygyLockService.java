package liquibase.ext.syzygy.lockservice;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import liquibase.GlobalConfiguration;
import liquibase.Scope;
import liquibase.changelog.ChangeLogHistoryServiceFactory;
import liquibase.database.Database;
import liquibase.exception.DatabaseException;
import liquibase.exception.LockException;
import liquibase.ext.syzygy.lock.ExclusiveLock;
import liquibase.ext.syzygy.lock.LockAttempt;
import liquibase.ext.syzygy.lock.LockBackendException;
import liquibase.ext.syzygy.lock.LockFailure;
import liquibase.ext.syzygy.lock.LockFindings;
import liquibase.ext.syzygy.lock.LockHolder;
import liquibase.ext.syzygy.lock.LockWaiter;
import liquibase.ext.syzygy.lock.WaitPolicy;
import liquibase.lockservice.DatabaseChangeLogLock;
import liquibase.lockservice.LockService;

/**
 * Replaces Liquibase's DATABASECHANGELOGLOCK row with a lock that frees itself when its deployer dies: a PostgreSQL
 * session advisory lock, or an OS lock on a file beside a SQLite database (see {@link Locks}). A killed deployer no
 * longer leaves the next one waiting five minutes for a row nobody will clear (Liquibase issue #1453).
 *
 * <p>Outranks {@code StandardLockService} for the databases {@link Locks#supports} and only while
 * {@code liquibase.syzygy.lock} is {@code auto}. {@link #init()} creates nothing: the lock needs no table.
 * {@code release-locks} ({@link #forceReleaseLock()}) releases this session's lock only and otherwise explains who
 * holds it; a crash-safe lock held by a live process must not be broken. Taking the lock resets Liquibase's history
 * services, as {@code StandardLockService} does, so that DATABASECHANGELOG is re-read under the lock.
 */
public class SyzygyLockService implements LockService {

    /** Above {@code StandardLockService} (1) and database-specific services (5). */
    static final int PRIORITY = PRIORITY_DATABASE + 100;

    private Database database;
    private ExclusiveLock lock;
    private boolean hasChangeLogLock;
    private Long waitMinutes;
    private Long pollSeconds;

    @Override
    public int getPriority() {
        return PRIORITY;
    }

    @Override
    public boolean supports(Database candidate) {
        return Locks.supports(candidate);
    }

    @Override
    public void setDatabase(Database target) {
        this.database = target;
        this.lock = null;
    }

    @Override
    public void setChangeLogLockWaitTime(long minutes) {
        this.waitMinutes = minutes;
    }

    @Override
    public void setChangeLogLockRecheckTime(long seconds) {
        this.pollSeconds = seconds;
    }

    @Override
    public boolean hasChangeLogLock() {
        return hasChangeLogLock;
    }

    @Override
    public void waitForLock() throws LockException {
        if (hasChangeLogLock) {
            return;
        }
        try {
            new LockWaiter(Clock.systemUTC(), d -> Thread.sleep(d.toMillis()), SyzygyLockService::report)
                    .acquire(lock(), policy());
            acquired();
        } catch (LockFailure e) {
            throw new LockException(e.getMessage());
        } catch (LockBackendException e) {
            throw new LockException(e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LockException("Interrupted while waiting for the changelog lock (" + lock().describe() + ")");
        }
    }

    @Override
    public boolean acquireLock() throws LockException {
        if (hasChangeLogLock) {
            return true;
        }
        try {
            if (lock().tryAcquire() instanceof LockAttempt.Acquired) {
                acquired();
                return true;
            }
            return false;
        } catch (LockFailure e) {
            throw new LockException(e.getMessage());
        } catch (LockBackendException e) {
            throw new LockException(e.getMessage(), e);
        }
    }

    @Override
    public void releaseLock() throws LockException {
        try {
            lock().release();
        } catch (LockBackendException e) {
            throw new LockException(e.getMessage(), e);
        } finally {
            hasChangeLogLock = false;
            database.setCanCacheLiquibaseTableInfo(false);
        }
        Scope.getCurrentScope().getLog(getClass()).info("Released the changelog lock (" + lock().describe() + ")");
    }

    @Override
    public DatabaseChangeLogLock[] listLocks() throws LockException {
        try {
            Optional<LockHolder> holder = lock().holder();
            return holder.map(h -> new DatabaseChangeLogLock[] {
                        new DatabaseChangeLogLock(1, Date.from(h.since().orElseGet(Instant::now)), lockedBy(h))
                    })
                    .orElseGet(() -> new DatabaseChangeLogLock[0]);
        } catch (LockBackendException e) {
            throw new LockException(e.getMessage(), e);
        }
    }

    /**
     * {@code release-locks}: releases the lock if this very session holds it; otherwise says who holds it and
     * that it frees itself when that process ends, and succeeds (breaking a live holder's lock would let two
     * deployers run at once, and a dead holder's lock is already gone).
     */
    @Override
    public void forceReleaseLock() throws LockException, DatabaseException {
        try {
            if (lock().isHeld()) {
                releaseLock();
                return;
            }
            String message = lock().holder()
                    .map(h -> "The changelog lock is a " + lock().describe() + ", held by " + h.describe()
                            + ". It is freed when that process ends or its connection closes; nothing was"
                            + " released. Wait for it, or stop that process if it hangs.")
                    .orElse("The changelog lock is a " + lock().describe() + "; nobody holds it, nothing to release.");
            Scope.getCurrentScope().getUI().sendMessage(message);
            Scope.getCurrentScope().getLog(getClass()).info(message);
        } catch (LockBackendException e) {
            throw new LockException(e.getMessage(), e);
        }
    }

    /** Forgets what this instance knows; the lock itself lives with the connection (or process) that took it. */
    @Override
    public void reset() {
        hasChangeLogLock = false;
    }

    /** Nothing to create: the lock needs no DATABASECHANGELOGLOCK table. */
    @Override
    public void init() throws DatabaseException {
        // Deliberately empty.
    }

    @Override
    public void destroy() throws DatabaseException {
        try {
            if (lock().isHeld()) {
                releaseLock();
            }
        } catch (LockBackendException | LockException e) {
            throw new DatabaseException(e.getMessage(), e);
        }
    }

    /**
     * Stops with {@code LOCK_LOST} unless this deployer still holds the lock; called before each changeset.
     *
     * @throws LockFailure naming why the lock is gone
     */
    public void verifyHeld() throws LockFailure {
        if (!hasChangeLogLock) {
            return;
        }
        boolean held;
        String why = "the lock was released";
        try {
            held = lock().isHeld();
        } catch (LockBackendException e) {
            held = false;
            why = "its connection failed (" + e.getMessage() + ")";
        }
        if (!held && lock instanceof PostgresAdvisoryLock pg && pg.heldBy().isPresent()) {
            why = pg.whyNotHeld();
        }
        if (!held) {
            hasChangeLogLock = false;
            throw new LockFailure(LockFindings.lost(lock(), why));
        }
    }

    /** The lock of this service's database, for the quorum and the table bootstrap. */
    public ExclusiveLock exclusiveLock() {
        return lock();
    }

    private ExclusiveLock lock() {
        if (lock == null) {
            lock = Locks.forDatabase(database, Clock.systemUTC())
                    .orElseThrow(() -> new IllegalStateException("no crash-safe lock for " + database));
        }
        return lock;
    }

    private void acquired() {
        hasChangeLogLock = true;
        String message = "Successfully acquired the changelog lock (" + lock().describe() + ")";
        Scope.getCurrentScope().getLog(getClass()).info(message);
        // As StandardLockService does: whatever was read before the lock may be stale.
        Scope.getCurrentScope()
                .getSingleton(ChangeLogHistoryServiceFactory.class)
                .resetAll();
        database.setCanCacheLiquibaseTableInfo(true);
    }

    private WaitPolicy policy() {
        long minutes =
                waitMinutes != null ? waitMinutes : GlobalConfiguration.CHANGELOGLOCK_WAIT_TIME.getCurrentValue();
        long seconds =
                pollSeconds != null ? pollSeconds : GlobalConfiguration.CHANGELOGLOCK_POLL_RATE.getCurrentValue();
        return WaitPolicy.ofLiquibase(minutes, seconds);
    }

    private String lockedBy(LockHolder holder) {
        return holder.describe() + " [" + lock().describe() + "]";
    }

    private static void report(String line) {
        Scope.getCurrentScope().getUI().sendMessage(line);
        Scope.getCurrentScope().getLog(SyzygyLockService.class).info(line);
    }
}
