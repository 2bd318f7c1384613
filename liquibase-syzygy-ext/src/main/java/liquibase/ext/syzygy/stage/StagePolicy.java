package liquibase.ext.syzygy.stage;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import liquibase.ext.syzygy.Stage;
import liquibase.ext.syzygy.fact.ChangeSetId;

/**
 * The operator's stage settings for changesets they cannot edit: overrides, fallbacks and the third-party fallback.
 *
 * <p>A value, parsed once from the settings, so that the classifier stays pure. It carries the settings' real keys
 * (passed in by the configuration adapter) because messages must name the exact entry that fixes a changeset.
 *
 * @param overrides {@code stageOverrides} entries, in order: the first match wins
 * @param fallbacks {@code stageFallbacks} entries, in order: the first match wins
 * @param thirdPartyFallback the stage of otherwise ambiguous changesets from changelogs inside jars; empty for none
 * @param keys the settings' keys, for messages
 */
public record StagePolicy(
        List<StageRule> overrides, List<StageRule> fallbacks, Optional<Stage> thirdPartyFallback, Keys keys) {

    /** The value of {@code thirdPartyFallback} that turns it off. */
    public static final String NONE = "none";

    /**
     * The keys of the three settings, e.g. {@code liquibase.syzygy.stageOverrides}.
     *
     * @param overrides the key of the overrides setting
     * @param fallbacks the key of the fallbacks setting
     * @param thirdPartyFallback the key of the third-party fallback setting
     */
    public record Keys(String overrides, String fallbacks, String thirdPartyFallback) {

        public Keys {
            Objects.requireNonNull(overrides, "overrides == null");
            Objects.requireNonNull(fallbacks, "fallbacks == null");
            Objects.requireNonNull(thirdPartyFallback, "thirdPartyFallback == null");
        }
    }

    public StagePolicy {
        overrides = List.copyOf(overrides);
        fallbacks = List.copyOf(fallbacks);
        Objects.requireNonNull(thirdPartyFallback, "thirdPartyFallback == null");
        Objects.requireNonNull(keys, "keys == null");
    }

    /** No overrides, no fallbacks, no third-party fallback: defined, else inferred, else ambiguous. */
    public static StagePolicy none() {
        return new StagePolicy(List.of(), List.of(), Optional.empty(), new Keys("", "", ""));
    }

    /**
     * Parses the three setting values.
     *
     * @throws StageSettingException naming the setting and the bad entry
     */
    public static StagePolicy parse(Keys keys, String overrides, String fallbacks, String thirdPartyFallback) {
        return new StagePolicy(
                StageRule.parseAll(keys.overrides(), overrides),
                StageRule.parseAll(keys.fallbacks(), fallbacks),
                parseThirdParty(keys.thirdPartyFallback(), thirdPartyFallback),
                keys);
    }

    private static Optional<Stage> parseThirdParty(String key, String value) {
        if (value == null
                || value.isBlank()
                || value.trim().toLowerCase(Locale.ROOT).equals(NONE)) {
            return Optional.empty();
        }
        return Optional.of(
                Stage.fromContextName(value).orElseThrow(() -> StageSettingException.invalidStage(key, value.trim())));
    }

    /** The first override entry that selects {@code changeSet}. */
    public Optional<StageRule> override(ChangeSetId changeSet) {
        return firstMatch(overrides, changeSet);
    }

    /** The first fallback entry that selects {@code changeSet}. */
    public Optional<StageRule> fallback(ChangeSetId changeSet) {
        return firstMatch(fallbacks, changeSet);
    }

    // Runs for every changeset of every parse, usually with no rules at all: no iterator, no allocation.
    private static Optional<StageRule> firstMatch(List<StageRule> rules, ChangeSetId changeSet) {
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).pattern().matches(changeSet)) {
                return Optional.of(rules.get(i));
            }
        }
        return Optional.empty();
    }
}
