package liquibase.ext.syzygy.lock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import liquibase.ext.syzygy.finding.FindingCode;
import org.junit.jupiter.api.Test;

class LockWaiterTest {

    private static final Instant START = Instant.parse("2026-12-01T13:00:00Z");
    private static final LockHolder HOLDER = new LockHolder(
            "backend pid", "4242", Optional.of("10.0.0.7"), Optional.of("deployer-a"), Optional.of(START));

    /** A clock that only moves when the waiter sleeps. */
    private static final class FakeTime extends Clock {
        Instant now = START;
        final List<Duration> sleeps = new ArrayList<>();

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        void sleep(Duration d) {
            sleeps.add(d);
            now = now.plus(d);
        }
    }

    /** A lock that answers busy a given number of times, then acquired. */
    private static final class ScriptedLock implements ExclusiveLock {
        final Deque<LockAttempt> answers = new ArrayDeque<>();
        int attempts;

        ScriptedLock busyTimes(int n, Optional<LockHolder> holder) {
            for (int i = 0; i < n; i++) {
                answers.add(LockAttempt.busy(holder));
            }
            answers.add(LockAttempt.acquired());
            return this;
        }

        @Override
        public LockKey key() {
            return LockKey.of("public", "databasechangelog");
        }

        @Override
        public LockAttempt tryAcquire() {
            attempts++;
            return answers.isEmpty() ? LockAttempt.busy(Optional.of(HOLDER)) : answers.poll();
        }

        @Override
        public boolean isHeld() {
            return false;
        }

        @Override
        public Optional<LockHolder> holder() {
            return Optional.of(HOLDER);
        }

        @Override
        public void release() {}

        @Override
        public String describe() {
            return "test lock";
        }
    }

    private final FakeTime time = new FakeTime();
    private final List<String> progress = new ArrayList<>();
    private final LockWaiter waiter = new LockWaiter(time, time::sleep, progress::add);

    @Test
    void aFreeLockIsTakenAtOnceWithoutSleeping() throws Exception {
        ScriptedLock lock = new ScriptedLock().busyTimes(0, Optional.empty());
        waiter.acquire(lock, WaitPolicy.ofLiquibase(5, 10));
        assertThat(lock.attempts).isEqualTo(1);
        assertThat(time.sleeps).isEmpty();
        assertThat(progress).isEmpty();
    }

    @Test
    void aBusyLockIsPolledAtThePollRateAndEachWaitSaysWhoHoldsItAndSinceWhen() throws Exception {
        ScriptedLock lock = new ScriptedLock().busyTimes(3, Optional.of(HOLDER));
        waiter.acquire(lock, WaitPolicy.ofLiquibase(5, 2));
        assertThat(lock.attempts).isEqualTo(4);
        assertThat(time.sleeps).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(2));
        assertThat(progress).hasSize(3);
        assertThat(progress.get(2))
                .isEqualTo("Waiting for the changelog lock (test lock), held by backend pid 4242 (application"
                        + " 'deployer-a', client 10.0.0.7) since 2026-12-01T13:00:00Z; waiting since"
                        + " 2026-12-01T13:00:00Z (4 s)");
    }

    @Test
    void theTimeoutIsACodedErrorNamingTheHolderAndNeverSuggestingReleaseLocks() {
        ScriptedLock lock = new ScriptedLock().busyTimes(1000, Optional.of(HOLDER));
        assertThatThrownBy(() -> waiter.acquire(lock, WaitPolicy.ofLiquibase(1, 10)))
                .isInstanceOfSatisfying(LockFailure.class, e -> {
                    assertThat(e.finding().code()).isEqualTo(FindingCode.LOCK_TIMEOUT);
                    assertThat(e.getMessage())
                            .startsWith("[LOCK_TIMEOUT] Could not take the changelog lock (test lock) within 1 min:"
                                    + " it is held by backend pid 4242")
                            .contains("Fix: Wait for the deployer holding it (backend pid 4242) to finish and run"
                                    + " again; if it hangs, stop that deployer, or end its session with SELECT"
                                    + " pg_terminate_backend(4242): the lock is freed when it dies.")
                            .doesNotContain("release-locks");
                });
        // 0 s, 10 s, ..., 60 s: seven attempts, the last exactly at the deadline.
        assertThat(lock.attempts).isEqualTo(7);
        assertThat(time.now).isEqualTo(START.plusSeconds(60));
    }

    @Test
    void theLastSleepIsCutToTheDeadline() {
        ScriptedLock lock = new ScriptedLock().busyTimes(1000, Optional.of(HOLDER));
        assertThatThrownBy(() -> waiter.acquire(lock, new WaitPolicy(Duration.ofSeconds(25), Duration.ofSeconds(10))))
                .isInstanceOf(LockFailure.class);
        assertThat(time.sleeps).containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(10), Duration.ofSeconds(5));
    }

    @Test
    void aZeroPollRateStillPauses() throws Exception {
        ScriptedLock lock = new ScriptedLock().busyTimes(2, Optional.empty());
        waiter.acquire(lock, WaitPolicy.ofLiquibase(1, 0));
        assertThat(time.sleeps).containsExactly(LockWaiter.MIN_PAUSE, LockWaiter.MIN_PAUSE);
        assertThat(progress.get(0)).contains("held by another deployer (it could not be identified)");
    }

    @Test
    void aHolderSeenBeforeIsStillNamedWhenALaterAttemptCannotTellWho() {
        ScriptedLock lock = new ScriptedLock();
        lock.answers.add(LockAttempt.busy(Optional.of(HOLDER)));
        for (int i = 0; i < 100; i++) {
            lock.answers.add(LockAttempt.busy(Optional.empty()));
        }
        assertThatThrownBy(() -> waiter.acquire(lock, new WaitPolicy(Duration.ofSeconds(3), Duration.ofSeconds(1))))
                .hasMessageContaining("held by backend pid 4242");
    }
}
