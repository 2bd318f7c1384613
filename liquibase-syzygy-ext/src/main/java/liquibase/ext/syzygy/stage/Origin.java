package liquibase.ext.syzygy.stage;

import java.util.Locale;

/**
 * Where a changeset's stage came from, so that messages and {@code stage-plan} can say how far to trust it.
 *
 * <p>Listed in precedence order: a stage the changeset defines beats an override, which beats inference, which
 * beats a fallback. {@link #NONE} means no stage could be decided.
 */
public enum Origin {
    /** The changeset's own (or an enclosing include's) context expression names the stage. */
    DEFINED,
    /** A {@code stageOverrides} entry matches the changeset. */
    OVERRIDE,
    /** Every change in the changeset agrees on the stage. */
    INFERRED,
    /** The stage would be ambiguous, and a {@code stageFallbacks} entry or the third-party fallback decided it. */
    FALLBACK,
    /** Nothing decided the stage: the changeset is ambiguous. */
    NONE;

    /** The lower-case name used in messages and machine-readable output. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
