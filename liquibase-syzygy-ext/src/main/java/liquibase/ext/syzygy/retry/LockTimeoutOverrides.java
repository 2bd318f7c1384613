package liquibase.ext.syzygy.retry;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import liquibase.ext.syzygy.fact.ChangeSetId;
import liquibase.ext.syzygy.finding.FindingCode;
import liquibase.ext.syzygy.stage.StagePattern;

/**
 * Per-changeset lock timeouts, {@code PATTERN=DURATION} entries with the patterns of {@code stageOverrides}: a
 * changeset that must wait longer ({@code db/big.xml::7::alice=30s}) or must not be interrupted at all
 * ({@code ...=off}), including in changelogs the user cannot edit. The first matching entry wins.
 *
 * @param entries in the order written
 */
public record LockTimeoutOverrides(List<Entry> entries) {

    /** One entry: changesets matching {@code pattern} run with {@code lockTimeout} (empty: none, no retry). */
    public record Entry(StagePattern pattern, Optional<Duration> lockTimeout) {
        public Entry {
            Objects.requireNonNull(pattern, "pattern == null");
            Objects.requireNonNull(lockTimeout, "lockTimeout == null");
        }
    }

    public LockTimeoutOverrides {
        entries = List.copyOf(entries);
    }

    /**
     * Parses comma- or newline-separated entries; blank means none.
     *
     * @throws IllegalArgumentException with an {@code INVALID_SETTING} message naming {@code key} and the entry
     */
    public static LockTimeoutOverrides parse(String key, String value) {
        List<Entry> entries = new ArrayList<>();
        if (value == null || value.isBlank()) {
            return new LockTimeoutOverrides(entries);
        }
        for (String raw : value.split("[,\\n]")) {
            String entry = raw.trim();
            if (entry.isEmpty()) {
                continue;
            }
            int equals = entry.lastIndexOf('=');
            if (equals <= 0 || equals == entry.length() - 1) {
                throw invalid(key, entry, "write PATTERN=DURATION, e.g. db/changelog/big.xml::7::alice=30s or =off");
            }
            StagePattern pattern;
            try {
                pattern = StagePattern.parse(entry.substring(0, equals));
            } catch (IllegalArgumentException e) {
                throw invalid(key, entry, e.getMessage());
            }
            entries.add(new Entry(pattern, Durations.parseOrOff(key, entry.substring(equals + 1), Optional.empty())));
        }
        return new LockTimeoutOverrides(entries);
    }

    /** The safety for {@code changeSet}: {@code base} with the first matching entry's lock timeout. */
    public LockSafety apply(ChangeSetId changeSet, LockSafety base) {
        return entries.stream()
                .filter(e -> e.pattern().matches(changeSet))
                .findFirst()
                .map(e -> base.withLockTimeout(e.lockTimeout()))
                .orElse(base);
    }

    private static IllegalArgumentException invalid(String key, String entry, String problem) {
        return new IllegalArgumentException(
                "[" + FindingCode.INVALID_SETTING + "] " + key + ": invalid entry '" + entry + "': " + problem);
    }
}
