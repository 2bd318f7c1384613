package liquibase.ext.syzygy.database;

import java.sql.SQLException;

/**
 * The SQLSTATEs lock safety acts on, found anywhere in a Liquibase exception's causes (Liquibase wraps the
 * driver's {@code SQLException} in one or more {@code DatabaseException}s).
 */
final class SqlStates {

    /** {@code lock_not_available}: {@code lock_timeout} expired (or a {@code NOWAIT} lock was refused). */
    static final String LOCK_NOT_AVAILABLE = "55P03";

    /** {@code query_canceled}: {@code statement_timeout} expired (or the statement was cancelled). */
    static final String QUERY_CANCELED = "57014";

    private SqlStates() {}

    static boolean has(Throwable failure, String sqlState) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException next = sql; next != null; next = next.getNextException()) {
                    if (sqlState.equals(next.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
