package liquibase.ext.syzygy.retry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import liquibase.ext.syzygy.fact.ChangeSetId;
import org.junit.jupiter.api.Test;

class LockTimeoutOverridesTest {

    private static final String KEY = "liquibase.syzygy.lockTimeoutOverrides";

    private static final LockSafety BASE = new LockSafety(
            Optional.of(Duration.ofSeconds(1)), Optional.empty(), Duration.ofMinutes(5), Backoff.DEFAULT);

    @Test
    void theFirstMatchingEntryGivesTheChangesetItsLockTimeout() {
        LockTimeoutOverrides overrides =
                LockTimeoutOverrides.parse(KEY, "db/big.xml::7::alice=30s, db/**=off\nother.xml=2s");

        assertThat(overrides
                        .apply(new ChangeSetId("db/big.xml", "7", "alice"), BASE)
                        .lockTimeout())
                .contains(Duration.ofSeconds(30));
        assertThat(overrides
                        .apply(new ChangeSetId("db/big.xml", "8", "alice"), BASE)
                        .lockTimeout())
                .isEmpty();
        assertThat(overrides
                        .apply(new ChangeSetId("classpath:/other.xml", "1", "bob"), BASE)
                        .lockTimeout())
                .contains(Duration.ofSeconds(2));
        LockSafety untouched = overrides.apply(new ChangeSetId("elsewhere.xml", "1", "bob"), BASE);
        assertThat(untouched).isEqualTo(BASE);
        assertThat(untouched.retries()).isTrue();
    }

    @Test
    void blankMeansNone() {
        assertThat(LockTimeoutOverrides.parse(KEY, " ").entries()).isEmpty();
        assertThat(LockTimeoutOverrides.parse(KEY, null).entries()).isEmpty();
    }

    @Test
    void aBadEntryIsAnInvalidSetting() {
        assertThatThrownBy(() -> LockTimeoutOverrides.parse(KEY, "db/big.xml"))
                .hasMessageStartingWith("[INVALID_SETTING] " + KEY + ": invalid entry 'db/big.xml'");
        assertThatThrownBy(() -> LockTimeoutOverrides.parse(KEY, "a::b=1s")).hasMessageContaining("PATH::ID::AUTHOR");
        assertThatThrownBy(() -> LockTimeoutOverrides.parse(KEY, "a.xml=soon"))
                .hasMessageStartingWith("[INVALID_SETTING] " + KEY + "=soon is not a duration.");
    }

    @Test
    void durationsReadLikeTheQuorumTimeoutPlusOff() {
        assertThat(Durations.parseOrOff("k", "500ms", Optional.empty())).contains(Duration.ofMillis(500));
        assertThat(Durations.parseOrOff("k", "2", Optional.empty())).contains(Duration.ofSeconds(2));
        assertThat(Durations.parseOrOff("k", "PT1M", Optional.empty())).contains(Duration.ofMinutes(1));
        assertThat(Durations.parseOrOff("k", "OFF", Optional.of(Duration.ofSeconds(1))))
                .isEmpty();
        assertThat(Durations.parseOrOff("k", "", Optional.of(Duration.ofSeconds(1))))
                .contains(Duration.ofSeconds(1));
        assertThatThrownBy(() -> Durations.parseOrOff("k", "0", Optional.empty()))
                .hasMessageStartingWith("[INVALID_SETTING] k=0 is not a duration.");
        assertThat(Durations.postgresValue(Optional.of(Duration.ofSeconds(1)))).isEqualTo("1000ms");
        assertThat(Durations.postgresValue(Optional.empty())).isEqualTo("0");
    }
}
