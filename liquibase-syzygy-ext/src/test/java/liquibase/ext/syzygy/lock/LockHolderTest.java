package liquibase.ext.syzygy.lock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LockHolderTest {

    @Test
    void aBackendNamesItsApplicationClientAndSince() {
        LockHolder holder = new LockHolder(
                "backend pid",
                "4242",
                Optional.of("10.0.0.7"),
                Optional.of("deployer-a"),
                Optional.of(Instant.parse("2026-12-01T13:00:00Z")));
        assertThat(holder.describe())
                .isEqualTo("backend pid 4242 (application 'deployer-a', client 10.0.0.7) since 2026-12-01T13:00:00Z");
    }

    @Test
    void aProcessNamesItsHostAndLeavesOutWhatIsUnknown() {
        assertThat(new LockHolder("pid", "77", Optional.of("ci-1"), Optional.empty(), Optional.empty()).describe())
                .isEqualTo("pid 77 (host ci-1)");
        assertThat(new LockHolder("pid", "77", Optional.empty(), Optional.of(""), Optional.empty()).describe())
                .isEqualTo("pid 77");
    }
}
