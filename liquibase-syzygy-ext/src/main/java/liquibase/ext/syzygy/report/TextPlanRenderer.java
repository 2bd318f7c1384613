package liquibase.ext.syzygy.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import liquibase.ext.syzygy.Stage;
import liquibase.ext.syzygy.finding.Finding;
import liquibase.ext.syzygy.plan.PlanEntry;
import liquibase.ext.syzygy.plan.StagePlan;

/**
 * Renders a {@link StagePlan} as an aligned table for people reviewing a release: what the run applies, what it
 * leaves for the other stage, why, and what must be fixed first.
 */
public final class TextPlanRenderer {

    private static final String[] HEADER = {"ACTION", "STAGE", "ORIGIN", "CHANGESET", "REASON"};

    private TextPlanRenderer() {}

    /** The plan as text, ending with a newline. */
    public static String render(StagePlan plan, boolean showRan) {
        StringBuilder out = new StringBuilder();
        out.append("Stage plan (mode: ")
                .append(PlanSummary.modeLabel(plan.mode()))
                .append(")\n\n");
        List<PlanEntry> shown = PlanSummary.shown(plan, showRan);
        if (shown.isEmpty()) {
            out.append("No changesets to show.\n");
        } else {
            table(out, shown);
        }
        findings(out, plan.findings());
        PlanSummary summary = PlanSummary.of(plan);
        out.append(String.format(
                Locale.ROOT,
                "\nSummary: %d to apply, %d skipped, %d error(s), %d warning(s)\n",
                summary.apply(),
                summary.skip(),
                summary.errors(),
                summary.warnings()));
        return out.toString();
    }

    private static void table(StringBuilder out, List<PlanEntry> entries) {
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADER);
        for (PlanEntry entry : entries) {
            rows.add(row(entry));
        }
        int[] widths = new int[HEADER.length - 1];
        for (String[] row : rows) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < widths.length; i++) {
                line.append(pad(row[i], widths[i])).append("  ");
            }
            out.append(line.append(row[HEADER.length - 1]).toString().stripTrailing())
                    .append('\n');
        }
    }

    private static String[] row(PlanEntry entry) {
        var decision = entry.changeSet().decision();
        return new String[] {
            entry.action().label(),
            decision.stage().map(Stage::contextName).orElse("-"),
            decision.origin().label(),
            entry.changeSet().id().toString(),
            decision.reason()
        };
    }

    private static void findings(StringBuilder out, List<Finding> findings) {
        if (findings.isEmpty()) {
            return;
        }
        out.append("\nFindings:\n");
        for (Finding finding : findings) {
            out.append("  ")
                    .append(finding.code())
                    .append(' ')
                    .append(finding.severity().name().toLowerCase(Locale.ROOT))
                    .append(' ')
                    .append(finding.changeSet().map(Object::toString).orElse("-"))
                    .append(' ')
                    .append(finding.message())
                    .append('\n');
            out.append("    Fix: ").append(finding.hint()).append('\n');
        }
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }
}
