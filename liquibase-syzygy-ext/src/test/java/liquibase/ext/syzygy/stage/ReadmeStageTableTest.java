package liquibase.ext.syzygy.stage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import liquibase.ext.syzygy.Stage;
import liquibase.ext.syzygy.fact.ChangeFacts;
import org.junit.jupiter.api.Test;

/** The README's table of change types is documentation users rely on: it must say what the rules do. */
class ReadmeStageTableTest {

    private static final Pattern ROW = Pattern.compile("^\\| `(\\w+)` \\| ([\\w-]+) \\|", Pattern.MULTILINE);

    @Test
    void theReadmeTableMatchesTheRulesForEveryCoreChangeType() throws IOException {
        Map<String, String> table = readTable();
        assertThat(table.keySet())
                .as("change types in the README table")
                .containsExactlyInAnyOrderElementsOf(CoreChangeTypes.names());
        table.forEach((type, documented) -> assertThat(documented)
                .as("README stage of %s", type)
                .isEqualTo(label(ChangeStageRules.verdict(ChangeFacts.of(type, Map.of())))));
    }

    private static Map<String, String> readTable() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        int start = readme.indexOf("| change type | stage | why |");
        assertThat(start).as("README stage table").isNotNegative();
        String section = readme.substring(start, readme.indexOf("\n\n", start));
        Map<String, String> rows = new LinkedHashMap<>();
        Matcher matcher = ROW.matcher(section);
        while (matcher.find()) {
            rows.put(matcher.group(1), matcher.group(2));
        }
        return rows;
    }

    private static String label(ChangeVerdict verdict) {
        return switch (verdict.kind()) {
            case STAGED -> verdict.stage().map(Stage::contextName).orElseThrow();
            case NEUTRAL -> "neutral";
            case UNDECIDABLE -> "ambiguous";
        };
    }
}
