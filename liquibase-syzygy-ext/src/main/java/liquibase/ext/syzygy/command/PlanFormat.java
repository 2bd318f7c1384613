package liquibase.ext.syzygy.command;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The output formats of {@code stage-plan}: one for people, one for scripts, three for CI tools. Each is a pure
 * function of the {@link PlanReport}.
 */
enum PlanFormat {
    TEXT(r -> TextPlanRenderer.render(r.plan(), r.showRan())),
    JSON(JsonPlanRenderer::render),
    SARIF(SarifPlanRenderer::render),
    GITHUB(GithubPlanRenderer::render),
    JUNIT(JunitPlanRenderer::render);

    private final Function<PlanReport, String> renderer;

    PlanFormat(Function<PlanReport, String> renderer) {
        this.renderer = renderer;
    }

    String render(PlanReport report) {
        return renderer.apply(report);
    }

    /** The format called {@code name} (as typed: {@code sarif}), ignoring case. */
    static Optional<PlanFormat> named(String name) {
        return Arrays.stream(values())
                .filter(f -> f.name().equalsIgnoreCase(name.trim()))
                .findFirst();
    }

    /** {@code text, json, sarif, github or junit}. */
    static String names() {
        String all = Arrays.stream(values())
                .map(f -> f.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
        return all.substring(0, all.lastIndexOf(", ")) + " or " + all.substring(all.lastIndexOf(", ") + 2);
    }
}
