package liquibase.ext.syzygy.it;

import java.util.List;
import java.util.Map;

/** Reads the parts of a {@code stage-plan --format=sarif} document the tests assert on. */
final class SarifResults {

    private SarifResults() {}

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> all(PlanJson sarif) {
        List<Map<String, Object>> runs = (List<Map<String, Object>>) sarif.get("runs");
        return (List<Map<String, Object>>) runs.get(0).get("results");
    }

    static Map<String, Object> only(PlanJson sarif) {
        List<Map<String, Object>> results = all(sarif);
        if (results.size() != 1) {
            throw new AssertionError("expected one result, got " + results);
        }
        return results.get(0);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> physical(Map<String, Object> result) {
        List<Map<String, Object>> locations = (List<Map<String, Object>>) result.get("locations");
        return (Map<String, Object>) locations.get(0).get("physicalLocation");
    }

    @SuppressWarnings("unchecked")
    static String uri(Map<String, Object> result) {
        return (String) ((Map<String, Object>) physical(result).get("artifactLocation")).get("uri");
    }

    @SuppressWarnings("unchecked")
    static int startLine(Map<String, Object> result) {
        return (Integer) ((Map<String, Object>) physical(result).get("region")).get("startLine");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> properties(Map<String, Object> result) {
        return (Map<String, Object>) result.get("properties");
    }
}
