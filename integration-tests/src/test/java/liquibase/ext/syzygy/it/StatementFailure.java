package liquibase.ext.syzygy.it;

/**
 * A statement of the application that failed during live traffic: the database refused it, or its result broke
 * what that version of the code relies on (a row it just wrote is missing, a NOT NULL column it reads is NULL).
 *
 * @param version the application version that ran it
 * @param phase the deploy phase it started in
 * @param statement the statement's name in the application ({@code insert}, {@code read}, ...)
 * @param sqlState the SQLSTATE (PostgreSQL) or SQLite result code, or {@code APP} for a broken expectation
 * @param message the database's or the check's message
 */
record StatementFailure(String version, String phase, String statement, String sqlState, String message) {

    @Override
    public String toString() {
        return version + " " + statement + " in " + phase + ": [" + sqlState + "] " + message;
    }
}
