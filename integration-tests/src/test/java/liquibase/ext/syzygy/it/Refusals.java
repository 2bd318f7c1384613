package liquibase.ext.syzygy.it;

import static org.assertj.core.api.Assertions.assertThat;

/** Assertions for runs the extension refuses. */
final class Refusals {

    private Refusals() {}

    /**
     * The run failed (non-zero exit code, BUILD FAILURE or exception) and reported {@code code} in the documented
     * form {@code [CODE] file::id::author: ...} (just {@code [CODE]} when {@code changeSet} is null).
     */
    static void assertRefused(Outcome outcome, String code, String changeSet) {
        assertThat(outcome.succeeded()).as("the run must fail: %s", outcome).isFalse();
        String expected = changeSet == null ? "[" + code + "]" : "[" + code + "] " + changeSet + ": ";
        assertThat(outcome.output()).as("the output names the finding").contains(expected);
        assertThat(outcome.output()).as("the output gives a fix").contains("Fix: ");
    }
}
