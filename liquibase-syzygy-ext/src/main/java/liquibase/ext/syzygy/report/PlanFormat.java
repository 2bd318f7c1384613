package liquibase.ext.syzygy.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import liquibase.ext.syzygy.finding.Finding;
import liquibase.ext.syzygy.finding.FindingCode;
import liquibase.ext.syzygy.finding.Severity;

/**
 * The output formats of {@code stage-plan}: one for people, one for scripts, three for CI tools. Each is a pure
 * function of the {@link PlanReport}.
 */
public enum PlanFormat {
    TEXT(r -> TextPlanRenderer.render(r.plan(), r.showRan())),
    JSON(JsonPlanRenderer::render),
    // CI annotations are for what this release changes: history findings only with --show-ran.
    SARIF(r -> SarifPlanRenderer.render(r.withoutHistoryUnlessShown())),
    GITHUB(r -> GithubPlanRenderer.render(r.withoutHistoryUnlessShown())),
    JUNIT(r -> JunitPlanRenderer.render(r.withoutHistoryUnlessShown()));

    private final Function<PlanReport, String> renderer;

    PlanFormat(Function<PlanReport, String> renderer) {
        this.renderer = renderer;
    }

    public String render(PlanReport report) {
        return renderer.apply(report);
    }

    /** The format called {@code name} (as typed: {@code sarif}), ignoring case. */
    public static Optional<PlanFormat> named(String name) {
        return Arrays.stream(values())
                .filter(f -> f.name().equalsIgnoreCase(name.trim()))
                .findFirst();
    }

    /** The {@code INVALID_ARGUMENT} error for a {@code --format} that names no format. */
    public static Finding unknown(String format) {
        return new Finding(
                FindingCode.INVALID_ARGUMENT,
                Severity.ERROR,
                Optional.empty(),
                "'--format=" + format.trim() + "' is not an output format of stage-plan.",
                "Use --format= with one of " + names() + " (text when left out).");
    }

    /** {@code text, json, sarif, github or junit}. */
    public static String names() {
        String all = Arrays.stream(values())
                .map(f -> f.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
        return all.substring(0, all.lastIndexOf(", ")) + " or " + all.substring(all.lastIndexOf(", ") + 2);
    }
}
