package liquibase.ext.syzygy.sql;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import liquibase.ext.syzygy.stage.ChangeFacts;
import liquibase.ext.syzygy.stage.ColumnFacts;
import liquibase.ext.syzygy.stage.SqlStatement;

/**
 * What one statement translates to: its equivalent core change, or why it has none.
 *
 * @param equivalent the equivalent change, when the statement is understood completely
 * @param reason what the statement does, or why it is not understood
 */
record Translation(Optional<ChangeFacts> equivalent, String reason) {

    static Translation understood(String type, Map<String, String> properties, String reason) {
        return understood(type, properties, List.of(), reason);
    }

    static Translation understood(
            String type, Map<String, String> properties, List<ColumnFacts> columns, String reason) {
        return new Translation(Optional.of(new ChangeFacts(type, properties, columns, Optional.empty())), reason);
    }

    static Translation refused(String reason) {
        return new Translation(Optional.empty(), reason);
    }

    SqlStatement at(String text, int line) {
        return new SqlStatement(text, line, equivalent, reason);
    }
}
