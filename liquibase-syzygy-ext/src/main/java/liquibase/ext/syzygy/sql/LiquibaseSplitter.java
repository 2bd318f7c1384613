package liquibase.ext.syzygy.sql;

import java.util.List;
import liquibase.util.StringUtil;

/**
 * Splits raw SQL with Liquibase's own splitter, so the classifier sees exactly the statements Liquibase executes.
 *
 * <p>The one call into Liquibase of this package. {@code StringUtil.processMultiLineSQL(String, boolean, boolean,
 * String)} has the same signature and the same body in Liquibase 4.33.0 and 5.0.4. Like {@code AbstractSQLChange},
 * it first drops carriage returns and trims the text.
 */
final class LiquibaseSplitter {

    private LiquibaseSplitter() {}

    /** The statements Liquibase would execute, each trimmed and without its delimiter. */
    static List<String> split(String sql, boolean stripComments, boolean splitStatements, String endDelimiter) {
        String trimmed = sql.replace("\r", "").trim();
        if (trimmed.isEmpty()) {
            return List.of();
        }
        return List.of(StringUtil.processMultiLineSQL(trimmed, stripComments, splitStatements, endDelimiter));
    }
}
