package liquibase.ext.syzygy.sql;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;
import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.parser.CCJSqlParser;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.Statements;

/**
 * Parses one statement with JSqlParser under a time limit (its grammar backtracks, and a pathological statement
 * could take seconds). Holds the one daemon thread the time limit needs, for one classification: close it after.
 */
final class StatementParser implements AutoCloseable {

    /** How long one statement may take to parse before it counts as not understood. */
    static final long TIMEOUT_MILLIS = 2_000;

    private ExecutorService executor;

    /**
     * The parsed statement; throws {@link NotUnderstood} when the parser rejects it or runs out of time. Tries
     * JSqlParser's fast mode first and its complex mode only when that fails, as its own {@code parse} does.
     */
    Statement parse(String sql) {
        Statements statements = statements(sql);
        if (statements.size() != 1) {
            throw new NotUnderstood("it holds several statements that Liquibase sends as one");
        }
        return statements.get(0);
    }

    // JSqlParser's single-statement rule stops at the first ';' and ignores the rest: parse up to the end instead.
    private Statements statements(String sql) {
        try {
            return parse(sql, false);
        } catch (JSQLParserException simple) {
            if (simple.getCause() instanceof TimeoutException) {
                throw new NotUnderstood("the parser ran out of time on it");
            }
        }
        try {
            return parse(sql, true);
        } catch (JSQLParserException e) {
            if (e.getCause() instanceof TimeoutException) {
                throw new NotUnderstood("the parser ran out of time on it");
            }
            throw new NotUnderstood("the parser could not fully parse it");
        }
    }

    private Statements parse(String sql, boolean complex) throws JSQLParserException {
        CCJSqlParser parser =
                CCJSqlParserUtil.newParser(sql).withAllowComplexParsing(complex).withTimeOut(TIMEOUT_MILLIS);
        try {
            return CCJSqlParserUtil.parseStatements(parser, executor());
        } catch (RuntimeException | Error e) {
            throw new JSQLParserException(e);
        }
    }

    private ExecutorService executor() {
        if (executor == null) {
            executor = Executors.newSingleThreadExecutor(task -> {
                Thread thread = new Thread(task, "syzygy-sql-parser");
                thread.setDaemon(true);
                return thread;
            });
        }
        return executor;
    }

    @Override
    public void close() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
