package liquibase.ext.syzygy.plan;

import java.util.Locale;

/** What a run does with a changeset. */
public enum Action {
    /** The run applies the changeset. */
    APPLY,
    /** The changeset belongs to the other stage; a later run applies it. */
    SKIP,
    /** The changeset already ran; shown for context only. */
    RAN,
    /** The changeset has no stage; validation stops the run until it gets one. */
    BLOCKED,
    /** The run's other contexts, labels or dbms exclude the changeset from its stage's run. */
    FILTERED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
