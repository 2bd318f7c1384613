package liquibase.ext.syzygy.retry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BlockerTest {

    private static Blocker session(int pid, Optional<Duration> transactionAge) {
        return new Blocker(pid, "app", "127.0.0.1", "active", transactionAge, "SELECT 1", List.of("public.orders"));
    }

    private static final Blocker REPORT = session(1, Optional.of(Duration.ofSeconds(40)));
    private static final Blocker JUST_OVER = session(2, Optional.of(Duration.ofMillis(1000)));
    private static final Blocker QUEUED_INSERT = session(3, Optional.of(Duration.ofMillis(2)));
    private static final Blocker NO_TRANSACTION = session(4, Optional.empty());

    @Test
    void onlySessionsWhoseTransactionWasOpenWhenTheTryBeganAreBlockers() {
        assertThat(Blocker.heldThroughout(
                        List.of(REPORT, JUST_OVER, QUEUED_INSERT, NO_TRANSACTION), Duration.ofSeconds(1)))
                .containsExactly(REPORT, JUST_OVER);
    }

    @Test
    void whenNoneWasOpenThenEveryHolderIsReported() {
        assertThat(Blocker.heldThroughout(List.of(QUEUED_INSERT, NO_TRANSACTION), Duration.ofSeconds(1)))
                .containsExactly(QUEUED_INSERT, NO_TRANSACTION);
        assertThat(Blocker.heldThroughout(List.of(), Duration.ofSeconds(1))).isEmpty();
    }

    @Test
    void withoutAKnownStartEverySessionInATransactionQualifies() {
        assertThat(Blocker.heldThroughout(List.of(QUEUED_INSERT, NO_TRANSACTION), Duration.ZERO))
                .containsExactly(QUEUED_INSERT);
    }
}
