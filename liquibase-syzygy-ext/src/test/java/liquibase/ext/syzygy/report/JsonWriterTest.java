package liquibase.ext.syzygy.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonWriterTest {

    @Test
    void escapesQuotesBackslashesAndControlCharacters() {
        assertThat(JsonWriter.write("a\"b\\c\nd\te\u0001")).isEqualTo("\"a\\\"b\\\\c\\nd\\te\\u0001\"");
    }

    @Test
    void writesNullsNumbersBooleansAndNesting() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("n", null);
        map.put("list", Arrays.asList(1, true, null));
        assertThat(JsonWriter.write(map))
                .isEqualTo("{\n  \"n\": null,\n  \"list\": [\n    1,\n    true,\n    null\n  ]\n}");
    }
}
