package liquibase.ext.syzygy.database;

import java.util.List;
import java.util.regex.Pattern;
import liquibase.database.Database;
import liquibase.ext.syzygy.statement.CleanedUpBeforeRetry;
import liquibase.sql.Sql;
import liquibase.sql.visitor.SqlVisitor;
import liquibase.sqlgenerator.SqlGeneratorFactory;
import liquibase.statement.SqlStatement;

/**
 * Whether an auto-commit statement may run under a lock timeout. One statement in auto-commit mode is atomic, so a
 * timed-out try leaves nothing behind, except {@code CREATE INDEX CONCURRENTLY} and {@code REINDEX CONCURRENTLY}:
 * a try stopped in their later phases leaves an {@code INVALID} index, and the same statement tried again fails
 * on "already exists" (or, with {@code IF NOT EXISTS}, silently keeps the invalid index). Such a statement written
 * as raw SQL runs without the extension's timeouts, as in plain Liquibase; it takes a lock that does not block the
 * application's reads and writes anyway. A statement that knows its leftovers ({@link CleanedUpBeforeRetry}) is
 * cleaned up and retried.
 */
final class RetrySafety {

    private static final Pattern BUILDS_INDEX_CONCURRENTLY = Pattern.compile(
            "(?is)^\\s*(?:create\\s+(?:unique\\s+)?index|reindex\\s+(?:\\(.*?\\)\\s*)?\\w+)\\s+concurrently\\b.*");

    private RetrySafety() {}

    /** Whether {@code statement}, with {@code visitors} applied as the executor will, may be retried. */
    static boolean retrySafe(SqlStatement statement, List<SqlVisitor> visitors, Database database) {
        if (statement instanceof CleanedUpBeforeRetry) {
            return true;
        }
        Sql[] sqls;
        try {
            sqls = SqlGeneratorFactory.getInstance().generateSql(statement, database);
        } catch (RuntimeException e) {
            return true; // the executor will fail on it the same way
        }
        for (Sql sql : sqls == null ? new Sql[0] : sqls) {
            String text = sql.toSql();
            for (SqlVisitor visitor : visitors == null ? List.<SqlVisitor>of() : visitors) {
                text = visitor.modifySql(text, database);
            }
            if (BUILDS_INDEX_CONCURRENTLY.matcher(text).matches()) {
                return false;
            }
        }
        return true;
    }
}
