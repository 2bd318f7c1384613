package liquibase.ext.syzygy.retry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(10));

    @Test
    void eachWaitIsBetweenHalfItsStepAndTheStep() {
        Random random = new Random(7);
        for (int retry = 1; retry <= 12; retry++) {
            long step = Math.min(500L << (retry - 1), 10_000L);
            for (int i = 0; i < 200; i++) {
                long wait = backoff.delay(retry, random).toMillis();
                assertThat(wait).as("retry " + retry).isBetween(step / 2, step);
            }
        }
    }

    @Test
    void theStepDoublesUpToTheMaximumAndStaysThere() {
        Random random = new Random(1);
        assertThat(backoff.delay(1, random).toMillis()).isBetween(250L, 500L);
        assertThat(backoff.delay(3, random).toMillis()).isBetween(1000L, 2000L);
        assertThat(backoff.delay(6, random).toMillis()).isBetween(5000L, 10_000L);
        assertThat(backoff.delay(1000, random).toMillis()).isBetween(5000L, 10_000L);
    }

    @Test
    void theSameSeedGivesTheSameWaits() {
        assertThat(waits(42)).isEqualTo(waits(42)).isNotEqualTo(waits(43));
    }

    @Test
    void rejectsNonsense() {
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> backoff.delay(0, new Random())).isInstanceOf(IllegalArgumentException.class);
    }

    private List<Duration> waits(long seed) {
        Random random = new Random(seed);
        List<Duration> waits = new ArrayList<>();
        for (int retry = 1; retry <= 8; retry++) {
            waits.add(backoff.delay(retry, random));
        }
        return waits;
    }
}
