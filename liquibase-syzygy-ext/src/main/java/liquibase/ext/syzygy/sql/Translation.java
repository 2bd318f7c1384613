package liquibase.ext.syzygy.sql;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import liquibase.ext.syzygy.fact.ChangeFacts;
import liquibase.ext.syzygy.fact.ColumnFacts;
import liquibase.ext.syzygy.fact.SqlStatement;

/**
 * What one statement translates to: its equivalent core change, or why it has none.
 *
 * @param equivalent the equivalent change, when the statement is understood completely
 * @param reason what the statement does, or why it is not understood
 * @param properties the equivalent change's properties in Liquibase's vocabulary, as translated (the golden corpus
 *     shows them; the facts keep only their typed effects)
 * @param columns the equivalent change's columns, as translated
 */
record Translation(
        Optional<ChangeFacts> equivalent, String reason, Map<String, String> properties, List<ColumnFacts> columns) {

    static Translation understood(String type, Map<String, String> properties, String reason) {
        return understood(type, properties, List.of(), reason);
    }

    static Translation understood(
            String type, Map<String, String> properties, List<ColumnFacts> columns, String reason) {
        return new Translation(
                Optional.of(ChangeFacts.of(type, properties, columns, Optional.empty())),
                reason,
                Map.copyOf(properties),
                List.copyOf(columns));
    }

    static Translation refused(String reason) {
        return new Translation(Optional.empty(), reason, Map.of(), List.of());
    }

    SqlStatement at(String text, int line) {
        return new SqlStatement(text, line, equivalent, reason);
    }
}
