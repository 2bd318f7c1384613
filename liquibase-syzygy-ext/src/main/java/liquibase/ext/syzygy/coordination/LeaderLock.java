package liquibase.ext.syzygy.coordination;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The leader's heartbeat: a lock the leader holds while it applies the plan, which the database server or the OS
 * releases the moment the leader's process or connection dies. Waiting deployers probe it on every look, so a dead
 * leader is noticed within a poll instead of after a timeout; no thread, no timer, no clock is involved.
 */
interface LeaderLock {

    /** Takes the lock for this deployer; false when another deployer holds it. */
    boolean tryAcquire() throws SQLException, IOException;

    /** Whether some other deployer holds the lock (this deployer must not hold it). */
    boolean isHeld() throws SQLException, IOException;

    /** Releases the lock this deployer took; harmless when it holds none. */
    void release();

    /**
     * A PostgreSQL session-level advisory lock, taken with {@code pg_try_advisory_lock} only (never waited for), on
     * the deployer's own Liquibase connection: it lives exactly as long as the connection.
     */
    static LeaderLock postgres(Connection connection, String namespace) {
        return new PostgresLock(connection, namespace.hashCode());
    }

    /** An exclusive OS lock on a file beside the SQLite database. */
    static LeaderLock file(Path lockFile) {
        return new FileLeaderLock(lockFile);
    }

    /** The advisory lock {@code (CLASS_ID, key)}; the class id keeps it apart from other advisory locks. */
    final class PostgresLock implements LeaderLock {
        /** "SYZQ": the first key of every quorum advisory lock. */
        static final int CLASS_ID = 0x53595a51;

        private final Connection connection;
        private final int key;
        private boolean held;

        PostgresLock(Connection connection, int key) {
            this.connection = connection;
            this.key = key;
        }

        @Override
        public boolean tryAcquire() throws SQLException {
            held = call("pg_try_advisory_lock");
            return held;
        }

        @Override
        public boolean isHeld() throws SQLException {
            if (call("pg_try_advisory_lock")) {
                call("pg_advisory_unlock");
                return false;
            }
            return true;
        }

        @Override
        public void release() {
            if (held) {
                try {
                    call("pg_advisory_unlock");
                } catch (SQLException ignored) {
                    // The connection is gone, and the server released the lock with it.
                }
                held = false;
            }
        }

        private boolean call(String function) throws SQLException {
            try (PreparedStatement s = connection.prepareStatement("SELECT " + function + "(?, ?)")) {
                s.setInt(1, CLASS_ID);
                s.setInt(2, key);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    boolean result = rs.getBoolean(1);
                    if (!connection.getAutoCommit()) {
                        connection.commit(); // session-level: the lock survives the commit, the snapshot does not
                    }
                    return result;
                }
            }
        }
    }

    /** A lock on a file: the OS releases it when the process dies. */
    final class FileLeaderLock implements LeaderLock {
        private final Path file;
        private FileChannel channel;
        private FileLock lock;

        FileLeaderLock(Path file) {
            this.file = file;
        }

        @Override
        public boolean tryAcquire() throws IOException {
            FileChannel opened = open();
            FileLock taken;
            try {
                taken = opened.tryLock();
            } catch (OverlappingFileLockException e) {
                taken = null; // this JVM holds it already (another run in the same process)
            }
            if (taken == null) {
                opened.close();
                return false;
            }
            channel = opened;
            lock = taken;
            return true;
        }

        @Override
        public boolean isHeld() throws IOException {
            try (FileChannel probe = open()) {
                FileLock taken = probe.tryLock();
                if (taken == null) {
                    return true;
                }
                taken.release();
                return false;
            } catch (OverlappingFileLockException e) {
                return true;
            }
        }

        @Override
        public void release() {
            try {
                if (lock != null) {
                    lock.release();
                }
                if (channel != null) {
                    channel.close();
                }
            } catch (IOException ignored) {
                // Closing the channel releases the lock; a failure here leaves it to the process exit.
            }
            lock = null;
            channel = null;
        }

        private FileChannel open() throws IOException {
            return FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        }
    }
}
