package liquibase.ext.syzygy.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import liquibase.ext.syzygy.Stage;
import liquibase.ext.syzygy.fact.ChangeSetId;
import liquibase.ext.syzygy.finding.SourceLocation;
import liquibase.ext.syzygy.plan.PlanEntry;

/**
 * Renders a {@link PlanReport} as JUnit XML, which GitLab, Jenkins, Azure DevOps and most CI servers show as test
 * results: one test case per checked changeset, failed when it has error findings; warnings go to its output.
 *
 * <p>Findings about no shown changeset (run-wide ones, or warnings about hidden ran changesets) form one extra test
 * case named {@code plan}.
 */
public final class JunitPlanRenderer {

    private JunitPlanRenderer() {}

    /** The report as a JUnit XML document, ending with a newline. */
    public static String render(PlanReport report) {
        Map<Optional<ChangeSetId>, List<ReportedFinding>> byChangeSet = new LinkedHashMap<>();
        report.findings().forEach(f -> byChangeSet
                .computeIfAbsent(f.finding().changeSet(), k -> new ArrayList<>())
                .add(f));
        List<String> cases = new ArrayList<>();
        for (PlanEntry entry : report.shown()) {
            ChangeSetId id = entry.changeSet().id();
            List<ReportedFinding> findings = byChangeSet.remove(Optional.of(id));
            cases.add(testCase(id.file(), id.toString(), report.location(id), report, findings, describe(entry)));
        }
        List<ReportedFinding> rest =
                byChangeSet.values().stream().flatMap(List::stream).toList();
        if (!rest.isEmpty()) {
            cases.add(testCase("stage-plan", "plan", null, report, rest, ""));
        }
        long failures = cases.stream().filter(c -> c.contains("<failure ")).count();
        String counts = "tests=\"" + cases.size() + "\" failures=\"" + failures + "\" errors=\"0\" skipped=\"0\"";
        String mode = PlanSummary.modeLabel(report.plan().mode());
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<testsuites name=\"liquibase-syzygy\" " + counts + ">\n"
                + "  <testsuite name=\"stage-plan (mode: " + mode + ")\" " + counts + ">\n"
                + String.join("", cases)
                + "  </testsuite>\n"
                + "</testsuites>\n";
    }

    private static String testCase(
            String className,
            String name,
            SourceLocation location,
            PlanReport report,
            List<ReportedFinding> findings,
            String description) {
        List<ReportedFinding> all = findings == null ? List.of() : findings;
        List<ReportedFinding> errors =
                all.stream().filter(f -> f.finding().isError()).toList();
        StringBuilder out = new StringBuilder("    <testcase classname=\"")
                .append(XmlText.escape(className))
                .append("\" name=\"")
                .append(XmlText.escape(name))
                .append('"');
        if (location != null) {
            out.append(" file=\"")
                    .append(XmlText.escape(report.annotatedPath(location)))
                    .append("\" line=\"")
                    .append(location.line())
                    .append('"');
        }
        out.append(">\n");
        if (!errors.isEmpty()) {
            out.append("      <failure type=\"")
                    .append(errors.stream().map(f -> f.finding().code().name()).collect(Collectors.joining(",")))
                    .append("\" message=\"")
                    .append(XmlText.escape(errors.get(0).finding().message()))
                    .append("\">")
                    .append(XmlText.escape(lines(errors)))
                    .append("</failure>\n");
        }
        String output = description
                + lines(all.stream().filter(f -> !f.finding().isError()).toList());
        if (!output.isEmpty()) {
            out.append("      <system-out>").append(XmlText.escape(output)).append("</system-out>\n");
        }
        return out.append("    </testcase>\n").toString();
    }

    private static String describe(PlanEntry entry) {
        var decision = entry.changeSet().decision();
        return "stage: " + decision.stage().map(Stage::contextName).orElse("none") + " ("
                + decision.origin().label() + ": " + decision.reason() + "); action: "
                + entry.action().label() + "\n";
    }

    private static String lines(List<ReportedFinding> findings) {
        return findings.stream()
                .map(f -> "[" + f.finding().code() + "] " + f.severity() + ": " + f.text() + "\n")
                .collect(Collectors.joining());
    }
}
