package liquibase.ext.syzygy.configuration;

import liquibase.configuration.AutoloadedConfigurations;
import liquibase.configuration.ConfigurationDefinition;

/**
 * Every setting of the extension, under {@code liquibase.syzygy.*}, registered with Liquibase so that it can be
 * given as a CLI global option, system property, environment variable or {@code liquibase.properties} entry (and
 * so that Liquibase does not warn about unknown {@code LIQUIBASE_SYZYGY_*} variables).
 *
 * <p>Messages name settings through these constants ({@code REQUIRE_STAGE.getKey()}), never as literals, so a
 * renamed key cannot leave a stale hint behind.
 */
public final class SyzygyConfiguration implements AutoloadedConfigurations {

    /** The key prefix of every setting. */
    public static final String NAMESPACE = "liquibase.syzygy";

    /**
     * {@code liquibase.syzygy.requireStage} (env {@code LIQUIBASE_SYZYGY_REQUIRE_STAGE}): refuse update and rollback
     * runs that select no stage.
     */
    public static final ConfigurationDefinition<Boolean> REQUIRE_STAGE;

    static {
        ConfigurationDefinition.Builder builder = new ConfigurationDefinition.Builder(NAMESPACE);
        REQUIRE_STAGE = builder.define("requireStage", Boolean.class)
                .setDescription("When true, update, update-sql, update-count, update-to-tag and"
                        + " update-testing-rollback, and rollback, rollback-count, rollback-to-date and their -sql"
                        + " variants, fail with NO_STAGE_SELECTED unless --contexts names pre-deploy or post-deploy.")
                .setDefaultValue(true)
                .build();
    }

    /** Whether the stage guard is on; reads every configuration source on each call. */
    public static boolean requireStage() {
        return !Boolean.FALSE.equals(REQUIRE_STAGE.getCurrentValue());
    }
}
