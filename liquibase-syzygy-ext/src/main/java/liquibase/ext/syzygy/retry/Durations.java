package liquibase.ext.syzygy.retry;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import liquibase.ext.syzygy.finding.FindingCode;
import liquibase.ext.syzygy.quorum.QuorumTimeout;

/**
 * Reads the duration settings of lock safety: what the quorum timeout accepts ({@code 1s}, {@code 500ms},
 * {@code 5m}, a number of seconds, {@code PT1S}), plus {@code off} (or {@code none}, or {@code false}, which is what YAML makes of a bare {@code off}) for "no timeout". One syntax
 * for every duration a user writes, so that no setting surprises.
 */
public final class Durations {

    private Durations() {}

    /**
     * The duration {@code value} names, empty for {@code off}/{@code none}; {@code fallback} when blank.
     *
     * @throws IllegalArgumentException with an {@code INVALID_SETTING} message naming {@code key}
     */
    public static Optional<Duration> parseOrOff(String key, String value, Optional<Duration> fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        String text = value.trim().toLowerCase(Locale.ROOT);
        if (text.equals("off") || text.equals("none") || text.equals("false")) { // YAML reads a bare off as false
            return Optional.empty();
        }
        try {
            return Optional.of(QuorumTimeout.parse(key, text));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("[" + FindingCode.INVALID_SETTING + "] " + key + "=" + value
                    + " is not a duration. Write a number with a unit (1s, 500ms, 5m), a number of seconds, an"
                    + " ISO-8601 duration (PT1S), or off.");
        }
    }

    /** {@code duration} as a user writes it: {@code 800 ms}, {@code 12 s}, {@code 5 min 3 s}. */
    public static String human(Duration duration) {
        long millis = duration.toMillis();
        if (millis < 1000) {
            return millis + " ms";
        }
        long seconds = duration.toSeconds();
        if (seconds < 60) {
            return seconds + " s";
        }
        return seconds / 60 + " min" + (seconds % 60 == 0 ? "" : " " + seconds % 60 + " s");
    }

    /** {@code duration} as a PostgreSQL setting value in milliseconds, {@code 0} meaning no timeout. */
    public static String postgresValue(Optional<Duration> duration) {
        return duration.map(d -> Math.max(1, d.toMillis()) + "ms").orElse("0");
    }
}
