package liquibase.ext.syzygy.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.Yaml;

/** The {@code stage-plan --format=json} document, read with SnakeYAML (JSON is YAML; Liquibase ships SnakeYAML). */
record PlanJson(Map<String, Object> root) {

    static PlanJson read(Path file) {
        try {
            return parse(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PlanJson parse(String json) {
        Object doc = new Yaml().load(json);
        if (!(doc instanceof Map)) {
            throw new IllegalArgumentException("not a JSON object: " + json);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) doc;
        return new PlanJson(map);
    }

    Object get(String key) {
        return root.get(key);
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> changeSets() {
        return (List<Map<String, Object>>) root.get("changeSets");
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> findings() {
        return (List<Map<String, Object>>) root.get("findings");
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> summary() {
        return (Map<String, Object>) root.get("summary");
    }

    List<String> ids() {
        return changeSets().stream().map(cs -> (String) cs.get("id")).toList();
    }

    Optional<Map<String, Object>> changeSet(String fullId) {
        return changeSets().stream().filter(cs -> fullId.equals(cs.get("id"))).findFirst();
    }
}
