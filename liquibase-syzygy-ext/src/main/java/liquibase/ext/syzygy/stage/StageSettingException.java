package liquibase.ext.syzygy.stage;

import liquibase.ext.syzygy.finding.FindingCode;

/**
 * A {@code stageOverrides}, {@code stageFallbacks} or {@code thirdPartyFallback} value that cannot be read.
 *
 * <p>Thrown as soon as the settings are read (parsing a changelog, validating an update): silently ignoring a bad
 * entry would stage a library's changesets differently from what the operator wrote.
 */
public final class StageSettingException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The expected form of an entry, quoted in every message. */
    public static final String EXPECTED_ENTRY = "PATTERN=STAGE entries separated by commas or new lines; PATTERN is a"
            + " changelog path glob (* any characters but /, ** any characters, ? one character), optionally followed"
            + " by ::ID::AUTHOR (each may be *); STAGE is pre-deploy or post-deploy. Example:"
            + " lib/db/**::*::*=pre-deploy";

    private final String key;

    /**
     * @param key the setting's key
     * @param entry the offending entry (or value)
     * @param problem what is wrong with it
     */
    public StageSettingException(String key, String entry, String problem) {
        this(
                key,
                "[" + FindingCode.INVALID_SETTING + "] " + key + ": invalid entry '" + entry + "': " + problem
                        + ". Fix: write " + EXPECTED_ENTRY + ".");
    }

    private StageSettingException(String key, String message) {
        super(message);
        this.key = key;
    }

    /** An invalid single-stage setting such as {@code thirdPartyFallback}. */
    public static StageSettingException invalidStage(String key, String value) {
        return new StageSettingException(
                key,
                "[" + FindingCode.INVALID_SETTING + "] " + key + ": invalid value '" + value
                        + "'. Fix: write pre-deploy, post-deploy or none.");
    }

    /** The key of the setting that is wrong. */
    public String key() {
        return key;
    }
}
