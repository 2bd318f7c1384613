package liquibase.ext.syzygy.lock;

import java.util.Locale;
import liquibase.ext.syzygy.finding.FindingCode;

/**
 * Which changelog lock a deployer takes, from the setting {@code liquibase.syzygy.lock}.
 *
 * <p>{@link #AUTO}: the crash-safe lock where the database has one (a PostgreSQL session advisory lock, an OS file
 * lock beside a SQLite file), Liquibase's DATABASECHANGELOGLOCK table elsewhere. {@link #TABLE}: always Liquibase's
 * table lock, e.g. while some deployers still run a Liquibase without the extension (the two locks do not exclude
 * each other, so a fleet must use one or the other).
 */
public enum LockMode {
    AUTO,
    TABLE;

    /**
     * The mode written {@code value} (case-insensitive; null or blank means {@link #AUTO}).
     *
     * @throws IllegalArgumentException with an {@code INVALID_SETTING} message naming {@code key}
     */
    public static LockMode parse(String key, String value) {
        if (value == null || value.isBlank()) {
            return AUTO;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "auto" -> AUTO;
            case "table" -> TABLE;
            default -> throw new IllegalArgumentException("[" + FindingCode.INVALID_SETTING + "] " + key
                    + ": invalid value '" + value + "'. Fix: write auto (the crash-safe lock) or table (Liquibase's"
                    + " DATABASECHANGELOGLOCK).");
        };
    }
}
