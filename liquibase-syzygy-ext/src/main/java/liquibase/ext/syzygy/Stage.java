package liquibase.ext.syzygy;

import java.util.Locale;
import java.util.Optional;

/**
 * The phase of a rolling deploy in which a changeset must run.
 *
 * <p>Old and new application code share the database during a rollout, so every schema change must be
 * survivable by both. {@link #PRE_DEPLOY} changes are additive and run before the new code ships;
 * {@link #POST_DEPLOY} changes are destructive and run once no node runs the old code. The context names
 * are what operators type: {@code liquibase update --contexts=pre-deploy}.
 */
public enum Stage {
    PRE_DEPLOY("pre-deploy"),
    POST_DEPLOY("post-deploy");

    private final String contextName;
    private final Optional<Stage> asOptional = Optional.of(this);

    Stage(String contextName) {
        this.contextName = contextName;
    }

    /**
     * This stage as a present {@link Optional}, one instance per stage: every changeset of every parse gets a decision
     * holding one, and allocating a new one each time showed up in the parse benchmark.
     */
    public Optional<Stage> asOptional() {
        return asOptional;
    }

    /** The Liquibase context that selects this stage, e.g. {@code pre-deploy}. */
    public String contextName() {
        return contextName;
    }

    /** The other stage: what a rollback runs in this stage's phase. */
    public Stage opposite() {
        return this == PRE_DEPLOY ? POST_DEPLOY : PRE_DEPLOY;
    }

    /**
     * The stage whose context name equals {@code name}, ignoring case as Liquibase does.
     *
     * @return empty when {@code name} is not exactly a stage name (misspellings included)
     */
    public static Optional<Stage> fromContextName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String lower = name.trim().toLowerCase(Locale.ROOT);
        for (Stage stage : values()) {
            if (stage.contextName.equals(lower)) {
                return stage.asOptional;
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return contextName;
    }
}
