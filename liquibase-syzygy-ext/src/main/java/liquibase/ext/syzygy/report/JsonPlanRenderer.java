package liquibase.ext.syzygy.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import liquibase.ext.syzygy.Stage;
import liquibase.ext.syzygy.fact.ChangeFacts;
import liquibase.ext.syzygy.fact.ChangeSetId;
import liquibase.ext.syzygy.finding.Finding;
import liquibase.ext.syzygy.finding.SourceLocation;
import liquibase.ext.syzygy.plan.PlanEntry;
import liquibase.ext.syzygy.plan.PlannedChangeSet;
import liquibase.ext.syzygy.plan.StagePlan;
import liquibase.ext.syzygy.stage.ChangeVerdict;

/**
 * Renders a {@link StagePlan} as JSON for CI gates and scripts. The shape is a public contract: fields are only ever
 * added, and a breaking change bumps {@code formatVersion}.
 *
 * <pre>{@code
 * {
 *   "formatVersion": 1,
 *   "mode": "pre-deploy" | "post-deploy" | "both" | "cycle",
 *   "changeSets": [                       // changelog order; ran ones only with --show-ran
 *     {
 *       "id": "file::id::author",
 *       "file": "db/changelog.xml",
 *       "changeSetId": "1",
 *       "author": "alice",
 *       "sourceFile": "db/changelog.xml",   // the file the line is in (differs from file with logicalFilePath)
 *       "line": 12,                          // where the changeset starts; 1 when it could not be found
 *       "stage": "pre-deploy" | "post-deploy" | null,   // null: ambiguous
 *       "origin": "defined" | "override" | "inferred" | "fallback" | "none",
 *       "reason": "why this stage",
 *       "action": "apply" | "skip" | "ran" | "blocked" | "filtered",
 *       "ran": true | false,
 *       "changes": [
 *         {"type": "addColumn", "stage": "pre-deploy" | "post-deploy" | null, "reason": "..." | null}
 *       ]                                 // stage/reason null when the changeset's stage needed no inference
 *     }
 *   ],
 *   "findings": [
 *     {"code": "AMBIGUOUS_STAGE", "severity": "error" | "warning", "changeSet": "file::id::author" | null,
 *      "stage": "pre-deploy" | "post-deploy" | null, "file": "db/changelog.xml" | null, "line": 12 | null,
 *      "message": "...", "hint": "..."}
 *   ],
 *   "summary": {"errors": 0, "warnings": 0, "apply": 0, "skip": 0}   // counts over all changesets
 * }
 * }</pre>
 */
public final class JsonPlanRenderer {

    /** The current {@code formatVersion}. */
    public static final int FORMAT_VERSION = 1;

    private JsonPlanRenderer() {}

    /** The plan as pretty-printed JSON, ending with a newline; every changeset at line 1 of its file. */
    public static String render(StagePlan plan, boolean showRan) {
        return render(PlanReport.of(plan, showRan));
    }

    /** The report as pretty-printed JSON, ending with a newline. */
    public static String render(PlanReport report) {
        StagePlan plan = report.plan();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("formatVersion", FORMAT_VERSION);
        root.put("mode", PlanSummary.modeLabel(plan.mode()));
        root.put(
                "changeSets",
                report.shown().stream().map(e -> changeSet(e, report)).toList());
        root.put(
                "findings",
                report.findings().stream().map(JsonPlanRenderer::finding).toList());
        root.put("summary", summary(PlanSummary.of(plan)));
        return JsonWriter.write(root) + "\n";
    }

    private static Map<String, Object> changeSet(PlanEntry entry, PlanReport report) {
        PlannedChangeSet planned = entry.changeSet();
        ChangeSetId id = planned.id();
        SourceLocation location = report.location(id);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", id.toString());
        json.put("file", id.file());
        json.put("changeSetId", id.id());
        json.put("author", id.author());
        json.put("sourceFile", location.file());
        json.put("line", location.line());
        json.put("stage", planned.decision().stage().map(Stage::contextName).orElse(null));
        json.put("origin", planned.decision().origin().label());
        json.put("reason", planned.decision().reason());
        json.put("action", entry.action().label());
        json.put("ran", planned.ran());
        json.put("changes", changes(entry));
        return json;
    }

    private static List<Object> changes(PlanEntry entry) {
        List<ChangeFacts> facts = entry.changeSet().facts().changes();
        List<Object> changes = new ArrayList<>(facts.size());
        for (int i = 0; i < facts.size(); i++) {
            ChangeVerdict verdict = PlanSummary.verdictFor(entry, i);
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("type", facts.get(i).type());
            json.put(
                    "stage",
                    verdict == null
                            ? null
                            : verdict.stage().map(Stage::contextName).orElse(null));
            json.put("reason", verdict == null ? null : verdict.reason());
            changes.add(json);
        }
        return changes;
    }

    private static Map<String, Object> finding(ReportedFinding reported) {
        Finding finding = reported.finding();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("code", finding.code().name());
        json.put("severity", reported.severity());
        json.put("changeSet", finding.changeSet().map(ChangeSetId::toString).orElse(null));
        json.put("stage", reported.stage().map(Stage::contextName).orElse(null));
        json.put("file", reported.location().map(SourceLocation::file).orElse(null));
        json.put("line", reported.location().map(SourceLocation::line).orElse(null));
        json.put("message", finding.message());
        json.put("hint", finding.hint());
        return json;
    }

    private static Map<String, Object> summary(PlanSummary summary) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("errors", summary.errors());
        json.put("warnings", summary.warnings());
        json.put("apply", summary.apply());
        json.put("skip", summary.skip());
        return json;
    }
}
