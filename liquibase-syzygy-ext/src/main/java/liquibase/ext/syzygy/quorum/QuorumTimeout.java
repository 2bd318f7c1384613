package liquibase.ext.syzygy.quorum;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the quorum timeout setting: a number with a unit ({@code 30m}, {@code 90s}, {@code 2h}, {@code 500ms}), a
 * plain number of seconds (django-syzygy's {@code --quorum-timeout}), or an ISO-8601 duration ({@code PT30M}).
 */
public final class QuorumTimeout {

    /** The default, as django-syzygy's. */
    public static final Duration DEFAULT = Duration.ofMinutes(30);

    private static final Pattern NUMBER_UNIT = Pattern.compile("(\\d+)\\s*(ms|s|m|h)?");

    private QuorumTimeout() {}

    /**
     * The duration {@code value} names; blank means {@link #DEFAULT}.
     *
     * @throws IllegalArgumentException naming {@code key} and the value when it is not a positive duration
     */
    public static Duration parse(String key, String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT;
        }
        String text = value.trim().toLowerCase(Locale.ROOT);
        Duration duration;
        Matcher matcher = NUMBER_UNIT.matcher(text);
        try {
            if (matcher.matches()) {
                long amount = Long.parseLong(matcher.group(1));
                String unit = matcher.group(2) == null ? "s" : matcher.group(2);
                duration = switch (unit) {
                    case "ms" -> Duration.ofMillis(amount);
                    case "m" -> Duration.ofMinutes(amount);
                    case "h" -> Duration.ofHours(amount);
                    default -> Duration.ofSeconds(amount);
                };
            } else {
                duration = Duration.parse(text.toUpperCase(Locale.ROOT));
            }
        } catch (NumberFormatException | DateTimeParseException | ArithmeticException e) {
            throw invalid(key, value);
        }
        if (duration.isNegative() || duration.isZero()) {
            throw invalid(key, value);
        }
        return duration;
    }

    private static IllegalArgumentException invalid(String key, String value) {
        return new IllegalArgumentException(key + "=" + value
                + " is not a duration. Write a number with a unit (30m, 90s, 2h, 500ms), a number of seconds,"
                + " or an ISO-8601 duration (PT30M).");
    }
}
