package liquibase.ext.syzygy.report;

import java.util.Locale;
import liquibase.ext.syzygy.finding.SourceLocation;

/**
 * Renders a {@link PlanReport} as GitHub Actions workflow commands ({@code ::error file=..,line=..,title=..::..}), so
 * that a gate step annotates the pull request's changelog lines without any upload step.
 *
 * <p>One command per finding, then a plain summary line. Values are escaped as the Actions runner expects:
 * {@code % CR LF} in messages, and also {@code : ,} in properties.
 */
public final class GithubPlanRenderer {

    private GithubPlanRenderer() {}

    /** The report as workflow commands, one per line, ending with a newline. */
    public static String render(PlanReport report) {
        StringBuilder out = new StringBuilder();
        for (ReportedFinding finding : report.findings()) {
            out.append("::").append(finding.severity()).append(' ');
            finding.location().ifPresent(location -> out.append(properties(location, report)));
            out.append("title=")
                    .append(property(finding.finding().code().name()))
                    .append("::")
                    .append(data(finding.text()))
                    .append('\n');
        }
        PlanSummary summary = PlanSummary.of(report.plan());
        out.append(String.format(
                Locale.ROOT,
                "liquibase-syzygy stage-plan (mode: %s): %d to apply, %d skipped, %d error(s), %d warning(s)\n",
                PlanSummary.modeLabel(report.plan().mode()),
                summary.apply(),
                summary.skip(),
                summary.errors(),
                summary.warnings()));
        return out.toString();
    }

    private static String properties(SourceLocation location, PlanReport report) {
        return "file=" + property(report.annotatedPath(location)) + ",line=" + location.line() + ",";
    }

    /** Escapes a workflow command's message. */
    static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escapes a workflow command's property value. */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
