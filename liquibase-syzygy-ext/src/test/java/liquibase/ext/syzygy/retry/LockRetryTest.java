package liquibase.ext.syzygy.retry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LockRetryTest {

    private static final Duration LOCK_TIMEOUT = Duration.ofSeconds(1);

    private static final Blocker REPORT =
            new Blocker(4242, "report", "10.0.0.7", "idle in transaction", Optional.empty(), "SELECT 1", List.of());

    /** A clock that only moves when told: by a try's lock wait and by the sleeper. */
    private static final class FakeTime {
        Instant now = Instant.parse("2026-12-01T12:00:00Z");
        final List<Duration> slept = new ArrayList<>();

        Clock clock() {
            return new Clock() {
                @Override
                public Instant instant() {
                    return now;
                }

                @Override
                public java.time.ZoneId getZone() {
                    return ZoneOffset.UTC;
                }

                @Override
                public Clock withZone(java.time.ZoneId zone) {
                    return this;
                }
            };
        }

        void sleep(Duration d) {
            slept.add(d);
            now = now.plus(d);
        }
    }

    private final FakeTime time = new FakeTime();
    private final List<TimedOutTry> logged = new ArrayList<>();

    private LockRetry retry(Duration budget) {
        return new LockRetry(budget, Backoff.DEFAULT, new Random(3), time.clock(), time::sleep);
    }

    /** Times out {@code failures} times (each after a 1 s lock wait), then is applied. */
    private LockRetry.Try<RuntimeException> failing(int failures) {
        return number -> {
            if (number <= failures) {
                time.now = time.now.plus(LOCK_TIMEOUT);
                return new Outcome.LockTimedOut(List.of(REPORT));
            }
            return Outcome.APPLIED;
        };
    }

    @Test
    void aFirstTryThatSucceedsIsNotRetried() throws Exception {
        retry(Duration.ofMinutes(5)).run(failing(0), (f, w, e) -> logged.add(f));

        assertThat(logged).isEmpty();
        assertThat(time.slept).isEmpty();
    }

    @Test
    void retriesUntilAppliedLoggingEachTimeout() throws Exception {
        retry(Duration.ofMinutes(5)).run(failing(3), (f, w, e) -> logged.add(f));

        assertThat(logged).extracting(TimedOutTry::number).containsExactly(1, 2, 3);
        assertThat(logged).allSatisfy(t -> {
            assertThat(t.took()).isEqualTo(LOCK_TIMEOUT);
            assertThat(t.blockers()).containsExactly(REPORT);
        });
        assertThat(time.slept).hasSize(3);
    }

    @Test
    void givesUpWhenTheNextWaitWouldPassTheBudget() {
        Duration budget = Duration.ofSeconds(20);

        assertThatThrownBy(() -> retry(budget).run(failing(Integer.MAX_VALUE), (f, w, e) -> logged.add(f)))
                .isInstanceOfSatisfying(RetryExhausted.class, e -> {
                    assertThat(e.tries()).hasSize(logged.size() + 1);
                    assertThat(e.elapsed()).isLessThanOrEqualTo(budget.plus(LOCK_TIMEOUT));
                    assertThat(e.tries().get(0).blockers()).containsExactly(REPORT);
                });
        Duration slept = time.slept.stream().reduce(Duration.ZERO, Duration::plus);
        assertThat(slept.plus(LOCK_TIMEOUT.multipliedBy(logged.size()))).isLessThanOrEqualTo(budget);
    }

    @Test
    void aZeroBudgetTriesOnce() {
        assertThatThrownBy(() -> retry(Duration.ZERO).run(failing(1), (f, w, e) -> logged.add(f)))
                .isInstanceOfSatisfying(
                        RetryExhausted.class, e -> assertThat(e.tries()).hasSize(1));
        assertThat(time.slept).isEmpty();
    }

    @Test
    void otherFailuresAreThrownAtOnce() {
        LockRetry.Try<IllegalStateException> broken = number -> {
            throw new IllegalStateException("syntax error");
        };

        assertThatThrownBy(() -> retry(Duration.ofMinutes(5)).run(broken, (f, w, e) -> logged.add(f)))
                .isInstanceOf(IllegalStateException.class);
        assertThat(time.slept).isEmpty();
    }
}
