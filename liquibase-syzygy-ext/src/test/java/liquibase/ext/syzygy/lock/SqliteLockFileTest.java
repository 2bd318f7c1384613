package liquibase.ext.syzygy.lock;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SqliteLockFileTest {

    @Test
    void aFileDatabaseGetsALockFileBesideIt() {
        assertThat(SqliteLockFile.forUrl("jdbc:sqlite:/data/app.db")).contains(Path.of("/data/app.db.syzygy-lock"));
        assertThat(SqliteLockFile.forUrl("jdbc:sqlite:file:/data/app.db?cache=shared"))
                .contains(Path.of("/data/app.db.syzygy-lock"));
        assertThat(SqliteLockFile.forUrl("jdbc:sqlite:app.db"))
                .contains(Path.of("app.db.syzygy-lock").toAbsolutePath());
    }

    @Test
    void inMemoryAndUnmappableUrlsGetNone() {
        assertThat(SqliteLockFile.forUrl("jdbc:sqlite::memory:")).isEmpty();
        assertThat(SqliteLockFile.forUrl("jdbc:sqlite:")).isEmpty();
        assertThat(SqliteLockFile.forUrl("jdbc:sqlite:file::memory:?cache=shared"))
                .isEmpty();
        assertThat(SqliteLockFile.forUrl("jdbc:sqlite:file:shared?mode=memory")).isEmpty();
        assertThat(SqliteLockFile.forUrl("jdbc:sqlite::resource:db/app.db")).isEmpty();
        assertThat(SqliteLockFile.forUrl("jdbc:postgresql://x/y")).isEmpty();
        assertThat(SqliteLockFile.forUrl(null)).isEmpty();
    }

    @Test
    void theRecordRoundTrips() {
        LockHolder holder = new LockHolder(
                "pid",
                "123",
                Optional.of("ci-7"),
                Optional.of("liquibase"),
                Optional.of(Instant.parse("2026-12-01T13:00:00Z")));
        assertThat(SqliteLockFile.parse(SqliteLockFile.record(holder))).contains(holder);
    }

    @Test
    void anEmptyOrGarbledRecordNamesNobody() {
        assertThat(SqliteLockFile.parse("")).isEmpty();
        assertThat(SqliteLockFile.parse("host=x\n")).isEmpty();
        assertThat(SqliteLockFile.parse("pid=9\nsince=yesterday\n").flatMap(LockHolder::since))
                .isEmpty();
    }
}
