package liquibase.ext.syzygy.sql;

/**
 * Finds, in order, the line where each statement Liquibase split off starts in the text it came from. The code of
 * each statement (without comments and whitespace, which stripping or trimming may have changed) is searched for
 * after the previous one.
 */
final class StatementLocator {

    private final SqlText source;
    private int cursor;

    StatementLocator(String sql) {
        this.source = SqlText.of(sql.replace("\r", ""));
    }

    /** The 1-based line where the statement's first code character is, or the last line seen when not found. */
    int lineOf(String statement) {
        String code = SqlText.of(statement).code();
        int at = code.isEmpty() ? -1 : source.code().indexOf(code, cursor);
        if (at < 0) {
            return lineAt(cursor);
        }
        cursor = at + code.length();
        return source.lines()[at];
    }

    private int lineAt(int index) {
        int[] lines = source.lines();
        if (lines.length == 0) {
            return 1;
        }
        return lines[Math.min(index, lines.length - 1)];
    }
}
