package liquibase.ext.syzygy.plan;

import java.util.List;
import java.util.Objects;
import liquibase.ext.syzygy.finding.Finding;

/**
 * The outcome of planning one run: what happens to each changeset, and what is wrong.
 *
 * @param mode the run planned
 * @param entries every changeset of the changelog in order, with its action
 * @param findings errors and warnings, in changelog order
 */
public record StagePlan(RunMode mode, List<PlanEntry> entries, List<Finding> findings) {

    public StagePlan {
        Objects.requireNonNull(mode, "mode == null");
        entries = List.copyOf(entries);
        findings = List.copyOf(findings);
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(Finding::isError);
    }

    public List<Finding> errors() {
        return findings.stream().filter(Finding::isError).toList();
    }
}
