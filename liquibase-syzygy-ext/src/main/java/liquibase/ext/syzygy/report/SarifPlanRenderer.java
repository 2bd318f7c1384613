package liquibase.ext.syzygy.report;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import liquibase.ext.syzygy.finding.Finding;
import liquibase.ext.syzygy.finding.FindingCode;
import liquibase.ext.syzygy.finding.Severity;
import liquibase.ext.syzygy.finding.SourceLocation;

/**
 * Renders a {@link PlanReport} as SARIF 2.1.0, the format GitHub code scanning (and most other CI tools) import, so
 * that an unsafe plan shows up as an alert on the changelog line that causes it.
 *
 * <p>One run; one rule per {@link FindingCode} (all codes, so rule indexes never move); one result per finding,
 * located at its changeset's declaration, with the stage and changeset in the result's properties.
 */
public final class SarifPlanRenderer {

    /** The schema URI written into {@code $schema}. */
    public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    static final String TOOL = "liquibase-syzygy";

    private SarifPlanRenderer() {}

    /** The report as pretty-printed SARIF JSON, ending with a newline. */
    public static String render(PlanReport report) {
        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", TOOL);
        driver.put("rules", rules());
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Map.of("driver", driver));
        run.put(
                "results",
                report.findings().stream().map(f -> result(f, report)).toList());
        run.put("properties", Map.of("mode", PlanSummary.modeLabel(report.plan().mode())));
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        root.put("runs", List.of(run));
        return JsonWriter.write(root) + "\n";
    }

    private static List<Object> rules() {
        List<Object> rules = new ArrayList<>();
        for (FindingCode code : FindingCode.values()) {
            Map<String, Object> rule = new LinkedHashMap<>();
            rule.put("id", code.name());
            rule.put("name", pascalCase(code));
            rule.put("shortDescription", Map.of("text", code.summary()));
            rule.put("defaultConfiguration", Map.of("level", "error"));
            rules.add(rule);
        }
        return rules;
    }

    private static Map<String, Object> result(ReportedFinding reported, PlanReport report) {
        Finding finding = reported.finding();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("ruleId", finding.code().name());
        result.put("ruleIndex", finding.code().ordinal());
        result.put("level", finding.severity() == Severity.ERROR ? "error" : "warning");
        result.put("message", Map.of("text", reported.text()));
        reported.location().ifPresent(location -> result.put("locations", List.of(location(location, report))));
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("stage", reported.stageLabel());
        finding.changeSet().ifPresent(id -> properties.put("changeSet", id.toString()));
        result.put("properties", properties);
        return result;
    }

    private static Map<String, Object> location(SourceLocation location, PlanReport report) {
        Map<String, Object> physical = new LinkedHashMap<>();
        physical.put("artifactLocation", Map.of("uri", uriReference(report.annotatedPath(location))));
        physical.put("region", Map.of("startLine", location.line()));
        return Map.of("physicalLocation", physical);
    }

    /** A relative path as a URI reference: everything but unreserved characters and {@code /} percent-encoded. */
    static String uriReference(String path) {
        StringBuilder uri = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (Character.isLetterOrDigit(c) && c < 0x80 || "-._~/".indexOf(c) >= 0) {
                uri.append(c);
            } else {
                uri.append(String.format(Locale.ROOT, "%%%02X", b & 0xff));
            }
        }
        return uri.toString();
    }

    private static String pascalCase(FindingCode code) {
        StringBuilder name = new StringBuilder();
        for (String word : code.name().split("_")) {
            name.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
        }
        return name.toString();
    }
}
