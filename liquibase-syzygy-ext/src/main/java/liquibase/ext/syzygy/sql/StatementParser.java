package liquibase.ext.syzygy.sql;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.parser.CCJSqlParser;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.Statements;

/**
 * Parses statements with JSqlParser under a time limit (its grammar backtracks, and a pathological statement could
 * take seconds). The time limit needs a thread of its own: one parser holds one daemon thread, started on the first
 * statement and reused for every later one, which ends by itself after a second without work (so a parser that is
 * never closed leaves nothing running); {@link #close} ends it at once. One parser serves one changelog read: a
 * thread per raw-SQL change cost more than many of the statements' parses.
 */
public final class StatementParser implements AutoCloseable {

    private static final long IDLE_SECONDS = 1;

    /** How long one statement may take to parse before it counts as not understood. */
    static final long TIMEOUT_MILLIS = 2_000;

    private ThreadPoolExecutor executor;

    /** A parser; its thread starts with the first statement that needs the full parser. */
    public StatementParser() {}

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

    private ThreadPoolExecutor executor() {
        if (executor == null) {
            executor =
                    new ThreadPoolExecutor(1, 1, IDLE_SECONDS, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), task -> {
                        Thread thread = new Thread(task, "syzygy-sql-parser");
                        thread.setDaemon(true);
                        return thread;
                    });
            executor.allowCoreThreadTimeOut(true);
        }
        return executor;
    }

    /** Ends the parser's thread now. */
    @Override
    public void close() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
