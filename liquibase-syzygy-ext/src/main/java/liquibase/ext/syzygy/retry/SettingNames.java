package liquibase.ext.syzygy.retry;

import java.util.Objects;

/**
 * The keys of the lock-safety settings, handed in by the configuration adapter so that every message names the
 * settings as the user writes them and a renamed key cannot leave a stale hint.
 */
public record SettingNames(String lockTimeout, String statementTimeout, String budget, String overrides) {

    public SettingNames {
        Objects.requireNonNull(lockTimeout, "lockTimeout == null");
        Objects.requireNonNull(statementTimeout, "statementTimeout == null");
        Objects.requireNonNull(budget, "budget == null");
        Objects.requireNonNull(overrides, "overrides == null");
    }
}
