package liquibase.ext.syzygy.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import liquibase.ext.syzygy.Stage;
import liquibase.ext.syzygy.fact.ChangeSetId;
import liquibase.ext.syzygy.finding.SourceLocation;
import liquibase.ext.syzygy.plan.HistoryFindings;
import liquibase.ext.syzygy.plan.PlanEntry;
import liquibase.ext.syzygy.plan.StagePlan;

/**
 * A stage plan plus where each changeset is written: everything a renderer needs, so that every output format is a
 * pure function of it and CI annotations land on the right line.
 *
 * @param plan the plan
 * @param locations the file and line of each changeset (missing ones are reported at line 1 of their id's file)
 * @param showRan whether to list changesets that already ran
 * @param sourcePrefix prepended to changelog paths in CI formats (e.g. {@code src/main/resources/}); may be empty
 */
public record PlanReport(
        StagePlan plan, Map<ChangeSetId, SourceLocation> locations, boolean showRan, String sourcePrefix) {

    public PlanReport {
        Objects.requireNonNull(plan, "plan == null");
        locations = Map.copyOf(locations);
        sourcePrefix = sourcePrefix == null ? "" : sourcePrefix;
    }

    /** A report without locations: every changeset at line 1 of its file. */
    public static PlanReport of(StagePlan plan, boolean showRan) {
        return new PlanReport(plan, Map.of(), showRan, "");
    }

    /** This report without the findings about changesets that already ran, unless {@link #showRan()} asks for them. */
    public PlanReport withoutHistoryUnlessShown() {
        return showRan ? this : new PlanReport(HistoryFindings.without(plan), locations, false, sourcePrefix);
    }

    /** Where {@code changeSet} is written. */
    public SourceLocation location(ChangeSetId changeSet) {
        return locations.getOrDefault(changeSet, SourceLocation.startOf(changeSet.file()));
    }

    /** The path CI tools should annotate: the source prefix plus the changelog path, without a classpath: prefix. */
    public String annotatedPath(SourceLocation location) {
        String file = location.file()
                .replace('\\', '/')
                .replaceFirst("^classpath:", "")
                .replaceFirst("^/+", "");
        return sourcePrefix + file;
    }

    /** The entries to show: ran changesets only with {@link #showRan()}. */
    public List<PlanEntry> shown() {
        return PlanSummary.shown(plan, showRan);
    }

    /** Every finding with the stage and location of its changeset, in plan order. */
    public List<ReportedFinding> findings() {
        Map<ChangeSetId, PlanEntry> entries = new HashMap<>();
        plan.entries().forEach(e -> entries.putIfAbsent(e.changeSet().id(), e));
        return plan.findings().stream()
                .map(finding -> new ReportedFinding(
                        finding,
                        finding.changeSet().map(entries::get).flatMap(PlanReport::stageOf),
                        finding.changeSet().map(this::location)))
                .toList();
    }

    private static Optional<Stage> stageOf(PlanEntry entry) {
        return entry.changeSet().decision().stage();
    }
}
