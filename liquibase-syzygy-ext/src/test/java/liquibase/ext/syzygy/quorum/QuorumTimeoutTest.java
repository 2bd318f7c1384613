package liquibase.ext.syzygy.quorum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class QuorumTimeoutTest {

    private static final String KEY = "liquibase.syzygy.quorumTimeout";

    @Test
    void readsUnitsSecondsAndIso() {
        assertThat(QuorumTimeout.parse(KEY, null)).isEqualTo(Duration.ofMinutes(30));
        assertThat(QuorumTimeout.parse(KEY, " ")).isEqualTo(Duration.ofMinutes(30));
        assertThat(QuorumTimeout.parse(KEY, "30m")).isEqualTo(Duration.ofMinutes(30));
        assertThat(QuorumTimeout.parse(KEY, "90s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(QuorumTimeout.parse(KEY, "2h")).isEqualTo(Duration.ofHours(2));
        assertThat(QuorumTimeout.parse(KEY, "500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(QuorumTimeout.parse(KEY, "1800")).isEqualTo(Duration.ofSeconds(1800));
        assertThat(QuorumTimeout.parse(KEY, "PT5M")).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void refusesWhatIsNoPositiveDuration() {
        for (String bad : new String[] {"soon", "0", "-5s", "PT0S", "5 years"}) {
            assertThatThrownBy(() -> QuorumTimeout.parse(KEY, bad))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(KEY + "=" + bad)
                    .hasMessageContaining("30m");
        }
    }
}
