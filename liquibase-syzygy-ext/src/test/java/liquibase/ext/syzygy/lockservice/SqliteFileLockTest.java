package liquibase.ext.syzygy.lockservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import liquibase.ext.syzygy.lock.LockAttempt;
import liquibase.ext.syzygy.lock.LockHolder;
import liquibase.ext.syzygy.lock.LockKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file lock beside a real SQLite file (two lock objects in one JVM stand for two deployers). */
class SqliteFileLockTest {

    @TempDir
    Path dir;

    @Test
    void theHolderRecordsItselfAndASecondLockIsBusyUntilItIsReleased() throws Exception {
        Path db = dir.resolve("app.db");
        Path file = dir.resolve("app.db.syzygy-lock");
        Clock clock = Clock.fixed(Instant.parse("2026-12-01T13:00:00Z"), ZoneOffset.UTC);
        try (Connection first = DriverManager.getConnection("jdbc:sqlite:" + db);
                Connection second = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            LockKey key = LockKey.of(null, "databasechangelog");
            SqliteFileLock a = new SqliteFileLock(first, file, key, clock);
            SqliteFileLock b = new SqliteFileLock(second, file, key, clock);

            assertThat(a.tryAcquire()).isInstanceOf(LockAttempt.Acquired.class);
            assertThat(Files.readString(file))
                    .contains("pid=" + ProcessHandle.current().pid());
            LockAttempt busy = b.tryAcquire();
            assertThat(busy).isInstanceOf(LockAttempt.Busy.class);
            LockHolder holder = ((LockAttempt.Busy) busy).holder().orElseThrow();
            assertThat(holder.pid())
                    .isEqualTo(String.valueOf(ProcessHandle.current().pid()));
            assertThat(holder.since()).contains(Instant.parse("2026-12-01T13:00:00Z"));
            assertThat(b.holder()).contains(holder);

            a.release();
            assertThat(a.isHeld()).isFalse();
            assertThat(b.holder()).as("nobody holds it").isEmpty();
            assertThat(b.tryAcquire()).isInstanceOf(LockAttempt.Acquired.class);
            assertThat(Files.exists(file)).as("the lock file is never deleted").isTrue();
            b.release();
        }
    }

    @Test
    void aRecordLeftByADeadHolderIsNotBelieved() throws Exception {
        Path db = dir.resolve("dead.db");
        Path file = dir.resolve("dead.db.syzygy-lock");
        Files.writeString(file, "pid=999999\nhost=gone\nsince=2026-12-01T12:00:00Z\n");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            SqliteFileLock lock = new SqliteFileLock(c, file, LockKey.of(null, "databasechangelog"), Clock.systemUTC());
            assertThat(lock.holder()).isEmpty();
            assertThat(lock.tryAcquire()).isInstanceOf(LockAttempt.Acquired.class);
            lock.release();
        }
    }
}
