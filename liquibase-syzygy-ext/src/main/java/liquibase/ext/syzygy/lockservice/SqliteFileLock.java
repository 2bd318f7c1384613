package liquibase.ext.syzygy.lockservice;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import liquibase.ext.syzygy.lock.ExclusiveLock;
import liquibase.ext.syzygy.lock.LockAttempt;
import liquibase.ext.syzygy.lock.LockBackendException;
import liquibase.ext.syzygy.lock.LockHolder;
import liquibase.ext.syzygy.lock.LockKey;
import liquibase.ext.syzygy.lock.SqliteLockFile;

/**
 * An exclusive OS lock ({@link FileChannel#tryLock()}) on the file beside a SQLite database: the kernel frees it
 * when the holding process dies, so a killed deployer leaves nothing to clean up. The holder writes its pid, host
 * and start time into the file for waiters and {@code list-locks}; the text outlives a killed holder, so it is only
 * believed while the file is actually locked.
 */
final class SqliteFileLock implements ExclusiveLock {

    /** How long the holder's statements wait for readers' shared locks to clear (milliseconds, at least). */
    private static final int HOLDER_BUSY_TIMEOUT_MS = 30_000;

    private final Connection connection;
    private final Path file;
    private final LockKey key;
    private final Clock clock;
    private FileChannel channel;
    private FileLock lock;
    private OptionalInt previousBusyTimeout = OptionalInt.empty();

    SqliteFileLock(Connection connection, Path file, LockKey key, Clock clock) {
        this.connection = Objects.requireNonNull(connection, "connection == null");
        this.file = Objects.requireNonNull(file, "file == null");
        this.key = Objects.requireNonNull(key, "key == null");
        this.clock = Objects.requireNonNull(clock, "clock == null");
    }

    @Override
    public LockKey key() {
        return key;
    }

    @Override
    public String describe() {
        return "file lock on " + file;
    }

    @Override
    public LockAttempt tryAcquire() throws LockBackendException {
        if (isHeld()) {
            return LockAttempt.acquired();
        }
        try {
            endReadTransaction();
            FileChannel opened = FileChannel.open(
                    file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock taken;
            try {
                taken = opened.tryLock();
            } catch (OverlappingFileLockException e) {
                taken = null; // another lock service in this JVM holds it
            }
            if (taken == null) {
                opened.close();
                return LockAttempt.busy(recordedHolder());
            }
            channel = opened;
            lock = taken;
            writeRecord();
            raiseBusyTimeout();
            return LockAttempt.acquired();
        } catch (SQLException e) {
            throw new LockBackendException(
                    "Could not prepare the connection for the " + describe() + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new LockBackendException("Could not take the " + describe() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public boolean isHeld() {
        return lock != null && lock.isValid();
    }

    @Override
    public Optional<LockHolder> holder() throws LockBackendException {
        if (isHeld()) {
            return recordedHolder();
        }
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try (FileChannel probe = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock free;
            try {
                free = probe.tryLock();
            } catch (OverlappingFileLockException e) {
                return recordedHolder();
            }
            if (free != null) {
                free.release();
                return Optional.empty(); // nobody holds it; the text is a dead holder's
            }
            return recordedHolder();
        } catch (IOException e) {
            throw new LockBackendException("Could not read the " + describe() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void release() throws LockBackendException {
        if (channel == null) {
            return;
        }
        try {
            restoreBusyTimeout();
            channel.truncate(0);
            if (lock.isValid()) {
                lock.release();
            }
            channel.close();
        } catch (IOException | SQLException e) {
            throw new LockBackendException("Could not release the " + describe() + ": " + e.getMessage(), e);
        } finally {
            channel = null;
            lock = null;
        }
    }

    /**
     * Ends this connection's read transaction (a deferred transaction keeps SQLite's shared lock after its first
     * read), so that a deployer waiting for the lock does not block the holder's writes with {@code SQLITE_BUSY}.
     */
    private void endReadTransaction() throws SQLException {
        if (!connection.getAutoCommit()) {
            connection.commit();
        }
    }

    /**
     * Gives the holder's statements time to wait for other deployers' short reads (the fast "up to date" check runs
     * before the lock), instead of the driver's default of a few seconds; restored on release.
     */
    private void raiseBusyTimeout() throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("PRAGMA busy_timeout")) {
            int current = rs.next() ? rs.getInt(1) : 0;
            if (current >= HOLDER_BUSY_TIMEOUT_MS) {
                return;
            }
            previousBusyTimeout = OptionalInt.of(current);
        }
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA busy_timeout = " + HOLDER_BUSY_TIMEOUT_MS);
        }
    }

    private void restoreBusyTimeout() throws SQLException {
        if (previousBusyTimeout.isPresent() && !connection.isClosed()) {
            try (Statement s = connection.createStatement()) {
                s.execute("PRAGMA busy_timeout = " + previousBusyTimeout.getAsInt());
            }
        }
        previousBusyTimeout = OptionalInt.empty();
    }

    private void writeRecord() throws IOException {
        LockHolder me = new LockHolder(
                "pid",
                String.valueOf(ProcessHandle.current().pid()),
                HostName.local(),
                Optional.of("liquibase"),
                Optional.of(clock.instant()));
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(SqliteLockFile.record(me).getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(false);
    }

    private Optional<LockHolder> recordedHolder() {
        try {
            return SqliteLockFile.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
