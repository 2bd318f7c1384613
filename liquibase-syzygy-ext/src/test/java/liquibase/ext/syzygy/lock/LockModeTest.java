package liquibase.ext.syzygy.lock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LockModeTest {

    @Test
    void autoByDefaultTableOnRequest() {
        assertThat(LockMode.parse("k", null)).isEqualTo(LockMode.AUTO);
        assertThat(LockMode.parse("k", " ")).isEqualTo(LockMode.AUTO);
        assertThat(LockMode.parse("k", "Auto")).isEqualTo(LockMode.AUTO);
        assertThat(LockMode.parse("k", "TABLE ")).isEqualTo(LockMode.TABLE);
    }

    @Test
    void anUnknownValueIsACodedErrorNamingTheSetting() {
        assertThatThrownBy(() -> LockMode.parse("liquibase.syzygy.lock", "advisory"))
                .hasMessage("[INVALID_SETTING] liquibase.syzygy.lock: invalid value 'advisory'. Fix: write auto (the"
                        + " crash-safe lock) or table (Liquibase's DATABASECHANGELOGLOCK).");
    }
}
