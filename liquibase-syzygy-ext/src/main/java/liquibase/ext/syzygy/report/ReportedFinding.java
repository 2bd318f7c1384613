package liquibase.ext.syzygy.report;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import liquibase.ext.syzygy.Stage;
import liquibase.ext.syzygy.finding.Finding;
import liquibase.ext.syzygy.finding.SourceLocation;

/**
 * A finding as CI reports show it: with its changeset's stage and the file and line to annotate.
 *
 * @param finding the finding
 * @param stage the stage of its changeset, empty when the changeset is ambiguous or the finding is run-wide
 * @param location where its changeset is written, empty for run-wide findings
 */
public record ReportedFinding(Finding finding, Optional<Stage> stage, Optional<SourceLocation> location) {

    public ReportedFinding {
        Objects.requireNonNull(finding, "finding == null");
        Objects.requireNonNull(stage, "stage == null");
        Objects.requireNonNull(location, "location == null");
    }

    /** {@code error} or {@code warning}. */
    public String severity() {
        return finding.severity().name().toLowerCase(Locale.ROOT);
    }

    /** The stage's name, or {@code none} when the changeset has no stage. */
    public String stageLabel() {
        return stage.map(Stage::contextName).orElse("none");
    }

    /** One paragraph for CI annotations: {@code file::id::author (stage: x): message Fix: hint}. */
    public String text() {
        String where = finding.changeSet()
                .map(id -> id + " (stage: " + stageLabel() + "): ")
                .orElse("");
        return where + finding.message() + " Fix: " + finding.hint();
    }
}
