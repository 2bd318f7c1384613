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
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
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

    private final Path file;
    private final LockKey key;
    private final Clock clock;
    private FileChannel channel;
    private FileLock lock;

    SqliteFileLock(Path file, LockKey key, Clock clock) {
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
            return LockAttempt.acquired();
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
            channel.truncate(0);
            if (lock.isValid()) {
                lock.release();
            }
            channel.close();
        } catch (IOException e) {
            throw new LockBackendException("Could not release the " + describe() + ": " + e.getMessage(), e);
        } finally {
            channel = null;
            lock = null;
        }
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
